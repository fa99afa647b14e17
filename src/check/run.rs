//! Judging many solution files in one runtime ([`run_all`]): a few files at a time, each through
//! [`runner::run`] with its own share of test slots. Each file is a task of the runtime; its
//! runner events, numbered by the file's index, go to one shared [`EventSink`] (the same event
//! stream as `judge run`'s).

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use super::discover::Solution;
use crate::catalog::Problem;
use crate::lang::LangError;
use crate::runner::{self, Event, EventSink, RunConfig, RunError, RunReport};
use crate::verdict::Verdict;

/// How much runs at once: `files` solution files, each with `jobs_per_file` tests in parallel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    pub files: usize,
    pub jobs_per_file: usize,
}

impl Plan {
    /// The plan for `--jobs N`: N tests at once within a file, as in `judge run`, and two files
    /// at once when N > 1, so that one file's compilation or interpreter start-up overlaps the
    /// other's tests. Measured on 2 cores (docs/check.md), judging files one after the other
    /// took a quarter to a third longer than any plan with two or four files at once, which
    /// were within noise of each other; two keeps rustc and memory use bounded. `--jobs 1`
    /// runs one test at a time in all.
    pub fn for_jobs(jobs: usize, files: usize) -> Plan {
        let jobs = jobs.max(1);
        Plan {
            files: if jobs > 1 { 2.min(files.max(1)) } else { 1 },
            jobs_per_file: jobs,
        }
    }

    /// Threads the runtime needs: every test slot, plus one preparing each file.
    pub fn blocking_threads(&self) -> usize {
        self.files * (self.jobs_per_file + 1)
    }
}

/// A solution to judge against its loaded problem.
#[derive(Debug, Clone)]
pub struct Job {
    pub solution: Solution,
    /// The path given to the runner, relative to the current folder: compiler messages and
    /// tracebacks name the file this way.
    pub shown: String,
    pub problem: Arc<Problem>,
}

/// What became of one file.
#[derive(Debug, Clone)]
pub enum Outcome {
    Judged(Box<RunReport>),
    /// Not started: `--fail-fast` stopped the check, or a toolchain is missing.
    NotRun,
    /// The judge could not judge it (verdict IE), with why.
    Failed(String),
}

#[derive(Debug, Clone)]
pub struct FileResult {
    pub job: Job,
    pub outcome: Outcome,
}

impl FileResult {
    /// The verdict, when the file was judged (IE when it could not be).
    pub fn verdict(&self) -> Option<Verdict> {
        match &self.outcome {
            Outcome::Judged(r) => Some(r.verdict),
            Outcome::Failed(_) => Some(Verdict::IE),
            Outcome::NotRun => None,
        }
    }

    pub fn total(&self) -> usize {
        self.job.problem.tests.len()
    }
}

/// The sink shared by the files' tasks: it receives every file's runner events, each with the
/// file's index as its run id, plus `NotRun` and `Failed` for files that were not judged.
pub type SharedSink = Arc<Mutex<dyn EventSink>>;

/// What `judge check` ends with, for its reporters ([`crate::report::Reporter`]): the table
/// (`check/terminal.rs`), the JSON document (`check/json.rs`), JUnit (`check/junit.rs`) and the
/// GitHub annotations (`check/github.rs`).
pub struct CheckDone {
    /// In the order of the jobs.
    pub results: Vec<FileResult>,
    /// Files that name no problem.
    pub skipped: Vec<super::discover::Skipped>,
    pub elapsed: std::time::Duration,
    /// The checked folder, as given.
    pub root: String,
    /// Where problems came from.
    pub catalog: String,
    pub selection: super::json::Selection,
}

/// Everything [`run_all`] found out.
pub struct RunAll {
    /// In the order of the jobs.
    pub results: Vec<FileResult>,
    /// A toolchain that is missing or broken: the check stopped starting files.
    pub fatal: Option<LangError>,
}

/// Judges every job, `plan.files` at a time in job order; with `fail_fast`, no file starts after
/// one fails (and within a file, no test after its first failure).
pub async fn run_all(
    jobs: Vec<Job>,
    config: &RunConfig,
    plan: Plan,
    fail_fast: bool,
    sink: SharedSink,
) -> RunAll {
    let config = RunConfig {
        jobs: plan.jobs_per_file,
        fail_fast,
        ..config.clone()
    };
    // A file's slot is taken here, in job order, before its task is spawned: files start in
    // job order whatever order the runtime polls the tasks in (with --fail-fast and one file at
    // a time, the first file is the one that stops the rest).
    let slots = Arc::new(tokio::sync::Semaphore::new(plan.files.max(1)));
    let stop = Arc::new(AtomicBool::new(false));
    let fatal: Arc<Mutex<Option<LangError>>> = Arc::new(Mutex::new(None));
    let mut handles = Vec::new();
    for (index, job) in jobs.into_iter().enumerate() {
        let (stop, fatal) = (stop.clone(), fatal.clone());
        let mut sink = sink.clone();
        let config = RunConfig {
            run_id: index,
            ..config.clone()
        };
        let slot = slots
            .clone()
            .acquire_owned()
            .await
            .expect("the semaphore is never closed");
        handles.push(tokio::spawn(async move {
            let _slot = slot;
            let outcome = if stop.load(Ordering::SeqCst) {
                Outcome::NotRun
            } else {
                let run =
                    runner::run(&job.problem, Path::new(&job.shown), &config, &mut sink).await;
                match run {
                    Ok(report) => Outcome::Judged(Box::new(report)),
                    Err(RunError::Lang(
                        e @ (LangError::ToolMissing { .. } | LangError::ToolBroken { .. }),
                    )) => {
                        stop.store(true, Ordering::SeqCst);
                        fatal
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .get_or_insert(e);
                        Outcome::NotRun
                    }
                    Err(e) => Outcome::Failed(e.to_string()),
                }
            };
            match &outcome {
                Outcome::Judged(_) => {} // the runner sent `Finished`
                Outcome::NotRun => sink.on_event(index, Event::NotRun),
                Outcome::Failed(e) => sink.on_event(index, Event::Failed(e.clone())),
            }
            let result = FileResult { job, outcome };
            if fail_fast && result.verdict().is_some_and(|v| v != Verdict::AC) {
                stop.store(true, Ordering::SeqCst);
            }
            result
        }));
    }
    let mut results = Vec::with_capacity(handles.len());
    for h in handles {
        results.push(h.await.expect("a file's task does not panic"));
    }
    let fatal = fatal.lock().unwrap_or_else(|e| e.into_inner()).take();
    RunAll { results, fatal }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plans() {
        let p = |jobs, files| {
            let p = Plan::for_jobs(jobs, files);
            (p.files, p.jobs_per_file)
        };
        assert_eq!(p(1, 10), (1, 1));
        assert_eq!(p(2, 10), (2, 2));
        assert_eq!(p(5, 10), (2, 5));
        assert_eq!(p(8, 1), (1, 8));
        assert_eq!(p(0, 0), (1, 1));
    }
}
