//! What every command starts from: the global options ([`Global`]), the output format, the
//! clock, stdout (where a closed pipe is handled, once), and [`prepare`], the one way into a
//! judged command (`run`, `submit`, `watch`; `check` and `validate` through [`Judging`]).
//!
//! A flag that changes how solutions are judged is added to [`Judging`] or [`prepare`] and every
//! judged command gets it; a problem that comes out of here has its generated tests made.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::catalog::{Catalog, Problem};
use crate::exit::Failure;
use crate::lang::Language;
use crate::report::Style;
use crate::runner::RunConfig;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

/// Options every command shares.
#[derive(Debug, Clone)]
pub struct Global {
    pub catalog: Option<PathBuf>,
    pub color: bool,
}

impl Global {
    pub fn catalog(&self) -> Catalog {
        Catalog::from_option(self.catalog.clone())
    }
    pub fn style(&self) -> Style {
        Style { color: self.color }
    }
}

/// The time now, from the process's clock (`JUDGE_NOW` in tests).
pub fn now() -> Result<i64, Failure> {
    crate::clock::from_env()
        .map(|c| c.now_ms())
        .map_err(|e| Failure::usage(e, "help: unset JUDGE_NOW to use the system clock"))
}

/// Standard output for reports. `judge list | head` closes it early, which is not an error: once
/// the pipe is closed, further output is dropped and the command goes on to its exit code (which
/// carries the verdict). Any other write error is a [`Failure::Output`].
pub fn stdout() -> Stdout {
    Stdout {
        inner: std::io::stdout(),
        closed: false,
    }
}

pub struct Stdout {
    inner: std::io::Stdout,
    closed: bool,
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.closed {
            return Ok(buf.len());
        }
        match self.inner.write(buf) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(buf.len())
            }
            r => r,
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.closed {
            return Ok(());
        }
        match self.inner.flush() {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            r => r,
        }
    }
}

/// One pretty-printed JSON document and a newline: what every `--format json` prints.
pub fn write_json_doc<T: serde::Serialize + ?Sized>(
    out: &mut dyn Write,
    value: &T,
) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// The run configuration and the runtime every judged command runs on.
pub struct Judging {
    pub config: RunConfig,
    pub runtime: tokio::runtime::Runtime,
}

impl Judging {
    /// `jobs` tests at once [default: the number of cores]; `blocking` threads for the runtime
    /// [default: enough for `jobs` tests].
    pub fn new(
        global: &Global,
        jobs: Option<usize>,
        blocking: Option<usize>,
    ) -> Result<Judging, Failure> {
        let config = run_config(global, jobs)?;
        let runtime = runtime(blocking.unwrap_or(config.jobs))?;
        Ok(Judging { config, runtime })
    }

    /// A problem of `catalog`, with its generated tests made.
    pub fn problem(&self, catalog: &Catalog, slug: &str) -> Result<Problem, Failure> {
        let mut problem = catalog.problem(slug)?;
        self.materialize(&mut problem)?;
        Ok(problem)
    }

    fn materialize(&self, problem: &mut Problem) -> Result<(), Failure> {
        let slug = problem.slug().to_string();
        self.runtime
            .block_on(crate::generate::materialize(
                problem,
                &self.config,
                false,
                crate::report::words::why,
            ))
            .map(drop)
            .map_err(|e| Failure::internal(format!("cannot generate the tests of {slug}: {e}")))
    }
}

/// A judged command, ready to run: the problem (generated tests made), the solution's language,
/// the configuration and the runtime.
pub struct Prepared {
    pub problem: Problem,
    pub language: Language,
    pub judging: Judging,
}

/// The start of `judge run`, `submit` and `watch`: the problem, the solution file and its
/// language, the sandbox probe, the runtime, the generated tests.
pub fn prepare(
    global: &Global,
    slug: &str,
    file: &Path,
    jobs: Option<usize>,
    level: Option<usize>,
) -> Result<Prepared, Failure> {
    let mut problem = global.catalog().problem(slug)?;
    let language = solution_language(file)?;
    if let Some(n) = level {
        // Checked before the sandbox probe and the generated tests: a wrong level is a usage error.
        problem.at_level(n).map_err(level_error)?;
    }
    let judging = Judging::new(global, jobs, None)?;
    // Generated tests are made for the whole problem (their cache key names its interface).
    judging.materialize(&mut problem)?;
    if let Some(n) = level {
        problem = problem.at_level(n).map_err(level_error)?;
    }
    Ok(Prepared {
        problem,
        language,
        judging,
    })
}

/// A `--level` the problem does not have.
pub fn level_error(why: String) -> Failure {
    Failure::usage(
        why,
        "help: `--level` is for progressive problems; `judge show` says how many levels one has",
    )
}

/// The language of a solution file that exists.
pub fn solution_language(file: &Path) -> Result<Language, Failure> {
    if !file.is_file() {
        return Err(Failure::usage(
            format!("solution file {} not found", file.display()),
            "help: give the path of a .py or .rs file (`judge new` writes one)",
        ));
    }
    Ok(Language::from_path(file)?)
}

/// The width of the test-name column: the longest name.
pub fn name_width(problem: &Problem) -> usize {
    problem
        .tests
        .iter()
        .map(|t| t.name.len())
        .max()
        .unwrap_or(8)
}

/// The run configuration every judging command starts from.
fn run_config(global: &Global, jobs: Option<usize>) -> Result<RunConfig, Failure> {
    let launcher = std::env::current_exe()
        .map_err(|e| Failure::internal(format!("cannot find the judge's own executable: {e}")))?;
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let cache_dir = crate::paths::cache_dir();
    let isolation = crate::isolation::detect(&launcher, &cache_dir)
        .map_err(|e| Failure::internal(format!("the sandbox probe failed: {e}")))?;
    Ok(RunConfig {
        jobs,
        fail_fast: false,
        samples_only: false,
        filter: None,
        color: global.color,
        cache_dir,
        launcher,
        isolation,
        keep_outputs: false,
        run_id: 0,
        time_calls: false,
    })
}

fn runtime(jobs: usize) -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .max_blocking_threads(jobs.max(1) + 2)
        .enable_all()
        .build()
        .map_err(|e| Failure::internal(format!("cannot start the runtime: {e}")))
}
