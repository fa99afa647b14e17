//! `judge check --format json`: one document with every solution file's result, the files that
//! were not checked, and how the solutions were selected. docs/check.md shows its shape.

use std::io::Write;
use std::time::Duration;

use serde::Serialize;

use super::discover::Skipped;
use super::run::{CheckDone, FileResult, Outcome};
use crate::lang::Language;
use crate::report::{ReportError, Reporter, TestEntry};
use crate::ser::ser_millis;
use crate::verdict::Verdict;

#[derive(Debug, Serialize)]
pub struct Document<'a> {
    /// Every selected solution was accepted.
    pub ok: bool,
    /// The checked folder, as given.
    pub root: &'a str,
    /// Where problems came from.
    pub catalog: String,
    pub selection: Selection,
    pub summary: Summary,
    pub solutions: Vec<SolutionEntry<'a>>,
    pub skipped: &'a [Skipped],
    #[serde(rename = "time_ms", serialize_with = "ser_millis")]
    pub elapsed: Duration,
}

#[derive(Debug, Clone, Serialize)]
pub struct Selection {
    /// Solutions found before `--filter`, `--changed-since` and `--partition`.
    pub discovered: usize,
    pub filter: Option<String>,
    pub changed_since: Option<String>,
    pub partition: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Summary {
    pub solutions: usize,
    pub accepted: usize,
    pub not_accepted: usize,
    /// Not started because of `--fail-fast`.
    pub not_run: usize,
    pub skipped: usize,
}

#[derive(Debug, Serialize)]
pub struct SolutionEntry<'a> {
    pub file: &'a str,
    pub problem: &'a str,
    pub language: Language,
    pub found_by: super::discover::Rule,
    /// `null` when the file was not run.
    pub verdict: Option<Verdict>,
    pub passed: usize,
    /// Tests of the problem.
    pub total: usize,
    /// Tests not run (`--fail-fast`, or a compile error).
    pub not_run: usize,
    #[serde(rename = "max_time_ms", serialize_with = "ser_millis")]
    pub max_cpu: Duration,
    pub max_memory_kib: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compile_error: Option<&'a str>,
    /// Why the judge could not judge the file (verdict IE).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<&'a str>,
    pub tests: Vec<TestEntry<'a>>,
}

impl<'a> SolutionEntry<'a> {
    pub fn new(r: &'a FileResult) -> Self {
        let total = r.total();
        let mut e = SolutionEntry {
            file: &r.job.shown,
            problem: &r.job.solution.problem,
            language: r.job.solution.language,
            found_by: r.job.solution.rule,
            verdict: r.verdict(),
            passed: 0,
            total,
            not_run: total,
            max_cpu: Duration::ZERO,
            max_memory_kib: 0,
            compile_error: None,
            error: None,
            tests: Vec::new(),
        };
        match &r.outcome {
            Outcome::Judged(rep) => {
                e.passed = rep.passed;
                e.not_run = total - rep.tests.len();
                e.max_cpu = rep.max_cpu;
                e.max_memory_kib = rep.max_memory_kib;
                e.compile_error = rep.compile_error.as_deref();
                e.tests = rep.tests.iter().map(TestEntry::new).collect();
            }
            Outcome::Failed(why) => e.error = Some(why),
            Outcome::NotRun => {}
        }
        e
    }
}

impl Summary {
    pub fn of(results: &[FileResult], skipped: usize) -> Summary {
        let accepted = results
            .iter()
            .filter(|r| r.verdict() == Some(Verdict::AC))
            .count();
        let not_run = results.iter().filter(|r| r.verdict().is_none()).count();
        Summary {
            solutions: results.len(),
            accepted,
            not_accepted: results.len() - accepted - not_run,
            not_run,
            skipped,
        }
    }
}

/// `judge check --format json`: nothing while the files run, then the [`Document`] on `out`.
pub struct Json<W: Write + Send>(pub W);

impl<W: Write + Send> crate::runner::EventSink for Json<W> {}

impl<W: Write + Send> Reporter<CheckDone> for Json<W> {
    fn finish(&mut self, done: &CheckDone) -> Result<(), ReportError> {
        let summary = Summary::of(&done.results, done.skipped.len());
        let doc = Document {
            ok: summary.not_accepted == 0 && summary.not_run == 0,
            root: &done.root,
            catalog: done.catalog.clone(),
            selection: done.selection.clone(),
            summary,
            solutions: done.results.iter().map(SolutionEntry::new).collect(),
            skipped: &done.skipped,
            elapsed: done.elapsed,
        };
        Ok(write(&mut self.0, &doc)?)
    }
}

/// Writes `doc` as one pretty-printed JSON document followed by a newline.
pub fn write(out: &mut dyn Write, doc: &Document) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, doc)?;
    writeln!(out)
}
