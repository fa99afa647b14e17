//! The `--format json` export of a run ([`RunDocument`]): one JSON document on stdout. Its
//! fields are the documented shape of the export; [`TestEntry`] is shared with `judge check`'s
//! document. Keys are written in alphabetical order, as they always were.

use std::collections::BTreeMap;
use std::io::Write;
use std::time::Duration;

use serde::Serialize;

use super::reporter::{ReportError, Reporter, RunDone};
use super::words::{self, Audience};
use crate::lang::{CompileInfo, Language};
use crate::runner::{RunReport, TestResult};
use crate::ser::ser_millis;
use crate::verdict::Verdict;

/// What the JSON document adds to the run report.
#[derive(Debug, Clone, Copy, Default)]
pub struct JsonExtras {
    /// The id of the recorded attempt.
    pub attempt: Option<i64>,
    /// The mock session the attempt counts for.
    pub session: Option<i64>,
    /// Hidden tests appear as counts only (`judge submit`), not one by one.
    pub hidden_as_counts: bool,
}

/// The JSON document of `judge run` and `judge submit`.
#[derive(Debug, Serialize)]
pub struct RunDocument<'a> {
    /// The problem's slug.
    pub problem: &'a str,
    pub language: Language,
    /// The run's verdict: that of the first failed test in test order.
    pub verdict: Verdict,
    pub passed: usize,
    /// Tests selected.
    pub total: usize,
    /// Tests not run because of `--fail-fast`.
    pub skipped: usize,
    /// Compilation time, or `cached`; `null` for interpreted languages.
    pub compile: Option<CompileInfo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compile_error: Option<&'a str>,
    /// The isolation layers the tests ran under.
    pub isolation: Option<&'a crate::runner::IsolationSummary>,
    /// The judge's own peak memory during the run.
    pub judge_memory_kib: u64,
    /// The largest CPU time of any test.
    #[serde(rename = "max_time_ms", serialize_with = "ser_millis")]
    pub max_cpu: Duration,
    pub max_memory_kib: u64,
    /// In test order; without hidden tests when they are shown as counts.
    pub tests: Vec<TestEntry<'a>>,
    /// The id of the recorded attempt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attempt: Option<i64>,
    /// The mock session the attempt counts for.
    #[serde(rename = "mock_session", skip_serializing_if = "Option::is_none")]
    pub session: Option<i64>,
    /// Hidden tests as counts (`judge submit`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hidden: Option<HiddenCounts>,
    /// A progressive problem: the tests passed per level (`{level, passed, total}`).
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub levels: &'a [crate::runner::LevelCount],
}

/// One test in a JSON document.
#[derive(Debug, Serialize)]
pub struct TestEntry<'a> {
    pub name: &'a str,
    pub verdict: Verdict,
    /// CPU time.
    #[serde(rename = "time_ms", serialize_with = "ser_millis")]
    pub cpu: Duration,
    #[serde(rename = "wall_ms", serialize_with = "ser_millis")]
    pub wall: Duration,
    pub memory_kib: u64,
    pub hidden: bool,
    /// Why the verdict ([`words::detail`], hidden tests redacted), and for a failed visible test
    /// the end of its stderr ([`words::detail_with_stderr`]); absent for AC.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub detail: String,
}

impl<'a> TestEntry<'a> {
    pub fn new(t: &'a TestResult) -> Self {
        TestEntry {
            name: &t.name,
            verdict: t.verdict,
            cpu: t.cpu,
            wall: t.wall,
            memory_kib: t.memory_kib,
            hidden: t.hidden,
            detail: words::detail_with_stderr(t, Audience::Solver),
        }
    }
}

/// `judge submit`'s hidden tests: how many passed, and the verdicts of the others.
#[derive(Debug, Serialize)]
pub struct HiddenCounts {
    pub passed: usize,
    pub total: usize,
    /// Count per verdict code.
    pub verdicts: BTreeMap<&'static str, usize>,
}

impl<'a> RunDocument<'a> {
    pub fn new(report: &'a RunReport, extras: JsonExtras) -> Self {
        let hidden = extras.hidden_as_counts.then(|| {
            let hidden: Vec<_> = report.tests.iter().filter(|t| t.hidden).collect();
            let mut verdicts = BTreeMap::new();
            for t in &hidden {
                *verdicts.entry(t.verdict.code()).or_default() += 1;
            }
            HiddenCounts {
                passed: hidden.iter().filter(|t| t.verdict == Verdict::AC).count(),
                total: hidden.len(),
                verdicts,
            }
        });
        RunDocument {
            problem: &report.problem,
            language: report.language,
            verdict: report.verdict,
            passed: report.passed,
            total: report.total,
            skipped: report.skipped,
            compile: report.compile,
            compile_error: report.compile_error.as_deref(),
            isolation: report.isolation.as_ref(),
            judge_memory_kib: report.judge_memory_kib,
            max_cpu: report.max_cpu,
            max_memory_kib: report.max_memory_kib,
            tests: report
                .tests
                .iter()
                .filter(|t| !(extras.hidden_as_counts && t.hidden))
                .map(TestEntry::new)
                .collect(),
            attempt: extras.attempt,
            session: extras.session,
            hidden,
            levels: &report.levels,
        }
    }
}

/// `--format json` of `judge run` and `judge submit`: nothing while the tests run, then the
/// [`RunDocument`] on `out`.
pub struct Json<W: Write + Send>(pub W);

impl<W: Write + Send> crate::runner::EventSink for Json<W> {}

impl<W: Write + Send> Reporter<RunDone<'_>> for Json<W> {
    fn finish(&mut self, done: &RunDone<'_>) -> Result<(), ReportError> {
        Ok(write_json_with(&mut self.0, done.report, done.extras)?)
    }
}

/// Writes `report` as one pretty-printed JSON document followed by a newline.
pub fn write_json(out: &mut dyn Write, report: &RunReport) -> std::io::Result<()> {
    write_json_with(out, report, JsonExtras::default())
}

/// Writes `report` with `extras`.
pub fn write_json_with(
    out: &mut dyn Write,
    report: &RunReport,
    extras: JsonExtras,
) -> std::io::Result<()> {
    // Through a `Value`: its map sorts the keys, the order the export has always had.
    let doc = serde_json::to_value(RunDocument::new(report, extras))?;
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
