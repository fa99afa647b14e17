//! What the runner tells reporters ([`Event`]) and what it hands back ([`RunReport`]).

use std::time::Duration;

use serde::Serialize;

use crate::catalog::{Problem, TestCase};
use crate::compare::Judgement;
use crate::lang::{CompileInfo, Language};
use crate::ser::ser_millis;
use crate::verdict::Verdict;

/// Progress of a run, in order: `Started`, then `Compiled` (compiled languages), then one
/// `TestFinished` per test in test order, then `Finished`.
#[derive(Debug)]
pub enum Event<'a> {
    Started {
        problem: &'a str,
        language: Language,
        total: usize,
    },
    Compiled(CompileInfo),
    TestFinished(&'a TestResult),
    Finished(&'a RunReport),
}

/// Receives the runner's events. Reporters implement it; `Send`, so a run can be a task of a
/// multi-threaded runtime (`judge check` runs several at once).
pub trait EventSink: Send {
    fn on_event(&mut self, _event: &Event) {}
}

/// The sink that ignores every event: for callers that only want the final report.
impl EventSink for () {}

/// The result of one test.
#[derive(Debug, Clone, Serialize)]
pub struct TestResult {
    pub name: String,
    #[serde(skip)]
    pub index: usize,
    pub verdict: Verdict,
    /// CPU time.
    #[serde(rename = "time_ms", serialize_with = "ser_millis")]
    pub cpu: Duration,
    #[serde(rename = "wall_ms", serialize_with = "ser_millis")]
    pub wall: Duration,
    pub memory_kib: u64,
    pub hidden: bool,
    /// Why the verdict, in one line; empty for AC.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub detail: String,
    /// For failed visible tests: what is needed to show the failure.
    #[serde(skip)]
    pub failure: Option<Box<Failure>>,
    /// What the test produced, when the run keeps outputs.
    #[serde(skip)]
    pub produced: Option<String>,
}

/// The evidence of a failed visible test.
#[derive(Debug, Clone)]
pub struct Failure {
    pub input: String,
    pub expected: String,
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
}

impl TestResult {
    pub fn internal_error(message: &str) -> TestResult {
        TestResult {
            name: String::new(),
            index: 0,
            verdict: Verdict::IE,
            cpu: Duration::ZERO,
            wall: Duration::ZERO,
            memory_kib: 0,
            hidden: false,
            detail: message.to_string(),
            failure: None,
            produced: None,
        }
    }

    pub(super) fn from_outcome(
        test: &TestCase,
        verdict: Verdict,
        detail: String,
        outcome: sandbox::Outcome,
        judgement: Option<Judgement>,
        returned: Option<serde_json::Value>,
    ) -> TestResult {
        let failure = (verdict != Verdict::AC && test.sample).then(|| {
            let (actual, printed) = match test.values {
                None => (outcome.stdout, None),
                Some(_) => (
                    returned
                        .map(|v| v.to_string().into_bytes())
                        .unwrap_or_default(),
                    Some(outcome.stdout),
                ),
            };
            Box::new(Failure {
                input: test.input.clone(),
                expected: test.output.clone(),
                actual,
                printed,
                design: matches!(test.values, Some(crate::catalog::TestValues::Design { .. })),
                stdout_bytes: outcome.stdout_bytes,
                stderr_tail: outcome.stderr_tail,
                stderr_bytes: outcome.stderr_bytes,
                presentation: matches!(
                    judgement,
                    Some(Judgement::Wrong {
                        presentation: true,
                        ..
                    })
                ),
            })
        });
        TestResult {
            name: test.name.clone(),
            index: 0,
            verdict,
            cpu: outcome.cpu,
            wall: outcome.wall,
            memory_kib: outcome.peak_memory_kib,
            hidden: !test.sample,
            detail,
            failure,
            produced: None,
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
#[derive(Debug, Clone, Serialize)]
pub struct RunReport {
    pub problem: String,
    pub language: Language,
    pub verdict: Verdict,
    pub passed: usize,
    pub total: usize,
    /// Tests not run because of `--fail-fast`.
    pub skipped: usize,
    pub compile: Option<CompileInfo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compile_error: Option<String>,
    /// The isolation the tests ran under.
    pub isolation: Option<IsolationSummary>,
    /// The judge's own peak memory during the run.
    pub judge_memory_kib: u64,
    /// The largest CPU time of any test.
    #[serde(rename = "max_time_ms", serialize_with = "ser_millis")]
    pub max_cpu: Duration,
    pub max_memory_kib: u64,
    pub tests: Vec<TestResult>,
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
        }
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

    /// The first failed test that may be shown in full.
    pub fn first_visible_failure(&self) -> Option<&TestResult> {
        self.tests.iter().find(|t| t.failure.is_some())
    }
}
