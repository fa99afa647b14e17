//! What the runner tells reporters ([`Event`]) and what it hands back ([`RunReport`]).

use std::time::Duration;

use serde::Serialize;

use super::process::{Ended, Process};
use crate::catalog::{Problem, TestCase};
use crate::lang::{CompileInfo, Language};
use crate::verdict::Verdict;

/// Progress of a run, in order: `Preparing`, `Started`, then `Compiled` (compiled languages),
/// then one `TestFinished` per test in test order, then `Finished`. A caller that judges many
/// solutions (`judge check`) numbers its runs ([`RunConfig::run_id`](super::RunConfig)) and sends
/// `NotRun` or `Failed` for a solution that was not judged, so one sink follows every run
/// through this one stream. Events are owned and `Send`.
#[derive(Debug, Clone)]
pub enum Event {
    /// The solution is being prepared (compiled, or its interpreter started).
    Preparing {
        language: Language,
    },
    Started {
        problem: String,
        language: Language,
        total: usize,
    },
    Compiled(CompileInfo),
    TestFinished(TestResult),
    Finished(Box<RunReport>),
    /// The caller did not start this run (`--fail-fast`, a missing toolchain).
    NotRun,
    /// The run could not be judged (verdict IE): the runner's error, as text.
    Failed(String),
}

/// Receives the runner's events, each with the id of its run (0 unless the caller numbers its
/// runs). Reporters implement it; `Send`, so a run can be a task of a multi-threaded runtime
/// (`judge check` runs several at once and shares one sink behind a mutex).
pub trait EventSink: Send {
    fn on_event(&mut self, _run: usize, _event: Event) {}
}

/// The sink that ignores every event: for callers that only want the final report.
impl EventSink for () {}

/// One sink shared by several runs.
impl<S: EventSink + ?Sized> EventSink for std::sync::Arc<std::sync::Mutex<S>> {
    fn on_event(&mut self, run: usize, event: Event) {
        // A reporter that panicked leaves nothing to protect: go on with what it holds.
        self.lock()
            .unwrap_or_else(|e| e.into_inner())
            .on_event(run, event)
    }
}

impl<S: EventSink + ?Sized> EventSink for Box<S> {
    fn on_event(&mut self, run: usize, event: Event) {
        (**self).on_event(run, event)
    }
}

impl<S: EventSink + ?Sized> EventSink for &mut S {
    fn on_event(&mut self, run: usize, event: Event) {
        (**self).on_event(run, event)
    }
}

/// Why a test got its verdict, as facts; the reporting layer (`report::words`) turns it into
/// a sentence and applies the hidden-test policy.
#[derive(Debug, Clone, PartialEq)]
pub enum Why {
    /// Accepted.
    Passed,
    /// The comparison's (or checker's) difference.
    Wrong(Difference),
    /// Stopped by a wall-clock deadline, not by the CPU limit.
    WallClock {
        wall: Duration,
        cpu: Duration,
        limit: Duration,
        /// Killed for being idle (asleep or blocked) past the time limit + 1 s, before the hard
        /// deadline; otherwise it ran to the hard deadline (a busy machine).
        idle: bool,
    },
    CpuLimit {
        limit: Duration,
    },
    MemoryLimit {
        limit_bytes: u64,
    },
    /// The sandbox refused one allocation of `bytes` that would have passed the memory limit.
    AllocationRefused {
        bytes: u64,
        limit_bytes: u64,
    },
    OutputLimit {
        limit_bytes: u64,
    },
    /// The scratch directory passed its quota.
    ScratchQuota {
        used_bytes: u64,
    },
    /// More threads at once than the sandbox allows (RE).
    TooManyThreads {
        peak: u64,
    },
    /// A runtime error that is a stack overflow: killed by SIGSEGV with its resident memory near
    /// the main stack's limit, or the Rust runtime's own "has overflowed its stack" and SIGABRT.
    StackOverflow(Ended),
    /// A runtime error, or a process that could not start (IE).
    Ended(Ended),
    /// The checker program failed (IE).
    CheckerFailed(String),
    /// The sandbox could not run the test, or the test's task failed (IE).
    Internal(String),
}

/// A wrong answer's difference.
#[derive(Debug, Clone, PartialEq)]
pub enum Difference {
    /// From the comparison or the checker: where the first difference is.
    Compared {
        message: String,
        /// Right except for whitespace.
        presentation: bool,
    },
    /// A function or design harness: the program ended before the solution returned.
    NoResult,
    /// The harness's result file was overwritten by the program.
    Overwritten(String),
    /// The solution does not fit the signature (the harness's message).
    Signature(String),
    /// A call of a design test failed.
    CallFailed { index: usize },
    /// A design harness returned something other than a list.
    NotAList(String),
}

/// The result of one test: its verdict and the facts behind it.
#[derive(Debug, Clone)]
pub struct TestResult {
    pub name: String,
    pub index: usize,
    pub verdict: Verdict,
    /// CPU time.
    pub cpu: Duration,
    /// For function and design problems: the CPU time of the calls of the user's code alone,
    /// as the harness measured it (without parsing the input or printing the result).
    pub call_cpu: Option<Duration>,
    pub wall: Duration,
    pub memory_kib: u64,
    pub hidden: bool,
    pub why: Why,
    /// A design test whose call failed: its index and method name.
    pub failed_call: Option<(usize, String)>,
    /// For failed tests: what is needed to show the failure (the reporters decide whether a
    /// hidden test's evidence may be shown).
    pub failure: Option<std::sync::Arc<Failure>>,
    /// What the test produced, when the run keeps outputs (only its start when
    /// [`TestResult::produced_file`] holds it).
    pub produced: Option<String>,
    /// All of what the test produced, when the run keeps outputs and it is larger than
    /// [`super::IN_MEMORY_BYTES`].
    pub produced_file: Option<std::sync::Arc<std::fs::File>>,
}

/// The lines around the first difference of two outputs too large to keep: what a diff shows.
#[derive(Debug, Clone, PartialEq)]
pub struct DiffWindow {
    /// The index of the window's first line in both outputs.
    pub first_line: usize,
    pub expected: String,
    pub actual: String,
}

impl DiffWindow {
    /// Lines of the window before the first difference, and in all.
    pub const BEFORE: usize = 20;
    pub const LINES: usize = 100;
    /// Bytes kept of each line of the window.
    pub const WIDTH: usize = 1000;
}

/// The evidence of a failed test.
#[derive(Debug, Clone)]
pub struct Failure {
    pub input: std::sync::Arc<str>,
    pub expected: std::sync::Arc<str>,
    /// Stdout for stdio problems; the JSON of the returned value otherwise.
    pub actual: Vec<u8>,
    /// For function and design problems: what the solution printed (apart from its result).
    pub printed: Option<Vec<u8>>,
    /// For design problems: the calls, one per line of `input`, aligned with the results.
    pub design: bool,
    pub stdout_bytes: u64,
    pub stderr_tail: Vec<u8>,
    pub stderr_bytes: u64,
    pub presentation: bool,
    /// When the outputs are too large to keep: the lines around their first difference
    /// (`actual` and `expected` then hold only their starts).
    pub window: Option<DiffWindow>,
    /// The lines of the whole output, when `actual` holds only its start.
    pub actual_lines: Option<usize>,
}

impl TestResult {
    pub fn internal_error(message: &str) -> TestResult {
        TestResult {
            name: String::new(),
            index: 0,
            verdict: Verdict::IE,
            cpu: Duration::ZERO,
            call_cpu: None,
            wall: Duration::ZERO,
            memory_kib: 0,
            hidden: false,
            why: Why::Internal(message.to_string()),
            failed_call: None,
            failure: None,
            produced: None,
            produced_file: None,
        }
    }

    pub(super) fn from_process(
        test: &TestCase,
        verdict: Verdict,
        why: Why,
        mut process: Process,
        returned: Option<serde_json::Value>,
        window: Option<DiffWindow>,
    ) -> TestResult {
        let presentation = matches!(
            why,
            Why::Wrong(Difference::Compared {
                presentation: true,
                ..
            })
        );
        let actual_lines = process.stdout_file.as_ref().and_then(|f| {
            use crate::compare::text::{count, FileText, Text};
            let mut t = FileText::new(f.clone()).ok()?;
            let len = t.len();
            // Lines as the reports count them: a last line without `\n` counts too.
            let ends = len > 0 && crate::compare::text::head(&mut t, len - 1..len, 1) != b"\n";
            Some(count(&mut t, 0..len, b'\n') + usize::from(ends))
        });
        if process.stdout_file.is_some() {
            // A large output is kept by its start: what a report shows of it.
            process.stdout.truncate(super::SHOWN_BYTES);
            process.stdout.shrink_to_fit();
        }
        let failure = (verdict != Verdict::AC).then(|| {
            let (actual, printed) = match test.values {
                None => (process.stdout, None),
                Some(_) => (
                    returned
                        .map(|v| v.to_string().into_bytes())
                        .unwrap_or_default(),
                    Some(process.stdout),
                ),
            };
            std::sync::Arc::new(Failure {
                input: test.input.clone(),
                expected: test.output.shared(),
                actual,
                printed,
                design: test.values.as_deref().is_some_and(|v| v.is_design()),
                stdout_bytes: process.stdout_bytes,
                stderr_tail: process.stderr_tail,
                stderr_bytes: process.stderr_bytes,
                presentation,
                window,
                actual_lines: actual_lines.filter(|_| test.values.is_none()),
            })
        });
        TestResult {
            name: test.name.clone(),
            index: 0,
            verdict,
            cpu: process.cpu,
            call_cpu: None,
            wall: process.wall,
            memory_kib: process.peak_memory_kib,
            hidden: !test.sample,
            why,
            failed_call: None,
            failure,
            produced: None,
            produced_file: None,
        }
    }
}

/// The isolation level of a run and its layers, for reports.
#[derive(Debug, Clone, Serialize)]
pub struct IsolationSummary {
    pub level: String,
    pub on: Vec<String>,
    pub off: Vec<String>,
}

impl From<&sandbox::Isolation> for IsolationSummary {
    fn from(i: &sandbox::Isolation) -> Self {
        let names = |on: bool| {
            i.layers
                .iter()
                .filter(|l| l.on == on)
                .map(|l| l.name.clone())
                .collect()
        };
        IsolationSummary {
            level: i.level.clone(),
            on: names(true),
            off: names(false),
        }
    }
}

/// The result of a whole run.
#[derive(Debug, Clone)]
pub struct RunReport {
    pub problem: String,
    pub language: Language,
    pub verdict: Verdict,
    pub passed: usize,
    pub total: usize,
    /// Tests not run because of `--fail-fast`.
    pub skipped: usize,
    pub compile: Option<CompileInfo>,
    pub compile_error: Option<String>,
    /// The isolation the tests ran under.
    pub isolation: Option<IsolationSummary>,
    /// The judge's own peak memory during the run.
    pub judge_memory_kib: u64,
    /// The largest CPU time of any test.
    pub max_cpu: Duration,
    pub max_memory_kib: u64,
    pub tests: Vec<TestResult>,
    /// A progressive problem: the tests passed per level, for the levels with selected tests.
    pub levels: Vec<LevelCount>,
}

/// The tests of one level of a progressive problem that passed, of those selected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct LevelCount {
    pub level: usize,
    pub passed: usize,
    pub total: usize,
    /// The verdict of the level's first failed test, AC when all passed; `None` when none
    /// failed but some were skipped (--fail-fast).
    pub verdict: Option<Verdict>,
}

impl LevelCount {
    /// Every selected test of the level passed.
    pub fn passed_all(&self) -> bool {
        self.passed == self.total
    }
}

impl RunReport {
    pub(super) fn new(problem: &Problem, language: Language, total: usize) -> Self {
        RunReport {
            problem: problem.slug().to_string(),
            language,
            verdict: Verdict::AC,
            passed: 0,
            total,
            skipped: 0,
            compile: None,
            compile_error: None,
            isolation: None,
            judge_memory_kib: 0,
            max_cpu: Duration::ZERO,
            max_memory_kib: 0,
            tests: Vec::new(),
            levels: Vec::new(),
        }
    }

    /// Counts the results per level of a progressive problem (`selected`: the names of the
    /// tests that were to run); tests skipped by --fail-fast count as not passed.
    pub(super) fn count_levels(&mut self, problem: &Problem, selected: &[&str]) {
        let Some(prog) = &problem.progression else {
            return;
        };
        self.levels = (1..=prog.levels.len())
            .filter_map(|level| {
                let total = selected
                    .iter()
                    .filter(|t| prog.level_of(t) == Some(level))
                    .count();
                let ran: Vec<&TestResult> = self
                    .tests
                    .iter()
                    .filter(|t| prog.level_of(&t.name) == Some(level))
                    .collect();
                let passed = ran.iter().filter(|t| t.verdict == Verdict::AC).count();
                let verdict = match ran.iter().find(|t| t.verdict != Verdict::AC) {
                    Some(t) => Some(t.verdict),
                    None if passed == total => Some(Verdict::AC),
                    None => None,
                };
                (total > 0).then_some(LevelCount {
                    level,
                    passed,
                    total,
                    verdict,
                })
            })
            .collect();
    }

    pub(super) fn push(&mut self, r: TestResult) {
        if r.verdict == Verdict::AC {
            self.passed += 1;
        }
        self.max_cpu = self.max_cpu.max(r.cpu);
        self.max_memory_kib = self.max_memory_kib.max(r.memory_kib);
        self.tests.push(r);
    }

    pub(super) fn finish_compile_error(&mut self, message: String) {
        self.verdict = Verdict::CE;
        self.compile_error = Some(message);
    }

    /// The overall verdict is that of the first test that failed, in test order.
    pub(super) fn finish(&mut self) {
        self.verdict = self
            .tests
            .iter()
            .map(|t| t.verdict)
            .find(|v| *v != Verdict::AC)
            .unwrap_or(Verdict::AC);
        if self.verdict == Verdict::AC && self.passed < self.total {
            // Every reported test passed but some never ran: that cannot be an AC.
            self.verdict = Verdict::IE;
        }
    }
}
