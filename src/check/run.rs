//! Judging many solution files in one runtime ([`run_all`]): a few files at a time, each through
//! [`runner::run`] with its own share of test slots, reported to an [`Observer`] as they go.
//!
//! `runner::run` takes its event sink as `&mut dyn EventSink`, which is not `Send`, so the files
//! run as local tasks of one `LocalSet` on the calling thread; the tests themselves still run on
//! the runtime's blocking threads.

use std::cell::{Cell, RefCell};
use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;

use super::discover::Solution;
use crate::catalog::Problem;
use crate::lang::LangError;
use crate::runner::{self, Event, EventSink, RunConfig, RunError, RunReport, TestResult};
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

/// Receives progress. Calls come from the thread that awaits [`run_all`].
pub trait Observer {
    /// A file got its slot and is being prepared (compiled, for Rust).
    fn file_started(&mut self, index: usize, job: &Job);
    /// Its `tests` tests start.
    fn tests_started(&mut self, index: usize, tests: usize);
    fn test_finished(&mut self, index: usize, test: &TestResult);
    /// In completion order, which may differ from file order.
    fn file_finished(&mut self, index: usize, result: &FileResult);
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
    observer: Rc<RefCell<dyn Observer>>,
) -> RunAll {
    let config = RunConfig {
        jobs: plan.jobs_per_file,
        fail_fast,
        ..config.clone()
    };
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async move {
            // Tokio's semaphore is fair: files start in job order.
            let slots = Rc::new(tokio::sync::Semaphore::new(plan.files.max(1)));
            let stop = Rc::new(Cell::new(false));
            let fatal: Rc<RefCell<Option<LangError>>> = Rc::new(RefCell::new(None));
            let mut handles = Vec::new();
            for (index, job) in jobs.into_iter().enumerate() {
                let (slots, stop, fatal) = (slots.clone(), stop.clone(), fatal.clone());
                let (config, observer) = (config.clone(), observer.clone());
                handles.push(tokio::task::spawn_local(async move {
                    let _slot = slots
                        .acquire()
                        .await
                        .expect("the semaphore is never closed");
                    let outcome = if stop.get() {
                        Outcome::NotRun
                    } else {
                        observer.borrow_mut().file_started(index, &job);
                        let mut sink = FileSink {
                            index,
                            observer: observer.clone(),
                        };
                        let run =
                            runner::run(&job.problem, Path::new(&job.shown), &config, &mut sink)
                                .await;
                        match run {
                            Ok(report) => Outcome::Judged(Box::new(report)),
                            Err(RunError::Lang(
                                e @ (LangError::ToolMissing { .. } | LangError::ToolBroken { .. }),
                            )) => {
                                stop.set(true);
                                fatal.borrow_mut().get_or_insert(e);
                                Outcome::NotRun
                            }
                            Err(e) => Outcome::Failed(e.to_string()),
                        }
                    };
                    let result = FileResult { job, outcome };
                    if fail_fast && result.verdict().is_some_and(|v| v != Verdict::AC) {
                        stop.set(true);
                    }
                    observer.borrow_mut().file_finished(index, &result);
                    result
                }));
            }
            let mut results = Vec::with_capacity(handles.len());
            for h in handles {
                results.push(h.await.expect("a file's task does not panic"));
            }
            let fatal = fatal.borrow_mut().take();
            RunAll { results, fatal }
        })
        .await
}

/// Forwards one file's runner events to the observer.
struct FileSink {
    index: usize,
    observer: Rc<RefCell<dyn Observer>>,
}

impl EventSink for FileSink {
    fn on_event(&mut self, event: &Event) {
        match event {
            Event::Started { total, .. } => {
                self.observer.borrow_mut().tests_started(self.index, *total)
            }
            Event::TestFinished(t) => self.observer.borrow_mut().test_finished(self.index, t),
            Event::Compiled(_) | Event::Finished(_) => {}
        }
    }
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
