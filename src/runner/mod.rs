//! The runner: prepares a solution, runs the selected tests in parallel in the sandbox, judges
//! each one, and emits [`Event`]s in test order. It never prints; reporters render the events.

pub mod authors;
mod checker;
mod events;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

pub use events::{Event, EventSink, Failure, RunReport, TestResult};

use crate::catalog::{Interface, Problem, TestCase, TestValues};
use crate::compare::{self, Comparison, Judgement};
use crate::harness::{self, HarnessResult};
use crate::lang::{self, Executable, LangError, Language, PrepareOptions, Prepared};
use crate::verdict::{classify, Check, Ending, Facts, Verdict};
use sandbox::{LimitKind, Sandbox, Stdin, Termination};

/// What to run and how.
#[derive(Debug, Clone)]
pub struct RunConfig {
    /// Tests run at once.
    pub jobs: usize,
    /// Stop starting tests after the first failure.
    pub fail_fast: bool,
    /// Run only the visible sample tests.
    pub samples_only: bool,
    /// Run only tests whose name contains this.
    pub filter: Option<String>,
    /// Coloured compiler diagnostics.
    pub color: bool,
    pub cache_dir: PathBuf,
    /// The binary that acts as the sandbox launcher (the judge itself).
    pub launcher: PathBuf,
    /// What the sandbox probe found; its layers are applied to every run.
    pub isolation: sandbox::Isolation,
    /// Keep what each test produced (stdout, or the returned value as JSON) in
    /// [`TestResult::produced`]: how generated tests get their expected outputs.
    pub keep_outputs: bool,
    /// Show why a hidden test failed in full (problem authors in `judge validate`); otherwise a
    /// hidden wrong answer says only its verdict.
    pub reveal_hidden: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    Lang(#[from] LangError),
    #[error("no test of `{problem}` matches {what}")]
    NoTests { problem: String, what: String },
    #[error("cannot create a working directory: {0}")]
    Io(#[from] std::io::Error),
}

/// Runs `solution` against `problem`, reporting progress to `sink`.
pub async fn run(
    problem: &Problem,
    solution: &Path,
    config: &RunConfig,
    sink: &mut dyn EventSink,
) -> Result<RunReport, RunError> {
    let language = Language::from_path(solution)?;
    let source = std::fs::read(solution).map_err(|source| LangError::Read {
        file: solution.display().to_string(),
        source,
    })?;
    let selected: Vec<usize> = problem
        .tests
        .iter()
        .enumerate()
        .filter(|(_, t)| !config.samples_only || t.sample)
        .filter(|(_, t)| {
            config
                .filter
                .as_ref()
                .is_none_or(|f| t.name.contains(f.as_str()))
        })
        .map(|(i, _)| i)
        .collect();
    if selected.is_empty() {
        let what = match (&config.filter, config.samples_only) {
            (Some(f), true) => format!("`{f}` among the samples"),
            (Some(f), false) => format!("`{f}`"),
            (None, _) => "--samples: it has no sample tests".to_string(),
        };
        return Err(RunError::NoTests {
            problem: problem.slug().to_string(),
            what,
        });
    }
    let mut report = RunReport::new(problem, language, selected.len());
    report.isolation = Some(events::IsolationSummary::from(&config.isolation));

    let run_dir = sandbox::RunDir::new("judge-")?;
    let unprivileged = config.isolation.apply.run_as.is_some();
    if unprivileged {
        // Solutions run as another user: they must reach the files saved for them here.
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(run_dir.path(), std::fs::Permissions::from_mode(0o755))?;
    }
    let opts = PrepareOptions {
        color: config.color,
        cache_dir: config.cache_dir.clone(),
        run_dir: run_dir.path().to_path_buf(),
        unprivileged,
    };
    let prepared = {
        let (source, solution, opts) = (source.clone(), solution.to_path_buf(), opts.clone());
        let iface = problem.interface.clone();
        tokio::task::spawn_blocking(move || {
            lang::prepare(language, &solution, &source, &iface, &opts)
        })
        .await
        .expect("prepare does not panic")?
    };
    // Announced once the toolchain is known to work, so a missing compiler is a clean error.
    sink.on_event(&Event::Started {
        problem: problem.slug(),
        language,
        total: selected.len(),
    });
    let sandbox = Sandbox::new(&config.launcher).with_layers(config.isolation.apply.clone());
    let (mut exe, check) = match prepared {
        Prepared::CompileError { message, compile } => {
            report.compile = Some(compile);
            report.finish_compile_error(message);
            sink.on_event(&Event::Finished(&report));
            return Ok(report);
        }
        Prepared::Ready {
            exe,
            compile,
            check,
        } => {
            report.compile = compile;
            if let Some(c) = compile {
                sink.on_event(&Event::Compiled(c));
            }
            (exe, check)
        }
    };
    if unprivileged && !sandbox::readable_by_others(&exe.program) {
        // A compiled solution cached in the root user's home: run a copy the user can reach.
        let copy = run_dir.path().join("solution-bin");
        std::fs::copy(&exe.program, &copy)?;
        exe.read_paths = vec![copy.clone()];
        exe.program = copy;
    }
    if let Some(check) = check {
        let iface = problem.interface.clone();
        let sb = sandbox.clone();
        let result = tokio::task::spawn_blocking(move || signature_check(&sb, &check, &iface))
            .await
            .expect("the signature check does not panic");
        if let Some(message) = result {
            report.finish_compile_error(message);
            sink.on_event(&Event::Finished(&report));
            return Ok(report);
        }
    }

    let ctx = Arc::new(TestContext {
        sandbox,
        exe,
        interface: problem.interface.clone(),
        checker: std::sync::Mutex::new(None),
        authors: problem.limits.authors,
        run_dir: run_dir.path().to_path_buf(),
        first_failure: AtomicUsize::new(usize::MAX),
        fail_fast: config.fail_fast,
        keep_outputs: config.keep_outputs,
        reveal_hidden: config.reveal_hidden,
    });
    let jobs = config.jobs.max(1);
    let semaphore = Arc::new(tokio::sync::Semaphore::new(jobs));
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    for (pos, &index) in selected.iter().enumerate() {
        let test = problem.tests[index].clone();
        let limits = problem.limits_for(&test, language.name());
        let compare = problem.compare_for(&test).clone();
        let (ctx, tx, semaphore) = (ctx.clone(), tx.clone(), semaphore.clone());
        tokio::spawn(async move {
            let _permit = semaphore
                .acquire_owned()
                .await
                .expect("semaphore is never closed");
            // With fail-fast, a test after a failed one is skipped, but every test before it
            // still runs: the reported failure is the first in test order, whichever finishes
            // first.
            let result = if ctx.fail_fast && pos > ctx.first_failure.load(Ordering::Relaxed) {
                None
            } else {
                let ctx2 = ctx.clone();
                let r = tokio::task::spawn_blocking(move || ctx2.run_test(&test, limits, &compare))
                    .await
                    .unwrap_or_else(|e| TestResult::internal_error(&e.to_string()));
                if r.verdict != Verdict::AC && ctx.fail_fast {
                    ctx.first_failure.fetch_min(pos, Ordering::Relaxed);
                }
                Some(r)
            };
            let _ = tx.send((pos, result));
        });
    }
    drop(tx);

    // Results arrive in completion order; report them in test order.
    let mut pending: Vec<Option<Option<TestResult>>> = vec![None; selected.len()];
    let mut next = 0;
    let mut stopped = false;
    while let Some((pos, result)) = rx.recv().await {
        pending[pos] = Some(result);
        while next < pending.len() {
            let Some(slot) = pending[next].take() else {
                break;
            };
            next += 1;
            match slot {
                Some(mut r) if !stopped => {
                    r.index = selected[next - 1];
                    let failed = r.verdict != Verdict::AC;
                    sink.on_event(&Event::TestFinished(&r));
                    report.push(r);
                    stopped = failed && config.fail_fast;
                }
                _ => report.skipped += 1,
            }
        }
    }
    report.finish();
    report.judge_memory_kib = sandbox::self_peak_memory_kib();
    sink.on_event(&Event::Finished(&report));
    Ok(report)
}

/// What every test of one run shares.
struct TestContext {
    sandbox: Sandbox,
    exe: Executable,
    interface: Interface,
    /// The checker program, prepared on first use.
    checker: std::sync::Mutex<Option<Result<Executable, String>>>,
    /// The limits of the problem's own programs, the checker's among them.
    authors: crate::catalog::Limits,
    run_dir: PathBuf,
    /// The position of the first failed test so far (fail-fast), or usize::MAX.
    first_failure: AtomicUsize,
    fail_fast: bool,
    keep_outputs: bool,
    reveal_hidden: bool,
}

impl TestContext {
    fn run_test(
        &self,
        test: &TestCase,
        limits: crate::catalog::Limits,
        compare: &Comparison,
    ) -> TestResult {
        let sandbox_limits = sandbox::Limits {
            memory_bytes: Some(limits.memory_bytes),
            output_bytes: limits.output_bytes,
            ..sandbox::Limits::with_cpu(limits.time)
        };
        let stdin = match &test.values {
            None => test.input.as_bytes().to_vec(),
            Some(values) => harness::stdin_document(&self.interface, values).into_bytes(),
        };
        let mut cmd = self.exe.command(sandbox_limits).stdin(Stdin::Bytes(stdin));
        if test.values.is_some() {
            cmd = cmd.capture_file(harness::RESULT_FILE);
        }
        let outcome = match self.sandbox.run(&cmd) {
            Ok(o) => o,
            Err(e) => return TestResult::internal_error(&format!("sandbox failed: {e}")),
        };
        let ending = match &outcome.termination {
            Termination::Exited(c) => Ending::Exited(*c),
            Termination::Signaled(s) => Ending::Signaled(*s),
            Termination::NotStarted(_) => Ending::NotStarted,
        };
        let result = test
            .values
            .as_ref()
            .map(|_| HarnessResult::parse(outcome.captured.as_deref()));
        let mut judgement = None;
        let mut checker_error = None;
        let check = if ending == Ending::Exited(0) && outcome.limits_hit.is_empty() {
            let j = match (&test.values, &result, compare) {
                (None, _, Comparison::Checker { name, source }) => checker::run(
                    self,
                    name,
                    source,
                    &test.input,
                    &test.output,
                    &outcome.stdout,
                ),
                (None, _, mode) => Ok(compare::compare(
                    mode,
                    test.output.as_bytes(),
                    &outcome.stdout,
                )),
                (Some(values), Some(r), mode) => self.judge_values(test, values, r, mode),
                (Some(_), None, _) => unreachable!("a result is parsed for every value test"),
            };
            let j = match j {
                Ok(j) => Some(j),
                Err(e) => {
                    checker_error = Some(e);
                    None
                }
            };
            let c = match &j {
                Some(Judgement::Accepted) => Check::Accepted,
                Some(Judgement::Wrong { .. }) => Check::Wrong,
                None => Check::CheckerFailed,
            };
            judgement = j;
            c
        } else {
            Check::NotRun
        };
        let verdict = classify(&Facts {
            ending,
            limits_hit: &outcome.limits_hit,
            check,
        });
        let mut detail = describe(
            verdict,
            &outcome,
            &limits,
            judgement.as_ref(),
            checker_error.as_deref(),
        );
        if verdict == Verdict::WA && !test.sample && !self.reveal_hidden {
            // A hidden test shows its verdict, never its data: the expected values in a
            // comparison message would give the test away.
            detail = match judgement.as_ref() {
                Some(Judgement::Wrong {
                    presentation: true, ..
                }) => "presentation error (hidden test: only the verdict is shown)".to_string(),
                _ => "hidden test: only the verdict is shown".to_string(),
            };
        }
        if let (
            Some(HarnessResult::FailedCall { index, .. }),
            Some(TestValues::Design { calls, .. }),
        ) = (&result, &test.values)
        {
            if verdict == Verdict::RE {
                let name = calls.get(*index).map(String::as_str).unwrap_or("?");
                detail = format!("call {index} `{name}` failed: {detail}");
            }
        }
        let returned = match &result {
            Some(HarnessResult::Ok(v)) => Some(v.clone()),
            _ => None,
        };
        let produced = self.keep_outputs.then(|| match &returned {
            Some(v) => v.to_string(),
            None => String::from_utf8_lossy(&outcome.stdout).into_owned(),
        });
        let mut r = TestResult::from_outcome(test, verdict, detail, outcome, judgement, returned);
        r.produced = produced;
        r
    }

    /// Judges what a function or design harness reported.
    fn judge_values(
        &self,
        test: &TestCase,
        values: &TestValues,
        result: &HarnessResult,
        mode: &Comparison,
    ) -> Result<Judgement, String> {
        let wrong = |message: String| Judgement::Wrong {
            message,
            presentation: false,
        };
        let actual = match result {
            HarnessResult::Ok(v) => v,
            HarnessResult::Missing => return Ok(wrong(
                "no result: the program ended before the solution returned (did it call exit()?)"
                    .to_string(),
            )),
            HarnessResult::Malformed(m) => {
                return Ok(wrong(format!(
                    "the result was overwritten by the program: {m}"
                )))
            }
            HarnessResult::SignatureError(m) => return Ok(wrong(m.clone())),
            HarnessResult::FailedCall { index, .. } => {
                return Ok(wrong(format!("call {index} failed")))
            }
        };
        if let Comparison::Checker { name, source } = mode {
            let input = match (values, &self.interface) {
                (TestValues::Function { args, .. }, Interface::Function(sig)) => {
                    let map: serde_json::Map<String, serde_json::Value> = sig
                        .params
                        .iter()
                        .zip(args)
                        .map(|(p, a)| (p.name.clone(), a.clone()))
                        .collect();
                    serde_json::Value::Object(map).to_string()
                }
                (TestValues::Design { calls, args, .. }, _) => {
                    serde_json::json!({"calls": calls, "args": args}).to_string()
                }
                _ => unreachable!("function tests belong to function problems"),
            };
            let actual = actual.to_string();
            return checker::run(self, name, source, &input, &test.output, actual.as_bytes());
        }
        Ok(match values {
            TestValues::Function { expected, .. } => {
                compare::compare_values(mode, expected, actual)
            }
            TestValues::Design {
                calls,
                args,
                expected,
            } => match actual.as_array() {
                Some(actual) => compare::compare_design(mode, calls, args, expected, actual),
                None => wrong(format!(
                    "the harness returned {actual}, not a list of call results"
                )),
            },
        })
    }
}

/// Runs the harness's signature check once; returns the message of a signature error.
fn signature_check(sandbox: &Sandbox, check: &Executable, iface: &Interface) -> Option<String> {
    let cmd = check
        .command(sandbox::Limits::with_cpu(Duration::from_secs(5)))
        .stdin(Stdin::Bytes(harness::check_document(iface).into_bytes()))
        .capture_file(harness::RESULT_FILE);
    // Anything but a clear signature error (a crash while loading, a timeout) is left for the
    // tests to report, with their traceback.
    let outcome = sandbox.run(&cmd).ok()?;
    match HarnessResult::parse(outcome.captured.as_deref()) {
        HarnessResult::SignatureError(m) => Some(m),
        _ => None,
    }
}

fn secs(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

fn mib(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{} KiB", bytes >> 10)
    }
}

/// One line saying why a test got its verdict.
fn describe(
    verdict: Verdict,
    outcome: &sandbox::Outcome,
    limits: &crate::catalog::Limits,
    judgement: Option<&Judgement>,
    checker_error: Option<&str>,
) -> String {
    let ended = match &outcome.termination {
        Termination::Exited(c) => format!("exit code {c}"),
        Termination::Signaled(s) => format!("killed by {}", sandbox::signal_name(*s)),
        Termination::NotStarted(why) => why.clone(),
    };
    match verdict {
        Verdict::AC => String::new(),
        Verdict::WA => match judgement {
            Some(Judgement::Wrong {
                message,
                presentation: true,
            }) => {
                format!("presentation error: the answer is right except for whitespace ({message})")
            }
            Some(Judgement::Wrong { message, .. }) => message.clone(),
            _ => String::new(),
        },
        Verdict::TLE if outcome.hit(LimitKind::Wall) && !outcome.hit(LimitKind::Cpu) => {
            // Killed before the hard deadline: for being idle past the time limit + 1 s.
            if outcome.wall < sandbox::Limits::with_cpu(limits.time).wall() {
                format!(
                    "wall-clock limit: the program slept or blocked for {} (CPU time {})",
                    secs(outcome.wall),
                    secs(outcome.cpu)
                )
            } else {
                format!(
                    "wall-clock limit: stopped after {} with CPU time {}; the machine may be overloaded",
                    secs(outcome.wall),
                    secs(outcome.cpu)
                )
            }
        }
        Verdict::TLE => format!("CPU time limit {} exceeded", secs(limits.time)),
        Verdict::MLE => match outcome.refused_allocation_bytes {
            Some(b) => format!(
                "an allocation of {} would pass the memory limit {}",
                mib(b),
                mib(limits.memory_bytes)
            ),
            None => format!("memory limit {} reached", mib(limits.memory_bytes)),
        },
        Verdict::OLE if outcome.hit(LimitKind::Scratch) => {
            format!(
                "the scratch directory passed its quota ({} used)",
                mib(outcome.scratch_bytes)
            )
        }
        Verdict::OLE => format!("output exceeded the limit of {}", mib(limits.output_bytes)),
        Verdict::RE if outcome.hit(LimitKind::Threads) => {
            format!("too many threads ({} at once)", outcome.peak_threads)
        }
        Verdict::RE => ended,
        Verdict::IE => checker_error.map(str::to_string).unwrap_or(ended),
        Verdict::CE => String::new(),
    }
}
