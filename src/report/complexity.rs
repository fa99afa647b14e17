//! The complexity report in words: [`text`] (the table of sizes with a bar chart of time
//! against n, the finding, the comparison with what the problem expects) and [`document`]
//! (`--format json`: the points and the fit). Both read a [`Measurement`]'s facts.

use serde_json::{json, Value};

use super::width::display_width;
use super::Style;
use crate::catalog::Growth;
use crate::complexity::{Finding, Measurement, Stop, Unclear};
use crate::verdict::Verdict;

/// `10^5` for a power of ten from 1,000 up, the number otherwise.
pub fn size(n: u64) -> String {
    if n >= 1000
        && n.to_string()
            .trim_start_matches('1')
            .chars()
            .all(|c| c == '0')
    {
        format!("10^{}", n.ilog10())
    } else {
        n.to_string()
    }
}

/// `8 µs`, `42 ms`, `1.3 s`, `2 min`.
pub fn seconds(s: f64) -> String {
    if !s.is_finite() || s > 3600.0 * 24.0 * 365.0 {
        "more than a year".to_string()
    } else if s >= 120.0 {
        format!("{:.0} min", s / 60.0)
    } else if s >= 10.0 {
        format!("{s:.0} s")
    } else if s >= 1.0 {
        format!("{s:.1} s")
    } else if s >= 0.0005 {
        format!("{:.0} ms", s * 1000.0)
    } else {
        // The calls of a fast solution at small sizes.
        format!("{:.0} µs", s * 1e6)
    }
}

/// The finding in one line: `looks O(n²) (R² 0.99)` or `unclear: ...`.
pub fn finding(m: &Measurement) -> String {
    match m.classified.finding {
        Finding::Looks { class, r2, .. } => format!("looks {class} (R² {r2:.2})"),
        Finding::Unclear(Unclear::TooFewPoints { points }) => format!(
            "unclear: {points} sizes measured, and a fit needs {}",
            crate::complexity::fit::MIN_POINTS
        ),
        Finding::Unclear(Unclear::Flat { smallest, largest }) => format!(
            "unclear: the times do not grow measurably ({} to {}), so the work is too small \
             to see next to starting the program",
            seconds(smallest),
            seconds(largest)
        ),
        Finding::Unclear(Unclear::Between {
            best,
            next,
            evidence,
        }) => format!(
            "unclear: {best} and {next} fit about equally well (evidence {evidence:.1}; {} \
             is needed)",
            crate::complexity::fit::MIN_EVIDENCE
        ),
        Finding::Unclear(Unclear::Noisy { best, r2 }) => {
            format!("unclear: the times are too noisy to fit (the best, {best}, has R² {r2:.2})")
        }
    }
}

/// What the finding means for the problem's largest input.
pub fn verdict_line(m: &Measurement) -> Option<String> {
    let Finding::Looks { class, .. } = m.classified.finding else {
        return None;
    };
    let at_max = m.at_max?;
    let limit = format!("the limit is {}", seconds(m.limit.as_secs_f64()));
    let estimate = format!("about {} at the maximum", seconds(at_max));
    Some(match m.expected {
        Some(want) if class > want => format!(
            "n ≤ {} needs {}: {estimate} ({limit})",
            size(m.max),
            better(want)
        ),
        Some(want) => format!(
            "n ≤ {} needs {}: this fits, {estimate} ({limit})",
            size(m.max),
            better(want)
        ),
        None => format!("n ≤ {}: {estimate} ({limit})", size(m.max)),
    })
}

fn better(g: Growth) -> String {
    if g == Growth::Constant {
        g.to_string()
    } else {
        format!("{g} or better")
    }
}

/// What stopped the sizes, and any failed run.
pub fn stop_line(m: &Measurement) -> Option<String> {
    let last = m.sizes.last().map_or(0, |s| s.n);
    match (&m.stop, &m.trouble) {
        (Stop::Failed, Some(t)) if t.result.verdict == Verdict::TLE => Some(format!(
            "stopped: n = {} (seed {}) took more than {}, what was left of the time budget",
            size(t.n),
            t.seed,
            seconds(t.limit.as_secs_f64())
        )),
        (Stop::Failed, Some(t)) => Some(format!(
            "{} at n = {} (seed {}): {}",
            verdict_words(t.result.verdict),
            size(t.n),
            t.seed,
            super::words::why(&t.result)
        )),
        (Stop::Budget, _) => Some(format!(
            "stopped at n = {}: the next size would pass the time budget",
            size(last)
        )),
        (Stop::Wall, _) => Some(format!(
            "stopped at n = {}: the runs took {} times the time budget in wall-clock time \
             (the machine is very busy)",
            size(last),
            crate::complexity::WALL_FACTOR
        )),
        (Stop::Largest, _) if last > m.max => Some(format!(
            "measured past the maximum (n ≤ {}) up to n = {}: the times were too small to \
             show a growth",
            size(m.max),
            size(last)
        )),
        _ => None,
    }
}

fn verdict_words(v: Verdict) -> &'static str {
    match v {
        Verdict::WA => "wrong answer",
        Verdict::RE => "runtime error",
        Verdict::MLE => "memory limit exceeded",
        Verdict::OLE => "output limit exceeded",
        Verdict::TLE => "time limit exceeded",
        _ => "internal error",
    }
}

/// The whole text report, `width` columns wide.
pub fn text(m: &Measurement, title: &str, style: Style, width: usize) -> String {
    let mut out = String::new();
    out.push_str(&style.bold(title));
    out.push('\n');
    let label = |n: u64| size(n);
    let nw = m
        .sizes
        .iter()
        .map(|s| display_width(&label(s.n)))
        .max()
        .unwrap_or(1)
        .max(1);
    let tw = m
        .sizes
        .iter()
        .map(|s| seconds(s.fastest).chars().count())
        .max()
        .unwrap_or(4);
    let bar_width = width.saturating_sub(nw + tw + 6).clamp(10, 60);
    let top = m.sizes.iter().map(|s| s.fastest).fold(0.0, f64::max);
    for s in &m.sizes {
        let bar = bar(s.fastest / top.max(f64::MIN_POSITIVE), bar_width);
        let mark = if s.beyond_max { "+" } else { " " };
        out.push_str(&format!(
            "  {:>nw$}{mark} {:>tw$} {}\n",
            label(s.n),
            seconds(s.fastest),
            style.dim(&bar)
        ));
    }
    if m.sizes.iter().any(|s| s.beyond_max) {
        out.push_str(&style.dim("  (+: past the constraints' maximum)\n"));
    }
    if let Some(line) = stop_line(m) {
        let shown = match &m.trouble {
            Some(t) if t.result.verdict != Verdict::TLE => style.error(&line),
            _ => line,
        };
        out.push_str(&shown);
        out.push('\n');
    }
    let f = finding(m);
    let f = match m.classified.finding {
        Finding::Looks { .. } => style.bold(&f),
        Finding::Unclear(_) => style.warning(&f),
    };
    match verdict_line(m) {
        Some(v) => out.push_str(&format!("{f}; {v}\n")),
        None => out.push_str(&format!("{f}\n")),
    }
    out
}

/// A bar of `share` (0 to 1) of `width` columns, in eighths of a column.
fn bar(share: f64, width: usize) -> String {
    const EIGHTHS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let eighths = (share.clamp(0.0, 1.0) * (width * 8) as f64).round() as usize;
    let mut s = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        s.push(EIGHTHS[eighths % 8]);
    }
    if s.is_empty() {
        s.push('▏');
    }
    s
}

/// The `--format json` document.
pub fn document(m: &Measurement, problem: &str, file: &str) -> Value {
    let trouble = m.trouble.as_ref().map(|t| {
        json!({
            "n": t.n,
            "seed": t.seed,
            "verdict": t.result.verdict.code(),
            "why": super::words::why(&t.result),
        })
    });
    let mut fit = match m.classified.finding {
        Finding::Looks {
            class,
            r2,
            evidence,
        } => json!({"class": class, "r2": r2, "evidence": finite(evidence)}),
        Finding::Unclear(u) => {
            let mut v = serde_json::to_value(u).unwrap_or(Value::Null);
            if let Some(o) = v.as_object_mut() {
                o.insert("class".into(), Value::Null);
                if let Some(e) = o.get("evidence").and_then(Value::as_f64) {
                    o.insert("evidence".into(), finite(e));
                }
            }
            v
        }
    };
    if let Some(o) = fit.as_object_mut() {
        o.insert(
            "log_power".into(),
            m.classified.log_power.map_or(
                Value::Null,
                |lp| json!({"p": lp.p, "se": lp.se, "points": lp.points}),
            ),
        );
    }
    json!({
        "problem": problem,
        "file": file,
        "language": m.language.name(),
        "expected": m.expected,
        "max": m.max,
        "limit_seconds": m.limit.as_secs_f64(),
        "timing": m.timing,
        "points": m.sizes.iter().map(|s| json!({
            "n": s.n,
            "seconds": s.fastest,
            "samples": s.samples,
            "process_seconds": s.process,
            "beyond_max": s.beyond_max,
        })).collect::<Vec<_>>(),
        "fit": fit,
        "candidates": m.classified.candidates.iter().map(|c| json!({
            "class": c.class, "a": c.a, "b": c.b, "rss": c.rss, "r2": c.r2,
        })).collect::<Vec<_>>(),
        "at_max_seconds": m.at_max.map(finite),
        "stop": m.stop,
        "trouble": trouble,
        "spent_seconds": m.spent,
        "summary": finding(m),
    })
}

/// JSON has no infinity: a number, or null.
fn finite(x: f64) -> Value {
    if x.is_finite() {
        json!(x)
    } else {
        Value::Null
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::complexity::{classify, Point, Size};
    use std::time::Duration;

    fn measurement(times: &[(u64, f64)], expected: Option<Growth>, max: u64) -> Measurement {
        let points: Vec<Point> = times
            .iter()
            .map(|&(n, seconds)| Point { n, seconds })
            .collect();
        let classified = classify(&points);
        let at_max = match classified.finding {
            Finding::Looks { class, .. } => classified.candidate(class).map(|c| c.predict(max)),
            _ => None,
        };
        Measurement {
            language: crate::lang::Language::Python,
            max,
            expected,
            limit: Duration::from_secs(2),
            sizes: times
                .iter()
                .map(|&(n, s)| Size {
                    n,
                    samples: vec![s],
                    fastest: s,
                    process: s + 0.03,
                    beyond_max: n > max,
                })
                .collect(),
            timing: crate::complexity::Timing::Call,
            stop: Stop::Budget,
            trouble: None,
            classified,
            at_max,
            spent: 1.0,
        }
    }

    #[test]
    fn a_quadratic_solution_is_told_what_the_maximum_needs() {
        let times: Vec<(u64, f64)> = (0..13)
            .map(|k| (1u64 << k, 0.02 + 1e-7 * (1u64 << (2 * k)) as f64))
            .collect();
        let m = measurement(&times, Some(Growth::Linearithmic), 100_000);
        let t = text(&m, "two-sum · brute.py", Style::plain(), 80);
        assert!(t.contains("looks O(n²) (R² 1.00); n ≤ 10^5 needs O(n log n) or better: about 17 min at the maximum (the limit is 2.0 s)"), "{t}");
        assert!(
            t.contains("stopped at n = 4096: the next size would pass"),
            "{t}"
        );
        // One row per size, the largest with the longest bar.
        let rows: Vec<&str> = t
            .lines()
            .filter(|l| l.contains(" ms") || l.contains(" s "))
            .collect();
        assert_eq!(rows.len(), 13, "{t}");
        assert!(rows[12].ends_with(&"█".repeat(10)), "{t}");
        assert!(!t.contains('\x1b'));
        let doc = document(&m, "two-sum", "brute.py");
        assert_eq!(doc["fit"]["class"], "n^2");
        assert_eq!(doc["expected"], "n log n");
        assert_eq!(doc["points"].as_array().unwrap().len(), 13);
    }

    #[test]
    fn flat_times_say_why_they_are_unclear() {
        let times: Vec<(u64, f64)> = (0..10).map(|k| (1u64 << k, 0.030)).collect();
        let m = measurement(&times, Some(Growth::Linear), 1000);
        let t = text(&m, "x", Style::plain(), 80);
        assert!(
            t.contains("unclear: the times do not grow measurably (30 ms to 30 ms)"),
            "{t}"
        );
        let doc = document(&m, "x", "x.py");
        assert_eq!(doc["fit"]["class"], Value::Null);
        assert_eq!(doc["fit"]["reason"], "flat");
    }

    #[test]
    fn sizes_and_times_read_as_people_write_them() {
        assert_eq!(size(100_000), "10^5");
        assert_eq!(size(1000), "10^3");
        assert_eq!(size(4096), "4096");
        assert_eq!(size(100), "100");
        assert_eq!(seconds(0.0421), "42 ms");
        assert_eq!(seconds(0.000_008_4), "8 µs");
        assert_eq!(seconds(1.25), "1.2 s");
        assert_eq!(seconds(40.2), "40 s");
        assert_eq!(seconds(f64::INFINITY), "more than a year");
    }
}
