//! The history commands: `judge history [SLUG]`, `judge history show ID`, `judge stats` and
//! `judge next`, and [`record_run`], which every `judge run` and `judge submit` calls.

use std::io::Write;

use crate::app::{self, Format, Global};
use crate::clock::{ago, local_minute};
use crate::exit::Failure;
use crate::history::stats::{self, Stats, Suggestion};
use crate::history::{Attempt, AttemptKind, History, NewAttempt, Scope};
use crate::report::Style;
use crate::runner::RunReport;

/// The attempt a finished run makes.
#[allow(clippy::too_many_arguments)]
pub fn attempt_of(
    report: &RunReport,
    at_ms: i64,
    kind: AttemptKind,
    scope: Scope,
    file: &std::path::Path,
    source: Vec<u8>,
    session_id: Option<i64>,
) -> NewAttempt {
    NewAttempt {
        at_ms,
        kind,
        scope,
        problem: report.problem.clone(),
        language: report.language.name().to_string(),
        file: file.display().to_string(),
        source,
        verdict: Some(report.verdict),
        passed: report.passed,
        total: report.total,
        max_cpu_ms: report.max_cpu.as_millis() as u64,
        max_memory_kib: report.max_memory_kib,
        session_id,
        late: false,
        report: serde_json::to_string(&crate::report::RunDocument::new(
            report,
            crate::report::JsonExtras::default(),
        ))
        .ok(),
    }
}

/// Records an attempt. A practice run whose history cannot be written still shows its result:
/// the failure is a warning on stderr, never a lost verdict on screen.
pub fn record_run(history: Option<&History>, attempt: &NewAttempt, style: Style) -> Option<i64> {
    let history = history?;
    match history.record(attempt) {
        Ok(id) => Some(id),
        Err(e) => {
            eprintln!(
                "{} this attempt was not recorded: {e}",
                style.error("warning:")
            );
            None
        }
    }
}

#[derive(Debug, Clone)]
pub struct HistoryOptions {
    pub problem: Option<String>,
    pub limit: usize,
    pub format: Format,
}

/// `judge history [SLUG]`: attempts, newest first.
pub fn history(global: &Global, opts: HistoryOptions) -> Result<(), Failure> {
    let now = app::now()?;
    let (attempts, reviews, reveals) = match History::open_existing()? {
        Some(h) => {
            let shown = h.attempts(opts.problem.as_deref(), opts.limit)?;
            // Which of them were re-solves of a due review (docs/review.md).
            let every = h.attempts(opts.problem.as_deref(), usize::MAX >> 1)?;
            let cards =
                crate::history::review::schedule(&every, super::review::local_offset_ms(now));
            let reviews: std::collections::HashSet<i64> =
                cards.values().flat_map(|c| c.review_attempts()).collect();
            let reveals = match &opts.problem {
                Some(p) => h.reveals(p)?,
                None => Vec::new(),
            };
            (shown, reviews, reveals)
        }
        None => (Vec::new(), Default::default(), Vec::new()),
    };
    // No attempt at a slug the catalog does not know either: a typo, said with a "did you mean".
    if let (Some(slug), true) = (&opts.problem, attempts.is_empty()) {
        let catalog = global.catalog();
        if !catalog.summaries()?.iter().any(|p| &p.slug == slug) {
            catalog.problem(slug)?;
        }
    }
    let mut out = app::stdout();
    let res = match opts.format {
        Format::Json => {
            #[derive(serde::Serialize)]
            struct Row<'a> {
                #[serde(flatten)]
                attempt: &'a Attempt,
                /// A re-solve of a due review.
                review: bool,
            }
            let rows: Vec<Row> = attempts
                .iter()
                .map(|a| Row {
                    attempt: a,
                    review: reviews.contains(&a.id),
                })
                .collect();
            app::write_json_doc(&mut out, &rows)
        }
        Format::Text => write_attempts(&mut out, &attempts, &reviews, now, global.style())
            .and_then(|()| match reveals_line(&reveals) {
                Some(line) => writeln!(out, "{}", global.style().dim(&line)),
                None => Ok(()),
            }),
    };
    Ok(res?)
}

/// What `judge hint` and `judge solution` showed of one problem, in one line.
fn reveals_line(reveals: &[crate::history::Reveal]) -> Option<String> {
    use crate::history::RevealKind;
    let mut hints: Vec<usize> = reveals.iter().filter_map(|r| r.hint).collect();
    hints.sort_unstable();
    hints.dedup();
    let solutions = reveals
        .iter()
        .filter(|r| r.kind == RevealKind::Solution)
        .count();
    let spoiled = reveals.iter().filter(|r| r.spoiled).count();
    let mut parts = Vec::new();
    if !hints.is_empty() {
        let list: Vec<String> = hints.iter().map(usize::to_string).collect();
        parts.push(format!("hints shown: {}", list.join(", ")));
    }
    if solutions > 0 {
        parts.push(format!(
            "solution shown {solutions} time{}{}",
            if solutions == 1 { "" } else { "s" },
            if spoiled > 0 {
                format!(" ({spoiled} before it was solved, with --spoil)")
            } else {
                String::new()
            }
        ));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

fn what(a: &Attempt) -> String {
    let mut s = match (a.kind, a.scope) {
        (AttemptKind::Run, Scope::All) => "run".to_string(),
        (AttemptKind::Run, Scope::Samples) => "run (samples)".to_string(),
        (AttemptKind::Run, Scope::Filter) => "run (filtered)".to_string(),
        (AttemptKind::Submit, _) => "submit".to_string(),
    };
    if let Some(id) = a.session_id {
        s.push_str(&format!(" · mock #{id}"));
    }
    if a.late {
        s.push_str(" · late, refused");
    }
    s
}

fn write_attempts(
    out: &mut dyn Write,
    attempts: &[Attempt],
    reviews: &std::collections::HashSet<i64>,
    now: i64,
    style: Style,
) -> std::io::Result<()> {
    if attempts.is_empty() {
        return writeln!(
            out,
            "no attempts recorded yet: every `judge run` and `judge submit` is kept here"
        );
    }
    let w = attempts
        .iter()
        .map(|a| a.problem.len())
        .max()
        .unwrap_or(7)
        .max(7);
    writeln!(
        out,
        "{}",
        style.dim(&format!(
            "{:>5}  {:<16}  {:<w$}  {:<6}  {:<3}  {:>7}  {:>7}  {}",
            "id", "when", "problem", "lang", "", "tests", "time", ""
        ))
    )?;
    for a in attempts {
        let verdict = match a.verdict {
            Some(v) => style.verdict(v),
            None => style.dim("-  "),
        };
        writeln!(
            out,
            "{:>5}  {:<16}  {}  {:<6}  {}  {:>7}  {:>7}  {}",
            style.bold(&format!("#{}", a.id)),
            local_minute(a.at_ms),
            style.bold(&format!("{:<w$}", a.problem)),
            a.language,
            verdict,
            if a.verdict.is_some() {
                format!("{}/{}", a.passed, a.total)
            } else {
                "-".to_string()
            },
            if a.verdict.is_some() {
                format!("{:.2} s", a.max_cpu_ms as f64 / 1000.0)
            } else {
                "-".to_string()
            },
            style.dim(&format!(
                "{}{} · {}",
                what(a),
                if reviews.contains(&a.id) {
                    " · review"
                } else {
                    ""
                },
                ago(now, a.at_ms)
            ))
        )?;
    }
    Ok(())
}

/// `judge history show ID`: one attempt with its source and per-test results.
pub fn show(global: &Global, id: i64, format: Format) -> Result<(), Failure> {
    let not_found = || {
        Failure::usage(
            format!("there is no attempt #{id}"),
            "help: `judge history` lists the attempts with their ids",
        )
    };
    let history = History::open_existing()?.ok_or_else(not_found)?;
    let detail = history.attempt(id)?.ok_or_else(not_found)?;
    let mut out = app::stdout();
    if format == Format::Json {
        let res = app::write_json_doc(&mut out, &detail);
        return Ok(res?);
    }
    let s = global.style();
    let a = &detail.attempt;
    let mut text = String::new();
    text.push_str(&format!(
        "{} · {} · {} · {} · {}\n",
        s.bold(&format!("attempt #{}", a.id)),
        s.bold(&a.problem),
        a.language,
        local_minute(a.at_ms),
        what(a)
    ));
    match a.verdict {
        Some(v) => text.push_str(&format!(
            "{} {}  {}/{} passed  ·  max CPU {:.2} s  ·  max memory {}\n",
            s.verdict(v),
            s.bold(v.description()),
            a.passed,
            a.total,
            a.max_cpu_ms as f64 / 1000.0,
            crate::report::fmt_kib(a.max_memory_kib)
        )),
        None => text.push_str(&s.dim("not judged: submitted after the session's time ran out\n")),
    }
    if let Some(report) = &detail.report {
        if let Some(msg) = report.get("compile_error").and_then(|m| m.as_str()) {
            text.push_str(&format!(
                "\n{}\n{}\n",
                s.bold("compiler output"),
                msg.trim_end()
            ));
        }
        if let Some(tests) = report.get("tests").and_then(|t| t.as_array()) {
            text.push('\n');
            let w = tests
                .iter()
                .filter_map(|t| t.get("name").and_then(|v| v.as_str()))
                .map(|n| n.len() + 9)
                .max()
                .unwrap_or(8);
            for t in tests {
                let name = t.get("name").and_then(|v| v.as_str()).unwrap_or("?");
                let v = t
                    .get("verdict")
                    .and_then(|v| v.as_str())
                    .and_then(crate::verdict::Verdict::from_code);
                let ms = t.get("time_ms").and_then(|v| v.as_f64()).unwrap_or(0.0);
                let hidden = t.get("hidden").and_then(|v| v.as_bool()).unwrap_or(false);
                let detail = t.get("detail").and_then(|v| v.as_str()).unwrap_or("");
                text.push_str(&format!(
                    "  {} {:<w$} {:>8}  {}\n",
                    v.map_or("?  ".to_string(), |v| s.verdict(v)),
                    if hidden {
                        format!("{name} (hidden)")
                    } else {
                        name.to_string()
                    },
                    format!("{:.3} s", ms / 1000.0),
                    s.dim(detail.lines().next().unwrap_or(""))
                ));
            }
        }
    }
    text.push_str(&format!("\n{}\n", s.bold(&format!("source ({})", a.file))));
    for (i, line) in detail.source.lines().enumerate() {
        text.push_str(&format!("{} {line}\n", s.dim(&format!("{:>4}", i + 1))));
    }
    Ok(out.write_all(text.as_bytes())?)
}

fn local_offset_ms(now: i64) -> i64 {
    i64::from(crate::clock::local(now).offset().local_minus_utc()) * 1000
}

/// `judge stats`.
pub fn stats(global: &Global, format: Format) -> Result<(), Failure> {
    let now = app::now()?;
    let attempts = match History::open_existing()? {
        Some(h) => h.all_attempts()?,
        None => Vec::new(),
    };
    let problems = global.catalog().summaries()?;
    let st = stats::stats(&attempts, &problems, now, local_offset_ms(now));
    let mut out = app::stdout();
    let res = match format {
        Format::Json => app::write_json_doc(&mut out, &st),
        Format::Text => write_stats(&mut out, &st, global.style()),
    };
    Ok(res?)
}

pub(super) fn bar(solved: usize, total: usize, width: usize) -> String {
    let filled = if total == 0 {
        0
    } else {
        (solved * width).div_ceil(total).min(width)
    };
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

fn write_stats(out: &mut dyn Write, st: &Stats, s: Style) -> std::io::Result<()> {
    let total: usize = st.by_difficulty.iter().map(|r| r.total).sum();
    let mut head = format!(
        "solved {} of {total} problems · {} attempts on {} problems",
        s.bold(&st.solved.saturating_sub(st.solved_elsewhere).to_string()),
        st.attempts,
        st.problems_attempted
    );
    if st.solved_elsewhere > 0 {
        head.push_str(&format!(
            " · {} more solved from other catalogs",
            st.solved_elsewhere
        ));
    }
    writeln!(out, "{head}")?;
    writeln!(out)?;
    writeln!(out, "{}", s.bold("by difficulty"))?;
    for r in &st.by_difficulty {
        writeln!(
            out,
            "  {:<8} {} {:>3}/{}",
            r.name,
            s.added(&bar(r.solved, r.total, 20)),
            r.solved,
            r.total
        )?;
    }
    if !st.by_tag.is_empty() {
        writeln!(out, "{}", s.bold("by tag (largest first)"))?;
        let w = st
            .by_tag
            .iter()
            .take(12)
            .map(|r| r.name.len())
            .max()
            .unwrap_or(8);
        for r in st.by_tag.iter().take(12) {
            writeln!(
                out,
                "  {:<w$} {} {:>3}/{}",
                r.name,
                s.added(&bar(r.solved, r.total, 10)),
                r.solved,
                r.total
            )?;
        }
        if st.by_tag.len() > 12 {
            writeln!(
                out,
                "  {}",
                s.dim(&format!(
                    "… {} more tags (--format json)",
                    st.by_tag.len() - 12
                ))
            )?;
        }
    }
    writeln!(out)?;
    let per_solve = st
        .attempts_per_solve
        .map_or("-".to_string(), |a| format!("{a:.1}"));
    let median = st
        .median_time_to_first_ac_ms
        .map_or("-".to_string(), human_duration);
    writeln!(
        out,
        "attempts per solve {}  ·  median time to first AC {}  ·  streak {} day{} (longest {})",
        s.bold(&per_solve),
        s.bold(&median),
        s.bold(&st.current_streak_days.to_string()),
        if st.current_streak_days == 1 { "" } else { "s" },
        st.longest_streak_days
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        s.bold("activity, last 12 weeks (attempts per day)")
    )?;
    for line in activity_chart(&st.activity, st.activity_first_weekday) {
        writeln!(out, "  {line}")?;
    }
    writeln!(
        out,
        "  {}",
        s.dim("· none  ░ 1  ▒ 2-3  ▓ 4-6  █ 7+   (the last column ends today)")
    )
}

/// `5 min`, `3.2 h`, `2.5 days`.
fn human_duration(ms: i64) -> String {
    let min = ms as f64 / 60_000.0;
    if min < 1.0 {
        format!("{:.0} s", ms as f64 / 1000.0)
    } else if min < 90.0 {
        format!("{min:.0} min")
    } else if min < 48.0 * 60.0 {
        format!("{:.1} h", min / 60.0)
    } else {
        format!("{:.1} days", min / 1440.0)
    }
}

/// Seven rows (Monday to Sunday) of one cell per day, a column per week, like a contribution
/// graph.
fn activity_chart(days: &[usize], first_weekday: u32) -> Vec<String> {
    let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let mut cells: Vec<Option<usize>> = vec![None; first_weekday as usize];
    cells.extend(days.iter().map(|&n| Some(n)));
    let weeks = cells.len().div_ceil(7);
    (0..7)
        .map(|row| {
            let mut line = format!("{} ", names[row]);
            for w in 0..weeks {
                let c = match cells.get(w * 7 + row).copied().flatten() {
                    None => ' ',
                    Some(0) => '·',
                    Some(1) => '░',
                    Some(2..=3) => '▒',
                    Some(4..=6) => '▓',
                    Some(_) => '█',
                };
                line.push(c);
            }
            line.trim_end().to_string()
        })
        .collect()
}

/// `judge next`.
pub fn next(global: &Global, limit: usize, format: Format) -> Result<(), Failure> {
    let now = app::now()?;
    let attempts = match History::open_existing()? {
        Some(h) => h.all_attempts()?,
        None => Vec::new(),
    };
    let problems = global.catalog().summaries()?;
    let list = stats::suggest(&attempts, &problems, now, local_offset_ms(now), limit);
    let mut out = app::stdout();
    let res = match format {
        Format::Json => app::write_json_doc(&mut out, &list),
        Format::Text => write_next(&mut out, &list, global.style()),
    };
    Ok(res?)
}

fn write_next(out: &mut dyn Write, list: &[Suggestion], s: Style) -> std::io::Result<()> {
    if list.is_empty() {
        return writeln!(
            out,
            "nothing to suggest: every problem is solved, and recently"
        );
    }
    let w = list.iter().map(|x| x.problem.len()).max().unwrap_or(8);
    for x in list {
        writeln!(
            out,
            "  {}  {:<6}  {}",
            s.bold(&format!("{:<w$}", x.problem)),
            x.difficulty.as_str(),
            s.dim(&x.reason)
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        s.dim("start one: judge new SLUG, then judge run SLUG FILE")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chart_has_a_row_per_weekday_and_a_column_per_week() {
        let mut days = vec![0; 14];
        days[0] = 1;
        days[13] = 9;
        // The first day is a Wednesday: two blank cells before it.
        let rows = activity_chart(&days, 2);
        assert_eq!(rows.len(), 7);
        assert_eq!(rows[0], "Mon  ··");
        assert_eq!(rows[2], "Wed ░·");
        assert_eq!(rows[1], "Tue  ·█");
    }

    #[test]
    fn bars_round_up_any_progress() {
        assert_eq!(bar(0, 10, 5), "░░░░░");
        assert_eq!(bar(1, 37, 5), "█░░░░");
        assert_eq!(bar(10, 10, 5), "█████");
        assert_eq!(bar(0, 0, 3), "░░░");
    }
}
