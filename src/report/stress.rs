//! What `judge stress` prints: the search, the shrunk input, both outputs and their diff
//! ([`write_text`]), or the same facts as one JSON document ([`document`]).

use std::io::{self, Write};

use serde::Serialize;

use super::{diff, safe, words, Style};
use crate::stress::{Counterexample, StressReport};
use crate::verdict::Verdict;

/// A counterexample as the JSON document shows it: the facts and the sentence of its verdict.
#[derive(Debug, Serialize)]
pub struct CaseEntry<'a> {
    #[serde(flatten)]
    pub case: &'a Counterexample,
    /// The solution's output (stdout, or the returned value as JSON); none if it crashed.
    pub actual: Option<String>,
    pub why: String,
}

impl<'a> CaseEntry<'a> {
    pub fn new(case: &'a Counterexample) -> Self {
        CaseEntry {
            case,
            actual: actual(case),
            why: words::detail_with_stderr(&case.result, words::Audience::Author),
        }
    }
}

/// The `--format json` document.
#[derive(Debug, Serialize)]
pub struct StressDocument<'a> {
    #[serde(flatten)]
    pub report: &'a StressReport,
    /// A failing input was found.
    pub failed: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_failure: Option<CaseEntry<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimal: Option<CaseEntry<'a>>,
    /// Why the oracle failed on the inputs it could not answer, if it did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oracle_failure: Option<String>,
    /// Where `--save` wrote the shrunk input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub saved: Option<String>,
}

pub fn document<'a>(report: &'a StressReport, saved: Option<String>) -> StressDocument<'a> {
    StressDocument {
        report,
        failed: report.found.is_some(),
        first_failure: report.found.as_ref().map(CaseEntry::new),
        minimal: report.shrunk.as_ref().map(CaseEntry::new),
        oracle_failure: report
            .oracle_failure
            .as_ref()
            .map(|r| words::detail_with_stderr(r, words::Audience::Author)),
        saved,
    }
}

/// What the solution produced, when it ended normally.
fn actual(case: &Counterexample) -> Option<String> {
    let f = words::shown_failure(&case.result)?;
    match case.verdict {
        Verdict::WA => Some(String::from_utf8_lossy(&f.actual).into_owned()),
        _ => None,
    }
}

fn block(out: &mut dyn Write, text: &str) -> io::Result<()> {
    let text = safe::visible(text.trim_end_matches('\n'));
    if text.is_empty() {
        return writeln!(out, "    (empty)");
    }
    for line in text.lines() {
        writeln!(out, "    {line}")?;
    }
    Ok(())
}

/// The terminal report.
pub fn write_text(
    out: &mut dyn Write,
    report: &StressReport,
    saved: Option<&str>,
    style: Style,
) -> io::Result<()> {
    writeln!(
        out,
        "{} {} against {} (seed {})",
        style.bold(&report.problem),
        report.solution,
        report.oracle,
        report.seed
    )?;
    let mut searched = format!(
        "{} random inputs of size up to {} in {:.1} s",
        report.inputs, report.largest_size, report.search_seconds
    );
    if report.rejected > 0 {
        searched.push_str(&format!(
            "; {} rejected by the input validator",
            report.rejected
        ));
    }
    if report.undecided > 0 {
        searched.push_str(&format!(
            "; {} not judged: the {} failed on them",
            report.undecided,
            if report.oracle.starts_with("reference") {
                "reference"
            } else {
                "other solution"
            }
        ));
    }
    writeln!(out, "{}", style.dim(&searched))?;
    if let Some(r) = &report.oracle_failure {
        writeln!(
            out,
            "{} {}",
            style.warning("the solution compared with failed:"),
            words::detail_with_stderr(r, words::Audience::Author)
        )?;
    }
    let (Some(found), Some(case)) = (&report.found, &report.shrunk) else {
        writeln!(
            out,
            "{} no input made the two disagree; try more --seconds",
            style.added("no difference found:")
        )?;
        return Ok(());
    };
    let at = match (found.input.size, found.input.seed) {
        (Some(n), Some(s)) => format!(" on a generated input of size {n} (generator seed {s})"),
        _ => String::new(),
    };
    writeln!(
        out,
        "{} {}{at}",
        style.removed("failing input found:"),
        style.bold(found.verdict.code())
    )?;
    if let Some(s) = &report.shrinking {
        writeln!(
            out,
            "{}",
            style.dim(&format!(
                "shrunk in {:.1} s: smallest failing size {}, then {} smaller inputs taken of {} tried{}",
                s.seconds,
                s.size,
                s.steps,
                s.tried,
                if s.minimal {
                    " (no smaller candidate fails)"
                } else {
                    " (stopped by the time budget: it may shrink further)"
                }
            ))
        )?;
    }
    writeln!(out)?;
    writeln!(out, "{}", style.bold("input:"))?;
    block(out, &case.shown)?;
    writeln!(
        out,
        "{}",
        style.bold(&format!("expected (from the {}):", oracle_word(report)))
    )?;
    block(out, &case.expected)?;
    match actual(case) {
        Some(actual) => {
            writeln!(out, "{}", style.bold("yours:"))?;
            block(out, &actual)?;
            writeln!(out, "{}", style.bold("diff:"))?;
            let expected = with_newline(&case.expected);
            let actual = with_newline(&actual);
            diff::write_diff(out, &expected, &actual, style)?;
        }
        None => {
            writeln!(
                out,
                "{} {}",
                style.bold("yours:"),
                style.verdict(case.verdict)
            )?;
        }
    }
    let why = words::detail_with_stderr(&case.result, words::Audience::Author);
    if !why.is_empty() {
        writeln!(out, "{} {why}", style.bold("why:"))?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        style.dim(&format!(
            "the same search again: judge stress {} {} --seed {}",
            report.problem, report.solution, report.seed
        ))
    )?;
    match saved {
        Some(path) => writeln!(
            out,
            "saved as a test in {path}: `judge run {} {}` runs it too",
            report.problem, report.solution
        )?,
        None => writeln!(
            out,
            "{}",
            style.dim("add --save to keep it as a test that `judge run` runs")
        )?,
    }
    Ok(())
}

fn oracle_word(report: &StressReport) -> &'static str {
    if report.oracle.starts_with("reference") {
        "reference"
    } else {
        "other solution"
    }
}

fn with_newline(s: &str) -> String {
    if s.ends_with('\n') {
        s.to_string()
    } else {
        format!("{s}\n")
    }
}

#[cfg(test)]
mod tests {
    //! The words of `judge stress` from a recorded report: no sandbox, no programs.

    use std::time::Duration;

    use super::*;
    use crate::runner::{Difference, Ended, Failure, TestResult, Why};
    use crate::stress::{Input, ShrinkStats};

    fn case(verdict: Verdict, input: &str, why: Why, actual: &str, stderr: &str) -> Counterexample {
        Counterexample {
            input: Input {
                size: None,
                seed: None,
                text: input.to_string(),
            },
            shown: input.to_string(),
            verdict,
            expected: "1\n".to_string(),
            result: TestResult {
                name: "stress-1".to_string(),
                index: 0,
                verdict,
                cpu: Duration::from_millis(10),
                call_cpu: None,
                wall: Duration::from_millis(10),
                memory_kib: 1024,
                hidden: false,
                why,
                failed_call: None,
                failure: Some(std::sync::Arc::new(Failure {
                    input: input.into(),
                    expected: "1\n".into(),
                    actual: actual.as_bytes().to_vec(),
                    printed: None,
                    design: false,
                    stdout_bytes: actual.len() as u64,
                    stderr_tail: stderr.as_bytes().to_vec(),
                    stderr_bytes: stderr.len() as u64,
                    presentation: false,
                    window: None,
                    actual_lines: None,
                })),
                produced: None,
                produced_file: None,
            },
        }
    }

    fn report(found: Option<Counterexample>) -> StressReport {
        StressReport {
            problem: "sum-lines".to_string(),
            solution: "sol.py".to_string(),
            oracle: "reference solutions/accepted/sum.py".to_string(),
            seed: 7,
            inputs: 16,
            rejected: 2,
            undecided: 0,
            largest_size: 4,
            search_seconds: 1.25,
            shrinking: found.as_ref().map(|_| ShrinkStats {
                size: 2,
                seed: 99,
                steps: 3,
                tried: 20,
                minimal: true,
                seconds: 2.0,
            }),
            shrunk: found.clone(),
            found,
            oracle_failure: None,
        }
    }

    fn text(r: &StressReport, saved: Option<&str>) -> String {
        let mut out = Vec::new();
        write_text(&mut out, r, saved, Style::plain()).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_wrong_answer_shows_the_input_both_outputs_and_the_diff() {
        let wrong = Why::Wrong(Difference::Compared {
            message: "line 1: expected `1`, got `0`".to_string(),
            presentation: false,
        });
        let r = report(Some(case(Verdict::WA, "1\n0 1\n", wrong, "0\n", "")));
        let t = text(&r, None);
        for want in [
            "sum-lines sol.py against reference solutions/accepted/sum.py (seed 7)",
            "16 random inputs of size up to 4 in 1.2 s; 2 rejected by the input validator",
            "failing input found: WA",
            "smallest failing size 2, then 3 smaller inputs taken of 20 tried (no smaller candidate fails)",
            "input:\n    1\n    0 1\nexpected (from the reference):\n    1\nyours:\n    0\ndiff:",
            "why: line 1: expected `1`, got `0`",
            "judge stress sum-lines sol.py --seed 7",
            "add --save",
        ] {
            assert!(t.contains(want), "missing {want:?} in:\n{t}");
        }
        let doc = serde_json::to_value(document(&r, None)).unwrap();
        assert_eq!(doc["failed"], true);
        assert_eq!(doc["minimal"]["actual"], "0\n");
        assert_eq!(doc["minimal"]["input"]["text"], "1\n0 1\n");
        assert_eq!(doc["shrinking"]["steps"], 3);
    }

    #[test]
    fn a_crash_shows_its_stderr_and_no_output() {
        let r = report(Some(case(
            Verdict::RE,
            "1\n",
            Why::Ended(Ended::Exited(1)),
            "",
            "IndexError: list index out of range",
        )));
        let t = text(&r, Some(".judge/stress/sum-lines.yaml"));
        assert!(t.contains("yours: RE"), "{t}");
        assert!(t.contains("IndexError: list index out of range"), "{t}");
        assert!(!t.contains("diff:"), "{t}");
        assert!(
            t.contains("saved as a test in .judge/stress/sum-lines.yaml"),
            "{t}"
        );
        let doc = serde_json::to_value(document(&r, None)).unwrap();
        assert!(doc["minimal"]["actual"].is_null());
    }

    #[test]
    fn nothing_found_says_so() {
        let t = text(&report(None), None);
        assert!(t.contains("no difference found"), "{t}");
        assert!(!t.contains("input:"), "{t}");
        let doc = serde_json::to_value(document(&report(None), None)).unwrap();
        assert_eq!(doc["failed"], false);
        assert!(doc.get("minimal").is_none());
    }
}
