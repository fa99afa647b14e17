//! `judge check --junit FILE`: a JUnit XML report ([`report`]) for CI test-report viewers,
//! written with quick-junit as cargo-nextest writes its own.
//!
//! One `<testsuite>` per solution file (named by its path), one `<testcase>` per test of its
//! problem (`classname` is the file, `time` the CPU time). A failing test is a `<failure>` whose
//! `type` is the verdict code and whose message is the verdict with the first difference or the
//! reason; a visible test's failure text adds its input, expected and actual output and the end
//! of stderr (hidden tests never show their data). IE is an `<error>`. A compile error fails
//! every test with type `CE`, the compiler's message in the suite's `system-err`; tests that did
//! not run (`--fail-fast`) are `<skipped>`.

use std::path::Path;

use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

use super::run::{FileResult, Outcome};
use crate::runner::TestResult;
use crate::verdict::Verdict;

/// Lines of each block of a failure text before cutting.
const BLOCK_LINES: usize = 30;

/// The report for `results`.
pub fn report(results: &[FileResult], elapsed: std::time::Duration) -> Report {
    let mut report = Report::new("judge check");
    report.set_time(elapsed);
    for r in results {
        report.add_test_suite(suite(r));
    }
    report
}

/// `judge check --junit PATH`: the JUnit XML report, written to its file at the end.
pub struct Junit(pub std::path::PathBuf);

impl crate::runner::EventSink for Junit {}

impl crate::report::Reporter<super::run::CheckDone> for Junit {
    fn finish(&mut self, done: &super::run::CheckDone) -> Result<(), crate::report::ReportError> {
        write(&report(&done.results, done.elapsed), &self.0)
            .map_err(crate::report::ReportError::File)
    }
}

/// Writes the report to `path`, creating its folder.
pub fn write(report: &Report, path: &Path) -> Result<(), String> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let file =
        std::fs::File::create(path).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    report
        .serialize(std::io::BufWriter::new(file))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn suite(r: &FileResult) -> TestSuite {
    let mut suite = TestSuite::new(r.job.shown.as_str());
    suite.add_property(("problem", r.job.solution.problem.as_str()));
    suite.add_property(("language", r.job.solution.language.name()));
    if let Some(v) = r.verdict() {
        suite.add_property(("verdict", v.code()));
    }
    let names = r.job.problem.tests.iter().map(|t| t.name.as_str());
    let case = |name: &str, status: TestCaseStatus| {
        let mut c = TestCase::new(name, status);
        c.set_classname(r.job.shown.as_str());
        c
    };
    match &r.outcome {
        Outcome::Judged(rep) if rep.verdict == Verdict::CE => {
            let message = rep.compile_error.as_deref().unwrap_or("");
            let first = message
                .lines()
                .map(str::trim)
                .find(|l| l.starts_with("error"))
                .or_else(|| message.lines().map(str::trim).find(|l| !l.is_empty()))
                .unwrap_or("");
            suite.set_system_err(message);
            for name in names {
                let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
                status
                    .set_type(Verdict::CE.code())
                    .set_message(format!("{}: {first}", Verdict::CE.description()));
                suite.add_test_case(case(name, status));
            }
        }
        Outcome::Judged(rep) => {
            for name in names {
                let c = match rep.tests.iter().find(|t| t.name == name) {
                    Some(t) => {
                        let mut c = case(name, status_of(t));
                        c.set_time(t.cpu);
                        c
                    }
                    None => case(name, skipped("not run: --fail-fast stopped at a failure")),
                };
                suite.add_test_case(c);
            }
        }
        Outcome::Failed(why) => {
            for name in names {
                let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
                status
                    .set_type(Verdict::IE.code())
                    .set_message(format!("{}: {why}", Verdict::IE.description()));
                suite.add_test_case(case(name, status));
            }
        }
        Outcome::NotRun => {
            for name in names {
                suite.add_test_case(case(
                    name,
                    skipped("not run: --fail-fast stopped the check before this file"),
                ));
            }
        }
    }
    suite
}

fn skipped(message: &str) -> TestCaseStatus {
    let mut s = TestCaseStatus::skipped();
    s.set_message(message);
    s
}

fn status_of(t: &TestResult) -> TestCaseStatus {
    if t.verdict == Verdict::AC {
        return TestCaseStatus::success();
    }
    let kind = if t.verdict == Verdict::IE {
        NonSuccessKind::Error
    } else {
        NonSuccessKind::Failure
    };
    let mut status = TestCaseStatus::non_success(kind);
    let detail = crate::report::words::detail(t, crate::report::words::Audience::Solver);
    let message = if detail.is_empty() {
        t.verdict.description().to_string()
    } else {
        format!("{}: {detail}", t.verdict.description())
    };
    status.set_type(t.verdict.code()).set_message(message);
    let text = describe(t);
    if !text.is_empty() {
        status.set_description(text);
    }
    status
}

/// The failure text: what a visible test shows of itself; nothing for hidden tests.
fn describe(t: &TestResult) -> String {
    let Some(f) = crate::report::words::shown_failure(t) else {
        return String::new();
    };
    let mut out = String::new();
    let mut block = |title: &str, text: &str| {
        if text.trim().is_empty() {
            return;
        }
        let lines: Vec<&str> = text.lines().collect();
        out.push_str(title);
        out.push_str(":\n");
        for l in lines.iter().take(BLOCK_LINES) {
            out.push_str("  ");
            out.push_str(l);
            out.push('\n');
        }
        if lines.len() > BLOCK_LINES {
            out.push_str(&format!("  … {} more lines\n", lines.len() - BLOCK_LINES));
        }
    };
    block("input", &f.input);
    if t.verdict == Verdict::WA {
        block("expected", &f.expected);
        block("actual", &String::from_utf8_lossy(&f.actual));
    }
    if let Some(printed) = &f.printed {
        block("printed", &String::from_utf8_lossy(printed));
    }
    block("stderr", &String::from_utf8_lossy(&f.stderr_tail));
    out
}
