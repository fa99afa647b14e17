//! `judge history diff A B`: what changed between two attempts (typically a rejected one and the
//! accepted one): both verdicts and figures side by side, the tests whose verdict changed, and
//! a unified diff of the sources, all read from the history.

use std::io::Write;

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

use crate::app::{self, Format, Global};
use crate::clock::local_minute;
use crate::exit::Failure;
use crate::history::{AttemptDetail, History};
use crate::report::Style;
use crate::verdict::Verdict;

/// One test's verdicts and CPU times in the two attempts (`None`: not run in that attempt).
#[derive(Debug, Serialize)]
struct TestChange {
    name: String,
    a: Option<TestFigures>,
    b: Option<TestFigures>,
}

#[derive(Debug, Clone, Serialize)]
struct TestFigures {
    verdict: String,
    time_ms: f64,
}

#[derive(Serialize)]
struct Doc<'a> {
    a: &'a crate::history::Attempt,
    b: &'a crate::history::Attempt,
    /// Tests whose verdict differs between the two.
    changed_tests: Vec<TestChange>,
    /// The unified diff of the sources (empty when equal).
    source_diff: String,
}

pub fn diff(global: &Global, a: i64, b: i64, format: Format) -> Result<(), Failure> {
    let not_found = |id: i64| {
        Failure::usage(
            format!("there is no attempt #{id}"),
            "help: `judge history` lists the attempts with their ids",
        )
    };
    let history = History::open_existing()?.ok_or_else(|| not_found(a))?;
    let da = history.attempt(a)?.ok_or_else(|| not_found(a))?;
    let db = history.attempt(b)?.ok_or_else(|| not_found(b))?;
    let changed_tests = test_changes(&da, &db);
    let source_diff = unified(&da, &db);
    let mut out = app::stdout();
    if format == Format::Json {
        let doc = Doc {
            a: &da.attempt,
            b: &db.attempt,
            changed_tests,
            source_diff,
        };
        return Ok(app::write_json_doc(&mut out, &doc)?);
    }
    let s = global.style();
    let mut text = String::new();
    if da.attempt.problem != db.attempt.problem {
        text.push_str(&s.help(&format!(
            "note: the attempts are at different problems ({} and {})\n",
            da.attempt.problem, db.attempt.problem
        )));
    }
    for d in [&da, &db] {
        text.push_str(&headline(d, s));
    }
    let (ca, cb) = (da.attempt.max_cpu_ms as f64, db.attempt.max_cpu_ms as f64);
    if ca > 0.0 && cb > 0.0 && da.attempt.verdict.is_some() && db.attempt.verdict.is_some() {
        text.push_str(&s.dim(&format!(
            "max CPU {:.2} s → {:.2} s ({:+.0}%), max memory {} → {}\n",
            ca / 1000.0,
            cb / 1000.0,
            (cb - ca) / ca * 100.0,
            crate::report::fmt_kib(da.attempt.max_memory_kib),
            crate::report::fmt_kib(db.attempt.max_memory_kib)
        )));
    }
    text.push('\n');
    if changed_tests.is_empty() {
        text.push_str(&format!("{}\n", s.dim("no test changed its verdict")));
    } else {
        text.push_str(&format!(
            "{}\n",
            s.bold(&format!(
                "tests whose verdict changed ({})",
                changed_tests.len()
            ))
        ));
        let w = changed_tests
            .iter()
            .map(|t| t.name.len())
            .max()
            .unwrap_or(4);
        for t in &changed_tests {
            let side = |f: &Option<TestFigures>| match f {
                Some(f) => match Verdict::from_code(&f.verdict) {
                    Some(v) => format!("{} {:>7.2} s", s.verdict(v), f.time_ms / 1000.0),
                    None => format!("{:<3} {:>7.2} s", f.verdict, f.time_ms / 1000.0),
                },
                None => s.dim("not run      "),
            };
            text.push_str(&format!(
                "  {:<w$}  {}  →  {}\n",
                t.name,
                side(&t.a),
                side(&t.b)
            ));
        }
    }
    text.push('\n');
    if source_diff.is_empty() {
        text.push_str(&format!("{}\n", s.dim("the sources are the same")));
    } else {
        for line in source_diff.lines() {
            let shown = crate::report::safe::visible(line);
            let line = if line.starts_with("+++") || line.starts_with("---") {
                s.bold(&shown)
            } else if line.starts_with('+') {
                s.added(&shown)
            } else if line.starts_with('-') {
                s.removed(&shown)
            } else if line.starts_with("@@") {
                s.dim(&shown)
            } else {
                shown.into_owned()
            };
            text.push_str(&line);
            text.push('\n');
        }
    }
    out.write_all(text.as_bytes())?;
    Ok(())
}

/// `#12  2026-11-25 10:31  WA  3/5 passed  two-sum.py (python, run)`.
fn headline(d: &AttemptDetail, s: Style) -> String {
    let a = &d.attempt;
    let verdict = a.verdict.map_or_else(|| s.dim("-  "), |v| s.verdict(v));
    format!(
        "{}  {}  {}  {}/{} passed  {}\n",
        s.bold(&format!("#{}", a.id)),
        local_minute(a.at_ms),
        verdict,
        a.passed,
        a.total,
        s.dim(&format!("{} ({}, {})", a.file, a.language, a.kind.as_str()))
    )
}

fn figures(d: &AttemptDetail) -> Vec<(String, TestFigures)> {
    let Some(tests) = d
        .report
        .as_ref()
        .and_then(|r| r.get("tests"))
        .and_then(|t| t.as_array())
    else {
        return Vec::new();
    };
    tests
        .iter()
        .filter_map(|t| {
            Some((
                t.get("name")?.as_str()?.to_string(),
                TestFigures {
                    verdict: t.get("verdict")?.as_str()?.to_string(),
                    time_ms: t.get("time_ms").and_then(|v| v.as_f64()).unwrap_or(0.0),
                },
            ))
        })
        .collect()
}

/// Tests whose verdict differs, in the order of the first attempt, then the second's new ones.
fn test_changes(a: &AttemptDetail, b: &AttemptDetail) -> Vec<TestChange> {
    let (fa, fb) = (figures(a), figures(b));
    let mut names: Vec<&str> = fa.iter().map(|(n, _)| n.as_str()).collect();
    for (n, _) in &fb {
        if !names.contains(&n.as_str()) {
            names.push(n);
        }
    }
    let get = |list: &[(String, TestFigures)], n: &str| {
        list.iter().find(|(m, _)| m == n).map(|(_, f)| f.clone())
    };
    names
        .into_iter()
        .map(|n| TestChange {
            name: n.to_string(),
            a: get(&fa, n),
            b: get(&fb, n),
        })
        .filter(|t| t.a.as_ref().map(|f| &f.verdict) != t.b.as_ref().map(|f| &f.verdict))
        .collect()
}

/// A unified diff of the two sources (3 lines of context), empty when they are equal.
fn unified(a: &AttemptDetail, b: &AttemptDetail) -> String {
    if a.source == b.source {
        return String::new();
    }
    let diff = TextDiff::from_lines(&a.source, &b.source);
    if diff.iter_all_changes().all(|c| c.tag() == ChangeTag::Equal) {
        return String::new();
    }
    diff.unified_diff()
        .context_radius(3)
        .header(
            &format!("#{} {}", a.attempt.id, a.attempt.file),
            &format!("#{} {}", b.attempt.id, b.attempt.file),
        )
        .to_string()
}
