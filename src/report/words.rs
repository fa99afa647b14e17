//! Every sentence about a test's result, and the hidden-test policy, applied here once: the
//! runner hands over facts ([`Why`], [`Failure`]) and each reporter (terminal, JSON, `judge
//! check`'s table, JUnit and GitHub reports, `judge validate`) asks this module what to say.

use std::time::Duration;

use crate::runner::{Difference, Ended, Failure, RunReport, TestResult, Why};
use crate::verdict::Verdict;

/// Who reads the report: a solver sees only the verdict of a hidden test; a problem author
/// (`judge validate`) sees why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Audience {
    #[default]
    Solver,
    Author,
}

/// `0.42 s`.
pub fn secs(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

/// A limit in bytes: `256 MiB` or `512 KiB`.
pub fn limit_size(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{} KiB", bytes >> 10)
    }
}

/// How a process ended: `exit code 1`, `killed by SIGSEGV`, or why it never started.
pub fn ended(e: &Ended) -> String {
    match e {
        Ended::Exited(c) => format!("exit code {c}"),
        Ended::Signaled(s) => format!("killed by {}", sandbox::signal_name(*s)),
        Ended::NotStarted(why) => why.clone(),
    }
}

/// A wrong answer's difference in one sentence.
pub fn difference(d: &Difference) -> String {
    match d {
        Difference::Compared {
            message,
            presentation: true,
        } => format!("presentation error: the answer is right except for whitespace ({message})"),
        Difference::Compared { message, .. } => message.clone(),
        Difference::NoResult => {
            "no result: the program ended before the solution returned (did it call exit()?)"
                .to_string()
        }
        Difference::Overwritten(m) => format!("the result was overwritten by the program: {m}"),
        Difference::Signature(m) => m.clone(),
        Difference::CallFailed { index } => format!("call {index} failed"),
        Difference::NotAList(v) => format!("the harness returned {v}, not a list of call results"),
    }
}

/// Why a test got its verdict, in full; empty for AC.
pub fn why(t: &TestResult) -> String {
    let text = match &t.why {
        Why::Passed => String::new(),
        Why::Wrong(d) => difference(d),
        Why::WallClock {
            wall,
            cpu,
            idle: true,
            ..
        } => format!(
            "wall-clock limit: the program slept or blocked for {} (CPU time {})",
            secs(*wall),
            secs(*cpu)
        ),
        Why::WallClock { wall, cpu, .. } => format!(
            "wall-clock limit: stopped after {} with CPU time {}; the machine may be overloaded",
            secs(*wall),
            secs(*cpu)
        ),
        Why::CpuLimit { limit } => format!("CPU time limit {} exceeded", secs(*limit)),
        Why::MemoryLimit { limit_bytes } => {
            format!("memory limit {} reached", limit_size(*limit_bytes))
        }
        Why::AllocationRefused { bytes, limit_bytes } => format!(
            "an allocation of {} would pass the memory limit {}",
            limit_size(*bytes),
            limit_size(*limit_bytes)
        ),
        Why::OutputLimit { limit_bytes } => {
            format!("output exceeded the limit of {}", limit_size(*limit_bytes))
        }
        Why::ScratchQuota { used_bytes } => format!(
            "the scratch directory passed its quota ({} used)",
            limit_size(*used_bytes)
        ),
        Why::TooManyThreads { peak } => format!("too many threads ({peak} at once)"),
        Why::StackOverflow(e) => format!("stack overflow (recursion too deep?): {}", ended(e)),
        Why::Ended(e) => ended(e),
        Why::CheckerFailed(m) | Why::Internal(m) => m.clone(),
    };
    match &t.failed_call {
        Some((index, name)) if t.verdict == Verdict::RE => {
            format!("call {index} `{name}` failed: {text}")
        }
        _ => text,
    }
}

/// The one line reporters show for a test: [`why`], except that a hidden wrong answer says only
/// its verdict to a solver (the expected values in a comparison message would give the test
/// away).
pub fn detail(t: &TestResult, audience: Audience) -> String {
    if t.verdict == Verdict::WA && t.hidden && audience == Audience::Solver {
        return match &t.why {
            Why::Wrong(Difference::Compared {
                presentation: true, ..
            }) => "presentation error (hidden test: only the verdict is shown)".to_string(),
            _ => "hidden test: only the verdict is shown".to_string(),
        };
    }
    why(t)
}

/// The evidence of a failed test that a solver may see: never a hidden test's.
pub fn shown_failure(t: &TestResult) -> Option<&Failure> {
    t.failure.as_deref().filter(|_| !t.hidden)
}

/// Lines of a failed test's stderr a one-line report ([`detail_with_stderr`]) carries at most.
pub const STDERR_TAIL_LINES: usize = 20;
/// Bytes of a failed test's stderr a one-line report carries at most.
pub const STDERR_TAIL_BYTES: usize = 2 << 10;

/// The end of what a failed test wrote to stderr (a traceback, a panic message), at most
/// [`STDERR_TAIL_LINES`] lines and [`STDERR_TAIL_BYTES`] bytes, control characters made
/// visible; `None` for a hidden test, a passed one, or an empty stderr.
pub fn stderr_tail(t: &TestResult) -> Option<(String, bool)> {
    let f = shown_failure(t)?;
    let text = String::from_utf8_lossy(&f.stderr_tail);
    let text = text.trim_start_matches(['\n', '\r']).trim_end();
    if text.is_empty() {
        return None;
    }
    let mut start = text.len().saturating_sub(STDERR_TAIL_BYTES);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let mut tail = &text[start..];
    if start > 0 {
        // A line cut in the middle is dropped, unless it is the only one.
        if let Some(nl) = tail.find('\n') {
            tail = &tail[nl + 1..];
        }
    }
    let lines: Vec<&str> = tail.lines().collect();
    let from = lines.len().saturating_sub(STDERR_TAIL_LINES);
    let cut = start > 0 || from > 0 || f.stderr_bytes > f.stderr_tail.len() as u64;
    let tail = super::safe::visible(&lines[from..].join("\n")).into_owned();
    Some((tail, cut))
}

/// [`detail`] followed by the stderr tail of a failed visible test ([`stderr_tail`]), for the
/// reports that have no room for a separate stderr block (the JSON documents):
/// `exit code 1\nstderr:\nTraceback ...`, or `stderr (last lines):` when it was cut.
pub fn detail_with_stderr(t: &TestResult, audience: Audience) -> String {
    let detail = detail(t, audience);
    match stderr_tail(t) {
        None => detail,
        Some((tail, cut)) => {
            let head = if cut {
                "stderr (last lines):"
            } else {
                "stderr:"
            };
            if detail.is_empty() {
                format!("{head}\n{tail}")
            } else {
                format!("{detail}\n{head}\n{tail}")
            }
        }
    }
}

/// The first failed test whose evidence may be shown in full.
pub fn first_shown_failure(r: &RunReport) -> Option<&TestResult> {
    r.tests.iter().find(|t| shown_failure(t).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(verdict: Verdict, hidden: bool, why: Why) -> TestResult {
        let mut t = TestResult::internal_error("");
        t.name = "t".into();
        t.verdict = verdict;
        t.hidden = hidden;
        t.why = why;
        t
    }

    #[test]
    fn sentences_from_facts() {
        let s = |v, w| why(&result(v, false, w));
        let table = [
            (
                s(
                    Verdict::TLE,
                    Why::WallClock {
                        wall: Duration::from_millis(2000),
                        cpu: Duration::from_millis(10),
                        limit: Duration::from_secs(1),
                        idle: true,
                    },
                ),
                "wall-clock limit: the program slept or blocked for 2.00 s (CPU time 0.01 s)",
            ),
            (
                s(
                    Verdict::TLE,
                    Why::WallClock {
                        wall: Duration::from_millis(4000),
                        cpu: Duration::from_millis(900),
                        limit: Duration::from_secs(1),
                        idle: false,
                    },
                ),
                "wall-clock limit: stopped after 4.00 s with CPU time 0.90 s; the machine may be overloaded",
            ),
            (
                s(Verdict::TLE, Why::CpuLimit { limit: Duration::from_secs(1) }),
                "CPU time limit 1.00 s exceeded",
            ),
            (
                s(Verdict::MLE, Why::MemoryLimit { limit_bytes: 256 << 20 }),
                "memory limit 256 MiB reached",
            ),
            (
                s(
                    Verdict::MLE,
                    Why::AllocationRefused {
                        bytes: 1 << 30,
                        limit_bytes: 256 << 20,
                    },
                ),
                "an allocation of 1024 MiB would pass the memory limit 256 MiB",
            ),
            (
                s(Verdict::OLE, Why::ScratchQuota { used_bytes: 65 << 20 }),
                "the scratch directory passed its quota (65 MiB used)",
            ),
            (
                s(Verdict::RE, Why::TooManyThreads { peak: 65 }),
                "too many threads (65 at once)",
            ),
            (
                s(Verdict::OLE, Why::OutputLimit { limit_bytes: 512 << 10 }),
                "output exceeded the limit of 512 KiB",
            ),
            (s(Verdict::RE, Why::Ended(Ended::Signaled(11))), "killed by SIGSEGV"),
            (
                s(Verdict::RE, Why::StackOverflow(Ended::Signaled(11))),
                "stack overflow (recursion too deep?): killed by SIGSEGV",
            ),
            (s(Verdict::AC, Why::Passed), ""),
        ];
        for (got, want) in table {
            assert_eq!(got, want);
        }
    }

    #[test]
    fn a_hidden_wrong_answer_is_redacted_for_a_solver_only() {
        let wrong = Why::Wrong(Difference::Compared {
            message: "line 1: expected `6`, got `7`".into(),
            presentation: false,
        });
        let t = result(Verdict::WA, true, wrong.clone());
        assert_eq!(
            detail(&t, Audience::Solver),
            "hidden test: only the verdict is shown"
        );
        assert_eq!(
            detail(&t, Audience::Author),
            "line 1: expected `6`, got `7`"
        );
        let visible = result(Verdict::WA, false, wrong);
        assert_eq!(
            detail(&visible, Audience::Solver),
            "line 1: expected `6`, got `7`"
        );
        // Other verdicts of hidden tests say why: a limit gives nothing away.
        let tle = result(
            Verdict::TLE,
            true,
            Why::CpuLimit {
                limit: Duration::from_secs(2),
            },
        );
        assert_eq!(
            detail(&tle, Audience::Solver),
            "CPU time limit 2.00 s exceeded"
        );
    }

    #[test]
    fn a_failed_design_call_is_named() {
        let mut t = result(Verdict::RE, false, Why::Ended(Ended::Exited(1)));
        t.failed_call = Some((3, "pop".into()));
        assert_eq!(why(&t), "call 3 `pop` failed: exit code 1");
    }

    fn crashed(hidden: bool, stderr: &str) -> TestResult {
        let mut t = result(Verdict::RE, hidden, Why::Ended(Ended::Exited(1)));
        t.failure = Some(std::sync::Arc::new(Failure {
            input: "".into(),
            expected: "".into(),
            actual: Vec::new(),
            printed: None,
            design: false,
            stdout_bytes: 0,
            stderr_tail: stderr.as_bytes().to_vec(),
            stderr_bytes: stderr.len() as u64,
            presentation: false,
            window: None,
            actual_lines: None,
        }));
        t
    }

    #[test]
    fn a_failed_visible_test_carries_its_stderr_tail() {
        let traceback =
            "Traceback (most recent call last):\n  File \"s.py\", line 1\nValueError: boom\n";
        assert_eq!(
            detail_with_stderr(&crashed(false, traceback), Audience::Solver),
            "exit code 1\nstderr:\nTraceback (most recent call last):\n  File \"s.py\", line 1\nValueError: boom"
        );
        // Never a hidden test's, whoever reads.
        assert_eq!(
            detail_with_stderr(&crashed(true, traceback), Audience::Solver),
            "exit code 1"
        );
        assert_eq!(
            detail_with_stderr(&crashed(false, ""), Audience::Solver),
            "exit code 1"
        );
    }

    #[test]
    fn the_stderr_tail_is_bounded_and_escaped() {
        let long: String = (0..100).map(|i| format!("line {i}\n")).collect();
        let d = detail_with_stderr(&crashed(false, &long), Audience::Solver);
        let lines: Vec<&str> = d.lines().collect();
        assert_eq!(lines[1], "stderr (last lines):");
        assert_eq!(lines.len(), 2 + STDERR_TAIL_LINES, "{d}");
        assert_eq!(lines.last(), Some(&"line 99"));

        let wide = format!("{}\nend\n", "x".repeat(10_000));
        let (tail, cut) = stderr_tail(&crashed(false, &wide)).unwrap();
        assert!(cut);
        assert_eq!(tail, "end", "a line cut in the middle is dropped");
        let one_wide_line = "é".repeat(5_000);
        let (tail, _) = stderr_tail(&crashed(false, &one_wide_line)).unwrap();
        assert!(tail.len() <= STDERR_TAIL_BYTES && tail.chars().all(|c| c == 'é'));

        let (tail, _) = stderr_tail(&crashed(false, "\x1b[2J\rAC accepted\n")).unwrap();
        assert_eq!(tail, "\\x1b[2J\\rAC accepted");
    }
}
