//! The runner: prepares a solution, runs the selected tests in parallel in the sandbox, judges
//! each one, and emits [`Event`]s in test order. It never prints; reporters render the events.

pub mod authors;
mod checker;
mod events;
mod process;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

pub use events::{
    DiffWindow, Difference, Event, EventSink, Failure, IsolationSummary, LevelCount, RunReport,
    TestResult, Why,
};
use process::Process;
pub use process::{Ended, LimitsHit};

use crate::catalog::{Interface, Problem, TestCase, TestValues};
use crate::compare::{self, Comparison, Judgement};
use crate::harness::{self, HarnessResult};
use crate::lang::{self, Executable, LangError, Language, PrepareOptions, Prepared};
use crate::verdict::{classify, Check, Ending, Facts, Verdict};
use sandbox::{Sandbox, Stdin};

/// A solution's stdout up to this size is read into memory and compared there, as it always
/// was; a larger one stays in the file the sandbox wrote it to and is compared from there in
/// pieces ([`compare::text`]), as is a generated expected output of that size (kept in the
/// cache), so that the judge's own memory does not grow with what a solution prints: each
/// test holds at most this, a 64 KiB window per side and what a report shows of it.
pub const IN_MEMORY_BYTES: u64 = 1 << 20;

/// What a failed test keeps of an output larger than [`IN_MEMORY_BYTES`]: its start (the
/// reports show a few lines of it) and a [`DiffWindow`] around the first difference.
pub const SHOWN_BYTES: usize = 64 << 10;

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
    /// The id this run's events carry: callers that judge many solutions into one sink
    /// number them (`judge check`: the file's index); 0 otherwise.
    pub run_id: usize,
    /// Have the harness measure the CPU time of the solution's calls (a test result's
    /// `call_cpu`), for the complexity report. Off for judging: reading a CPU
    /// clock around each call of a design test is a system call each time, 0.1 to 0.3 s of a
    /// test of 2 * 10^5 calls.
    pub time_calls: bool,
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
    let run_id = config.run_id;
    sink.on_event(run_id, Event::Preparing { language });
    let ready = prepare_source(problem, solution, language, source, config).await?;
    run_ready(&ready, problem, selected, config, sink).await
}

/// A solution made ready once (compiled, its signature checked, in its run directory), to be
/// run on many sets of tests ([`run_prepared`]): `judge stress` judges a few inputs at a time.
pub struct Ready {
    language: Language,
    run_dir: sandbox::RunDir,
    sandbox: Sandbox,
    compile: Option<lang::CompileInfo>,
    /// The executable, or the compile error (or signature error) that stops every run.
    exe: Result<Executable, String>,
    /// Its fork-servers, kept for every set of tests run with it (`judge stress`).
    servers: Arc<std::sync::Mutex<Servers>>,
}

impl Ready {
    /// The compile (or signature) error, if the solution cannot run.
    pub fn compile_error(&self) -> Option<&str> {
        self.exe.as_ref().err().map(String::as_str)
    }
}

/// Prepares `solution` for `problem` once; see [`Ready`].
pub async fn prepare(
    problem: &Problem,
    solution: &Path,
    config: &RunConfig,
) -> Result<Ready, RunError> {
    let language = Language::from_path(solution)?;
    let source = std::fs::read(solution).map_err(|source| LangError::Read {
        file: solution.display().to_string(),
        source,
    })?;
    prepare_source(problem, solution, language, source, config).await
}

/// Runs every test of `problem` with a solution prepared by [`prepare`].
pub async fn run_prepared(
    ready: &Ready,
    problem: &Problem,
    config: &RunConfig,
    sink: &mut dyn EventSink,
) -> Result<RunReport, RunError> {
    let selected = (0..problem.tests.len()).collect();
    run_ready(ready, problem, selected, config, sink).await
}

async fn prepare_source(
    problem: &Problem,
    solution: &Path,
    language: Language,
    source: Vec<u8>,
    config: &RunConfig,
) -> Result<Ready, RunError> {
    let run_dir = sandbox::RunDir::new("judge-")?;
    let unprivileged = config.isolation.apply.run_as.is_some();
    if unprivileged {
        // Solutions run as another user: they must reach the files saved for them here.
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(run_dir.path(), std::fs::Permissions::from_mode(0o755))?;
    }
    let sandbox = Sandbox::new(&config.launcher).with_layers(config.isolation.apply.clone());
    let opts = PrepareOptions {
        sandbox: sandbox.clone(),
        color: config.color,
        cache_dir: config.cache_dir.clone(),
        run_dir: run_dir.path().to_path_buf(),
        unprivileged,
    };
    let prepared = {
        let (solution, opts) = (solution.to_path_buf(), opts.clone());
        let iface = problem.interface.clone();
        tokio::task::spawn_blocking(move || {
            lang::prepare(language, &solution, &source, &iface, &opts)
        })
        .await
        .expect("prepare does not panic")?
    };
    let (mut exe, check, compile) = match prepared {
        Prepared::CompileError { message, compile } => {
            return Ok(Ready {
                language,
                run_dir,
                sandbox,
                compile: Some(compile),
                exe: Err(message),
                servers: Default::default(),
            })
        }
        Prepared::Ready {
            exe,
            compile,
            check,
        } => (exe, check, compile),
    };
    if unprivileged && !sandbox::readable_by_others(&exe.program) {
        // A compiled solution cached in the root user's home: run a copy the user can reach.
        let copy = run_dir.path().join("solution-bin");
        std::fs::copy(&exe.program, &copy)?;
        exe.read_paths = vec![copy.clone()];
        exe.program = copy;
    }
    let servers: Arc<std::sync::Mutex<Servers>> = Default::default();
    if let Some(check) = check {
        let iface = problem.interface.clone();
        let sb = sandbox.clone();
        // The fork-server the first tests will use, started with their limits.
        let server_limits = problem
            .tests
            .first()
            .map(|t| test_limits(&problem.limits_for(t, language.name())))
            .unwrap_or_else(|| sandbox::Limits::with_cpu(lang::SYNTAX_CHECK_TIME));
        let (exe, shared) = (exe.clone(), servers.clone());
        let result = tokio::task::spawn_blocking(move || {
            let syntax = lang::compiles_only(&check);
            let kind = if syntax {
                CheckKind::Syntax
            } else {
                CheckKind::Signature(&iface)
            };
            match served_check(&sb, &exe, server_limits, &shared, kind) {
                Some(result) => result,
                // `JUDGE_FORK_SERVER=1` (tests of the fork-server): no silent fallback.
                None if syntax && fork_server_required() => {
                    Some("fork-server: the syntax check could not run in it".to_string())
                }
                None => signature_check(&sb, &check, &iface),
            }
        })
        .await
        .expect("the signature check does not panic");
        if let Some(message) = result {
            return Ok(Ready {
                language,
                run_dir,
                sandbox,
                compile,
                exe: Err(message),
                servers,
            });
        }
    }
    Ok(Ready {
        language,
        run_dir,
        sandbox,
        compile,
        exe: Ok(exe),
        servers,
    })
}

/// Runs the `selected` tests of `problem` with a ready solution.
async fn run_ready(
    ready: &Ready,
    problem: &Problem,
    selected: Vec<usize>,
    config: &RunConfig,
    sink: &mut dyn EventSink,
) -> Result<RunReport, RunError> {
    let run_id = config.run_id;
    let language = ready.language;
    let mut report = RunReport::new(problem, language, selected.len());
    report.isolation = Some(events::IsolationSummary::from(&config.isolation));
    // Announced once the toolchain is known to work, so a missing compiler is a clean error.
    sink.on_event(
        run_id,
        Event::Started {
            problem: problem.slug().to_string(),
            language,
            total: selected.len(),
        },
    );
    report.compile = ready.compile;
    let exe = match &ready.exe {
        Err(message) => {
            report.finish_compile_error(message.clone());
            // A compile error is judged too: the judge's own peak is reported as for any run.
            report.judge_memory_kib = sandbox::self_peak_memory_kib();
            sink.on_event(run_id, Event::Finished(Box::new(report.clone())));
            return Ok(report);
        }
        Ok(exe) => exe.clone(),
    };
    if let Some(c) = ready.compile {
        sink.on_event(run_id, Event::Compiled(c));
    }
    let sandbox = ready.sandbox.clone();
    let run_dir = &ready.run_dir;

    let ctx = Arc::new(TestContext {
        sandbox,
        exe,
        interface: problem.interface.clone(),
        checker: std::sync::Mutex::new(None),
        authors: problem.limits.authors,
        run_dir: run_dir.path().to_path_buf(),
        keep_outputs: config.keep_outputs,
        time_calls: config.time_calls,
        servers: ready.servers.clone(),
    });
    // Each task runs one test from its position in `selected`.
    let cases: Vec<_> = selected
        .iter()
        .map(|&index| {
            let test = problem.tests[index].clone();
            let limits = problem.limits_for(&test, language.name());
            let compare = problem.compare_for(&test).clone();
            (test, limits, compare)
        })
        .collect();
    let cases = Arc::new(cases);
    let run_one = {
        let ctx = ctx.clone();
        move |pos: usize| {
            let (test, limits, compare) = &cases[pos];
            ctx.run_test(test, *limits, compare)
        }
    };
    let mut stopped = false;
    run_in_order(
        selected.len(),
        config.jobs,
        config.fail_fast,
        run_one,
        |pos, result| match result {
            Some(mut r) if !stopped => {
                r.index = selected[pos];
                let failed = r.verdict != Verdict::AC;
                sink.on_event(run_id, Event::TestFinished(r.clone()));
                report.push(r);
                stopped = failed && config.fail_fast;
            }
            _ => report.skipped += 1,
        },
    )
    .await;
    report.finish();
    let names: Vec<&str> = selected
        .iter()
        .map(|&i| problem.tests[i].name.as_str())
        .collect();
    report.count_levels(problem, &names);
    report.judge_memory_kib = sandbox::self_peak_memory_kib();
    sink.on_event(run_id, Event::Finished(Box::new(report.clone())));
    Ok(report)
}

/// Runs tests `0..count` with `run`, at most `jobs` at once, and hands each result to `done`
/// in test order: `None` for a test that was not started, because with `fail_fast` a test
/// before it had failed.
///
/// Tests start in test order: a test takes its turn before its task exists. Tasks that each
/// waited for a turn of their own took them in whatever order the runtime polled them, so with
/// `fail_fast` a later test could run (and fail) first, and every test before it then ran as
/// well: a too-slow solution ran up to three tests to their time limit where the first one
/// stops it. A test before a failed one that is already running finishes, so the failure
/// reported is the first in test order, whichever finishes first.
async fn run_in_order<R>(
    count: usize,
    jobs: usize,
    fail_fast: bool,
    run: R,
    mut done: impl FnMut(usize, Option<TestResult>),
) where
    R: Fn(usize) -> TestResult + Send + Sync + 'static,
{
    let run = Arc::new(run);
    let first_failure = Arc::new(AtomicUsize::new(usize::MAX));
    let semaphore = Arc::new(tokio::sync::Semaphore::new(jobs.max(1)));
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let start = async {
        for pos in 0..count {
            let turn = semaphore
                .clone()
                .acquire_owned()
                .await
                .expect("semaphore is never closed");
            if fail_fast && pos > first_failure.load(Ordering::Relaxed) {
                let _ = tx.send((pos, None));
                continue;
            }
            let (run, first_failure, tx) = (run.clone(), first_failure.clone(), tx.clone());
            tokio::spawn(async move {
                let r = tokio::task::spawn_blocking(move || run(pos))
                    .await
                    .unwrap_or_else(|e| TestResult::internal_error(&e.to_string()));
                if r.verdict != Verdict::AC && fail_fast {
                    first_failure.fetch_min(pos, Ordering::Relaxed);
                }
                // The turn ends once the failure is recorded: the next test sees it.
                drop(turn);
                let _ = tx.send((pos, Some(r)));
            });
        }
        drop(tx);
    };
    // Results arrive in completion order; they are handed on in test order.
    let finish = async {
        let mut pending: Vec<Option<Option<TestResult>>> = vec![None; count];
        let mut next = 0;
        while let Some((pos, result)) = rx.recv().await {
            pending[pos] = Some(result);
            while let Some(slot) = pending.get_mut(next).and_then(Option::take) {
                done(next, slot);
                next += 1;
            }
        }
    };
    tokio::join!(start, finish);
}

/// Whether Python tests run in a fork-server on this machine (`judge doctor`): starts one for a
/// one-line program and runs it once. `Err`: why tests run with exec instead.
pub fn python_fork_server(
    python: &lang::Python,
    launcher: &Path,
    layers: &sandbox::Layers,
) -> Result<(), String> {
    if let Some(off) = fork_server_off() {
        return Err(format!("switched off ({off})"));
    }
    let run_dir = sandbox::RunDir::new("judge-").map_err(|e| e.to_string())?;
    if layers.run_as.is_some() {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(run_dir.path(), std::fs::Permissions::from_mode(0o755))
            .map_err(|e| e.to_string())?;
    }
    let shown = run_dir.path().join("doctor.py");
    let copy = run_dir.path().join("solution.py");
    let exe = python
        .executable(&shown, b"print(input())\n", &copy)
        .map_err(|e| e.to_string())?;
    let limits = sandbox::Limits::with_cpu(std::time::Duration::from_secs(2));
    let cmd = exe
        .server_command(limits.clone())
        .ok_or("no fork-server for Python")?;
    let sandbox = Sandbox::new(launcher).with_layers(layers.clone());
    let mut server = sandbox.start_server(&cmd).map_err(|e| e.to_string())??;
    let run = sandbox::Command::new(&exe.program)
        .limits(limits)
        .stdin(Stdin::Bytes(b"ok\n".to_vec()));
    let out = server.run(&run).map_err(|e| e.to_string())?;
    if out.stdout != b"ok\n" {
        return Err(format!(
            "a test program ended with {:?} and printed {:?}",
            out.termination,
            String::from_utf8_lossy(&out.stdout)
        ));
    }
    Ok(())
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
    keep_outputs: bool,
    time_calls: bool,
    /// Fork-servers not running a test now (at most one per worker runs at a time).
    servers: Arc<std::sync::Mutex<Servers>>,
}

struct Servers {
    idle: Vec<sandbox::Server>,
    /// Why tests run with exec: the solution's language has no fork-server, it could not
    /// apply every layer after a fork, or it is switched off.
    unavailable: Option<String>,
}

impl Default for Servers {
    fn default() -> Self {
        Servers {
            idle: Vec::new(),
            unavailable: fork_server_off(),
        }
    }
}

/// Whether `JUDGE_FORK_SERVER=0` asks for exec for every program (authors' programs too).
pub fn fork_server_off_by_env() -> bool {
    fork_server_off().is_some()
}

/// Whether `JUDGE_FORK_SERVER=0` asks for exec per test.
fn fork_server_off() -> Option<String> {
    (std::env::var_os(sandbox::FORK_SERVER_ENV).is_some_and(|v| v == "0"))
        .then(|| format!("{}=0", sandbox::FORK_SERVER_ENV))
}

/// Whether `JUDGE_FORK_SERVER=1` requires the fork-server: a test that cannot run in one is
/// an internal error instead of a run with exec (for tests of the fork-server itself).
fn fork_server_required() -> bool {
    std::env::var_os(sandbox::FORK_SERVER_ENV).is_some_and(|v| v == "1")
}

impl TestContext {
    /// Runs `cmd` in a fork-server when the solution has one; None: run it with exec.
    fn run_served(&self, cmd: &sandbox::Command) -> Option<std::io::Result<sandbox::Outcome>> {
        let required = fork_server_required();
        let fail = |why: String| {
            required.then(|| Err(std::io::Error::other(format!("fork-server: {why}"))))
        };
        if cmd.has_scratch_files() || self.exe.serve.is_none() {
            return None;
        }
        let idle = {
            let mut servers = self.servers.lock().expect("not poisoned");
            if let Some(why) = &servers.unavailable {
                return fail(why.clone());
            }
            servers.idle.pop()
        };
        let mut server = match idle {
            Some(s) => s,
            None => {
                let start = self.exe.server_command(cmd.get_limits().clone())?;
                let why = match self.sandbox.start_server(&start) {
                    Ok(Ok(s)) => Ok(s),
                    Ok(Err(reason)) => Err(reason),
                    Err(e) => Err(e.to_string()),
                };
                match why {
                    Ok(s) => s,
                    Err(why) => {
                        self.servers.lock().expect("not poisoned").unavailable = Some(why.clone());
                        return fail(why);
                    }
                }
            }
        };
        let outcome = server.run(cmd);
        if server.alive() {
            self.servers.lock().expect("not poisoned").idle.push(server);
        }
        match outcome {
            Ok(o) => Some(Ok(o)),
            Err(e) => fail(e.to_string()),
        }
    }

    fn run_test(
        &self,
        test: &TestCase,
        limits: crate::catalog::Limits,
        compare: &Comparison,
    ) -> TestResult {
        let sandbox_limits = test_limits(&limits);
        let stdin = match &test.values {
            None => test.input.as_bytes().to_vec(),
            Some(values) => {
                harness::stdin_document(&self.interface, values, self.time_calls).into_bytes()
            }
        };
        let mut cmd = self
            .exe
            .command(sandbox_limits)
            .stdin(Stdin::Bytes(stdin))
            .stdout_in_memory(IN_MEMORY_BYTES);
        if test.values.is_some() {
            cmd = cmd.capture_file(harness::RESULT_FILE);
        }
        let served = self.run_served(&cmd);
        let mut process = match served.unwrap_or_else(|| self.sandbox.run(&cmd)) {
            Ok(o) => Process::from_outcome(o),
            Err(e) => return TestResult::internal_error(&format!("sandbox failed: {e}")),
        };
        let ending = process.ending();
        let (result, call_cpu) = match test.values {
            Some(_) => {
                let (r, t) = HarnessResult::parse_timed(process.captured.as_deref());
                (Some(r), t)
            }
            None => (None, None),
        };
        let mut difference = None;
        let mut checker_error = None;
        let mut window = None;
        let check = if ending == Ending::Exited(0) && !process.hit.any() {
            let j = match (&test.values, &result, compare) {
                (None, _, Comparison::Checker { name, source }) => checker::run(
                    self,
                    name,
                    source,
                    &test.input,
                    &test.output,
                    (&process.stdout, process.stdout_file.as_ref()),
                )
                .map(Judged::from),
                (None, _, mode) => texts(&test.output, &process)
                    .map(|(mut e, mut a)| {
                        let j = compare::compare_text(mode, &mut e, &mut a);
                        if !j.is_accepted()
                            && (process.stdout_file.is_some() || test.output.file().is_some())
                        {
                            window = Some(diff_window(&mut e, &mut a));
                        }
                        Judged::from(j)
                    })
                    .map_err(|e| format!("cannot read the output: {e}")),
                (Some(values), Some(r), mode) => self.judge_values(test, values, r, mode),
                (Some(_), None, _) => unreachable!("a result is parsed for every value test"),
            };
            match j {
                Ok(Judged::Accepted) => Check::Accepted,
                Ok(Judged::Wrong(d)) => {
                    difference = Some(d);
                    Check::Wrong
                }
                Err(e) => {
                    checker_error = Some(e);
                    Check::CheckerFailed
                }
            }
        } else {
            Check::NotRun
        };
        let verdict = classify(&Facts {
            ending,
            limits_hit: &process.limits_hit,
            check,
        });
        let why = why(verdict, &process, &limits, difference, checker_error);
        let failed_call = match (&result, test.values.as_deref()) {
            (
                Some(HarnessResult::FailedCall { index, .. }),
                Some(values @ TestValues::Design { .. }),
            ) if verdict == Verdict::RE => Some((
                *index,
                values
                    .call(*index)
                    .map_or_else(|| "?".to_string(), |(name, _)| name),
            )),
            _ => None,
        };
        // Taken, not copied: a generated design test returns 2 * 10^5 values. Only a failure's
        // report and a kept output read it.
        let returned = match result {
            Some(HarnessResult::Ok(v)) if verdict != Verdict::AC || self.keep_outputs => Some(v),
            // What the calls before the failing one returned, for the design table.
            Some(HarnessResult::FailedCall { partial, .. }) if failed_call.is_some() => {
                Some(serde_json::Value::Array(partial))
            }
            _ => None,
        };
        // The output itself when no failure report needs it too (every failure keeps its
        // output; the reporters decide what a hidden test shows), not a copy of it.
        let failure_shows_stdout = verdict != Verdict::AC;
        let produced_file = if self.keep_outputs && returned.is_none() {
            process.stdout_file.clone()
        } else {
            None
        };
        let produced = self.keep_outputs.then(|| match &returned {
            Some(v) => v.to_string(),
            None if failure_shows_stdout => String::from_utf8_lossy(&process.stdout).into_owned(),
            None => match String::from_utf8(std::mem::take(&mut process.stdout)) {
                Ok(text) => text,
                Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
            },
        });
        let mut r = TestResult::from_process(test, verdict, why, process, returned, window);
        r.failed_call = failed_call;
        r.produced = produced;
        r.produced_file = produced_file;
        r.call_cpu = call_cpu;
        r
    }

    /// Judges what a function or design harness reported.
    fn judge_values(
        &self,
        test: &TestCase,
        values: &TestValues,
        result: &HarnessResult,
        mode: &Comparison,
    ) -> Result<Judged, String> {
        let actual = match result {
            HarnessResult::Ok(v) => v,
            HarnessResult::Missing => return Ok(Judged::Wrong(Difference::NoResult)),
            HarnessResult::Malformed(m) => {
                return Ok(Judged::Wrong(Difference::Overwritten(m.clone())))
            }
            HarnessResult::SignatureError(m) => {
                return Ok(Judged::Wrong(Difference::Signature(m.clone())))
            }
            HarnessResult::FailedCall { index, .. } => {
                return Ok(Judged::Wrong(Difference::CallFailed { index: *index }))
            }
        };
        if let Comparison::Checker { name, source } = mode {
            let input = values.input_json(&self.interface);
            let actual = actual.to_string();
            return checker::run(
                self,
                name,
                source,
                &input,
                &test.output,
                (actual.as_bytes(), None),
            )
            .map(Judged::from);
        }
        let expected = values.expected(&test.output);
        Ok(match (values, expected.as_array()) {
            (TestValues::Design { .. }, Some(expected)) => match actual.as_array() {
                Some(actual) => compare::compare_design(mode, expected, actual, |i| {
                    values.call(i).map_or_else(
                        || format!("call {i}"),
                        |(name, args)| compare::describe_call(i, &name, &args),
                    )
                })
                .into(),
                None => Judged::Wrong(Difference::NotAList(actual.to_string())),
            },
            _ => compare::compare_values(mode, &expected, actual).into(),
        })
    }
}

/// The expected output and a test's stdout as texts to compare: in memory, or read from their
/// files when they are larger than [`IN_MEMORY_BYTES`].
fn texts<'a>(
    expected: &'a crate::catalog::Expected,
    process: &'a Process,
) -> std::io::Result<(compare::text::Source<'a>, compare::text::Source<'a>)> {
    use compare::text::Source;
    Ok((
        Source::new(expected.as_bytes(), expected.file())?,
        Source::new(&process.stdout, process.stdout_file.as_ref())?,
    ))
}

/// The lines around the first difference of two outputs (read in pieces, never whole).
fn diff_window(
    expected: &mut compare::text::Source,
    actual: &mut compare::text::Source,
) -> DiffWindow {
    use compare::text::{first_different_line, line_window};
    let first = first_different_line(expected, actual).saturating_sub(DiffWindow::BEFORE);
    let keep = |t: &mut compare::text::Source| {
        String::from_utf8_lossy(&line_window(t, first, DiffWindow::LINES, DiffWindow::WIDTH))
            .into_owned()
    };
    DiffWindow {
        first_line: first,
        expected: keep(expected),
        actual: keep(actual),
    }
}

/// The sandbox limits of a test with the problem's `limits`.
fn test_limits(limits: &crate::catalog::Limits) -> sandbox::Limits {
    sandbox::Limits {
        memory_bytes: Some(limits.memory_bytes),
        output_bytes: limits.output_bytes,
        ..sandbox::Limits::with_cpu(limits.time)
    }
}

/// Which check a fork-server's check child runs.
#[derive(Clone, Copy)]
enum CheckKind<'a> {
    /// A stdio program's: it compiles (`harness.py --syntax`), the result on stdout.
    Syntax,
    /// A function or design problem's signature check (`harness.py --check`), the check
    /// document on stdin and the result in the capture file, as [`signature_check`] runs it.
    Signature(&'a Interface),
}

/// The check of a program as a check run of the fork-server its tests will use, which then
/// keeps it (one interpreter's start saved, and for a function problem the start that imports
/// LeetCode's pre-imports): the same limits and the same messages as [`signature_check`] with
/// exec. None: there is no fork-server here, or its check ended in a way the exec'd check
/// should decide; check with exec.
fn served_check(
    sandbox: &Sandbox,
    exe: &Executable,
    server_limits: sandbox::Limits,
    servers: &std::sync::Mutex<Servers>,
    kind: CheckKind,
) -> Option<Option<String>> {
    if servers.lock().expect("not poisoned").unavailable.is_some() {
        return None;
    }
    let start = exe.server_command(server_limits)?;
    let mut server = match sandbox.start_server(&start) {
        Ok(Ok(server)) => server,
        Ok(Err(why)) => {
            servers.lock().expect("not poisoned").unavailable = Some(why);
            return None;
        }
        Err(_) => return None,
    };
    let limits = sandbox::Limits::with_cpu(lang::SYNTAX_CHECK_TIME);
    let request = sandbox::Command::new(&exe.program).limits(limits.clone());
    let result = match kind {
        CheckKind::Syntax => {
            let outcome = server.check(&request).ok()?;
            if !outcome.limits_hit.is_empty() {
                Some(lang::compile_exceeded(&outcome.limits_hit, &limits))
            } else {
                match HarnessResult::parse(Some(&outcome.stdout)) {
                    HarnessResult::SignatureError(m) => Some(m),
                    HarnessResult::Ok(_) => None,
                    _ => return None,
                }
            }
        }
        CheckKind::Signature(iface) => {
            let request = request
                .stdin(Stdin::Bytes(harness::check_document(iface).into_bytes()))
                .capture_file(harness::RESULT_FILE);
            let outcome = server.check(&request).ok()?;
            // As with exec: anything but a clear signature error (a crash while loading, a
            // timeout of the module's own code) is left for the tests to report.
            match HarnessResult::parse(outcome.captured.as_deref()) {
                HarnessResult::SignatureError(m) => Some(m),
                _ => None,
            }
        }
    };
    if result.is_none() && server.alive() {
        servers.lock().expect("not poisoned").idle.push(server);
    }
    Some(result)
}

/// Runs the harness's signature check once; returns the message of a signature error, or of a
/// syntax check that exceeded its limits (a compile-time bomb is a compile error, as in Rust).
fn signature_check(sandbox: &Sandbox, check: &Executable, iface: &Interface) -> Option<String> {
    let limits = sandbox::Limits::with_cpu(lang::SYNTAX_CHECK_TIME);
    let cmd = check
        .command(limits.clone())
        .stdin(Stdin::Bytes(harness::check_document(iface).into_bytes()))
        .capture_file(harness::RESULT_FILE);
    // Anything but a clear signature error (a crash while loading, a timeout of the module's
    // own code) is left for the tests to report, with their traceback.
    let outcome = sandbox.run(&cmd).ok()?;
    if lang::compiles_only(check) && !outcome.limits_hit.is_empty() {
        return Some(lang::compile_exceeded(&outcome.limits_hit, &limits));
    }
    match HarnessResult::parse(outcome.captured.as_deref()) {
        HarnessResult::SignatureError(m) => Some(m),
        _ => None,
    }
}

/// A test's answer, judged.
enum Judged {
    Accepted,
    Wrong(Difference),
}

impl From<Judgement> for Judged {
    fn from(j: Judgement) -> Judged {
        match j {
            Judgement::Accepted => Judged::Accepted,
            Judgement::Wrong {
                message,
                presentation,
            } => Judged::Wrong(Difference::Compared {
                message,
                presentation,
            }),
        }
    }
}

/// The facts behind `verdict`: which limit, which ending, which difference.
fn why(
    verdict: Verdict,
    process: &Process,
    limits: &crate::catalog::Limits,
    difference: Option<Difference>,
    checker_error: Option<String>,
) -> Why {
    let ended = || Why::Ended(process.ended.clone());
    match verdict {
        Verdict::AC | Verdict::CE => Why::Passed,
        Verdict::WA => difference.map_or(Why::Passed, Why::Wrong),
        Verdict::TLE if process.hit.wall && !process.hit.cpu => Why::WallClock {
            wall: process.wall,
            cpu: process.cpu,
            limit: limits.time,
            idle: process.wall < sandbox::Limits::with_cpu(limits.time).wall(),
        },
        Verdict::TLE => Why::CpuLimit { limit: limits.time },
        Verdict::MLE => match process.refused_allocation_bytes {
            Some(bytes) => Why::AllocationRefused {
                bytes,
                limit_bytes: limits.memory_bytes,
            },
            None => Why::MemoryLimit {
                limit_bytes: limits.memory_bytes,
            },
        },
        Verdict::OLE if process.hit.scratch => Why::ScratchQuota {
            used_bytes: process.scratch_bytes,
        },
        Verdict::OLE => Why::OutputLimit {
            limit_bytes: limits.output_bytes,
        },
        Verdict::RE if process.hit.threads => Why::TooManyThreads {
            peak: process.peak_threads,
        },
        Verdict::RE if stack_overflow(process, limits.memory_bytes) => {
            Why::StackOverflow(process.ended.clone())
        }
        Verdict::RE => ended(),
        Verdict::IE => checker_error.map_or_else(ended, Why::CheckerFailed),
    }
}

/// Whether a runtime error is a stack overflow, as well as can be told from outside. Rust's
/// runtime says so itself on a thread's guard page ("has overflowed its stack", then SIGABRT).
/// The main thread's stack limit is raised after start-up (see the sandbox), so there the
/// overflow is a plain SIGSEGV; the sign is then that the resident memory reached most of that
/// limit (3/4 of the memory limit), which a stray pointer does not do.
fn stack_overflow(process: &Process, memory_bytes: u64) -> bool {
    const SIGABRT: i32 = 6;
    const SIGSEGV: i32 = 11;
    match process.ended {
        Ended::Signaled(SIGABRT) => process
            .stderr_tail
            .windows(b"has overflowed its stack".len())
            .any(|w| w == b"has overflowed its stack"),
        Ended::Signaled(SIGSEGV) => {
            let stack = (memory_bytes / 4 * 3).max(8 << 20).min(memory_bytes);
            process.peak_memory_kib.saturating_mul(1024) >= stack / 10 * 9
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    //! The runner's decisions from recorded process facts: no sandbox, no solution.

    use super::*;
    use crate::catalog::Limits;
    use std::time::Duration;

    fn limits() -> Limits {
        Limits {
            time: Duration::from_secs(1),
            memory_bytes: 256 << 20,
            output_bytes: 64 << 20,
        }
    }

    fn process(ended: Ended, limits_hit: &[sandbox::LimitKind], cpu_ms: u64) -> Process {
        use sandbox::LimitKind as K;
        let hit = LimitsHit {
            cpu: limits_hit.contains(&K::Cpu),
            wall: limits_hit.contains(&K::Wall),
            memory: limits_hit.contains(&K::Memory),
            output: limits_hit.contains(&K::Output),
            scratch: limits_hit.contains(&K::Scratch),
            threads: limits_hit.contains(&K::Threads),
        };
        Process {
            ended,
            hit,
            limits_hit: limits_hit.to_vec(),
            cpu: Duration::from_millis(cpu_ms),
            wall: Duration::from_millis(2000),
            peak_memory_kib: 1024,
            stdout: Vec::new(),
            stdout_file: None,
            stdout_bytes: 0,
            stderr_tail: Vec::new(),
            stderr_bytes: 0,
            captured: None,
            refused_allocation_bytes: None,
            peak_threads: 1,
            scratch_bytes: 0,
        }
    }

    /// The verdict and the facts behind it, as the runner decides them for one process.
    fn decide(p: &Process, check: Check) -> (Verdict, Why) {
        let verdict = classify(&Facts {
            ending: p.ending(),
            limits_hit: &p.limits_hit,
            check,
        });
        let difference = (check == Check::Wrong).then(|| Difference::Compared {
            message: "line 1".into(),
            presentation: false,
        });
        let checker = (check == Check::CheckerFailed).then(|| "checker crashed".to_string());
        (verdict, why(verdict, p, &limits(), difference, checker))
    }

    #[test]
    fn decisions_from_recorded_outcomes() {
        use sandbox::LimitKind as K;
        let killed = Ended::Signaled(9);
        let busy_to_the_hard_deadline = Process {
            wall: Duration::from_millis(4000),
            ..process(killed.clone(), &[K::Wall], 900)
        };
        let refused = Process {
            refused_allocation_bytes: Some(1 << 30),
            ..process(Ended::Exited(1), &[K::Memory], 10)
        };
        let scratch = Process {
            scratch_bytes: 65 << 20,
            ..process(killed.clone(), &[K::Scratch], 10)
        };
        let threads = Process {
            peak_threads: 65,
            ..process(killed.clone(), &[K::Threads], 10)
        };
        let table: Vec<(Process, Check, Verdict, Why)> = vec![
            (
                process(Ended::Exited(0), &[], 10),
                Check::Accepted,
                Verdict::AC,
                Why::Passed,
            ),
            (
                process(Ended::Exited(0), &[], 10),
                Check::Wrong,
                Verdict::WA,
                Why::Wrong(Difference::Compared {
                    message: "line 1".into(),
                    presentation: false,
                }),
            ),
            (
                process(killed.clone(), &[K::Wall], 10),
                Check::NotRun,
                Verdict::TLE,
                Why::WallClock {
                    wall: Duration::from_millis(2000),
                    cpu: Duration::from_millis(10),
                    limit: Duration::from_secs(1),
                    idle: true,
                },
            ),
            (
                busy_to_the_hard_deadline,
                Check::NotRun,
                Verdict::TLE,
                Why::WallClock {
                    wall: Duration::from_millis(4000),
                    cpu: Duration::from_millis(900),
                    limit: Duration::from_secs(1),
                    idle: false,
                },
            ),
            (
                process(killed.clone(), &[K::Cpu, K::Wall], 1000),
                Check::NotRun,
                Verdict::TLE,
                Why::CpuLimit {
                    limit: Duration::from_secs(1),
                },
            ),
            (
                process(killed.clone(), &[K::Memory], 10),
                Check::NotRun,
                Verdict::MLE,
                Why::MemoryLimit {
                    limit_bytes: 256 << 20,
                },
            ),
            (
                refused,
                Check::NotRun,
                Verdict::MLE,
                Why::AllocationRefused {
                    bytes: 1 << 30,
                    limit_bytes: 256 << 20,
                },
            ),
            // An allocation failure the sandbox did not measure is a runtime error.
            (
                process(Ended::Signaled(6), &[], 10),
                Check::NotRun,
                Verdict::RE,
                Why::Ended(Ended::Signaled(6)),
            ),
            (
                process(killed.clone(), &[K::Output], 10),
                Check::NotRun,
                Verdict::OLE,
                Why::OutputLimit {
                    limit_bytes: 64 << 20,
                },
            ),
            (
                scratch,
                Check::NotRun,
                Verdict::OLE,
                Why::ScratchQuota {
                    used_bytes: 65 << 20,
                },
            ),
            (
                threads,
                Check::NotRun,
                Verdict::RE,
                Why::TooManyThreads { peak: 65 },
            ),
            (
                process(Ended::Signaled(11), &[], 10),
                Check::NotRun,
                Verdict::RE,
                Why::Ended(Ended::Signaled(11)),
            ),
            // A SIGSEGV whose resident memory reached the main stack's limit (3/4 of 256 MiB).
            (
                Process {
                    peak_memory_kib: 193 << 10,
                    ..process(Ended::Signaled(11), &[], 10)
                },
                Check::NotRun,
                Verdict::RE,
                Why::StackOverflow(Ended::Signaled(11)),
            ),
            // Rust's own message on a thread's guard page.
            (
                Process {
                    stderr_tail: b"thread '<unknown>' (7) has overflowed its stack\nfatal runtime error: stack overflow, aborting\n".to_vec(),
                    ..process(Ended::Signaled(6), &[], 10)
                },
                Check::NotRun,
                Verdict::RE,
                Why::StackOverflow(Ended::Signaled(6)),
            ),
            (
                process(Ended::NotStarted("no such file".into()), &[], 0),
                Check::NotRun,
                Verdict::IE,
                Why::Ended(Ended::NotStarted("no such file".into())),
            ),
            (
                process(Ended::Exited(0), &[], 10),
                Check::CheckerFailed,
                Verdict::IE,
                Why::CheckerFailed("checker crashed".into()),
            ),
        ];
        for (p, check, verdict, why) in table {
            assert_eq!(decide(&p, check), (verdict, why), "{p:?} {check:?}");
        }
    }

    /// Runs `count` tests with `jobs` workers on a multi-threaded runtime, every test failing
    /// when `fails` says so; returns the order the tests started in and what `done` was handed.
    fn started(
        count: usize,
        jobs: usize,
        fail_fast: bool,
        fails: fn(usize) -> bool,
    ) -> (Vec<usize>, Vec<(usize, bool)>) {
        let starts = Arc::new(std::sync::Mutex::new(Vec::new()));
        let seen = starts.clone();
        let run = move |pos: usize| {
            seen.lock().unwrap().push(pos);
            // Long enough that the tests queued behind it are all polled while it runs.
            std::thread::sleep(Duration::from_millis(20));
            let mut r = TestResult::internal_error("");
            r.verdict = if fails(pos) { Verdict::WA } else { Verdict::AC };
            r
        };
        let mut handed = Vec::new();
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(4)
            .build()
            .unwrap()
            .block_on(run_in_order(count, jobs, fail_fast, run, |pos, r| {
                handed.push((pos, r.is_some()))
            }));
        let starts = starts.lock().unwrap().clone();
        (starts, handed)
    }

    #[test]
    fn tests_start_in_test_order_and_fail_fast_starts_none_after_a_failure() {
        for _ in 0..5 {
            // One at a time, every test failing: only the first starts.
            let (starts, handed) = started(12, 1, true, |_| true);
            assert_eq!(starts, [0]);
            let expected: Vec<_> = (0..12).map(|p| (p, p == 0)).collect();
            assert_eq!(handed, expected);
            // Without fail-fast, all start, in order, and are handed on in order.
            let (starts, handed) = started(12, 1, false, |_| true);
            assert_eq!(starts, (0..12).collect::<Vec<_>>());
            assert!(handed.iter().enumerate().all(|(i, h)| *h == (i, true)));
            // Two at a time, failing from test 5 on: 0 to 5 start, and 6 only if it took the
            // turn 4 ended before 5 failed. (Two tests start at once: their order is sorted.)
            let (mut starts, _) = started(12, 2, true, |p| p >= 5);
            starts.sort();
            assert!(
                starts == (0..6).collect::<Vec<_>>() || starts == (0..7).collect::<Vec<_>>(),
                "{starts:?}"
            );
        }
    }
}
