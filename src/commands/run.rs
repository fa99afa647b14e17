//! `judge run` and `judge submit`: judges one solution, reports it, records the attempt, and
//! during a mock session decides whether the run is samples-only, counted or refused as late.

use std::path::PathBuf;

use super::history::{attempt_of, record_run};
use super::mock::{self, Context};
use crate::app::{self, Format, Global, Prepared};
use crate::exit::Failure;
use crate::history::{AttemptKind, History, Scope};
use crate::report::{Reporter, RunDone, Terminal};
use crate::runner::{self, RunError};
use crate::verdict::Verdict;

#[derive(Debug, Clone)]
pub struct RunOptions {
    pub problem: String,
    pub file: PathBuf,
    pub format: Format,
    pub jobs: Option<usize>,
    pub fail_fast: bool,
    pub samples_only: bool,
    pub filter: Option<String>,
    /// `judge submit`: all tests, hidden ones as counts, and it counts in a mock session.
    pub submit: bool,
    /// `--input FILE` (`-`: stdin): run on this input instead of the tests ([`super::custom`]).
    pub input: Option<PathBuf>,
    /// A progressive problem: judge levels 1 to N only.
    pub level: Option<usize>,
}

/// The largest solution source judged and recorded.
const MAX_SOURCE_BYTES: u64 = 1 << 20;

pub fn run(global: &Global, opts: RunOptions) -> Result<(), Failure> {
    if let Some(input) = &opts.input {
        return super::custom::run(global, &opts.problem, &opts.file, input, opts.format);
    }
    // A submission's time is when it was made, not when its last test finished.
    let at_ms = app::now()?;
    // Every attempt stores its source: a huge file would be copied into the history each time.
    if let Ok(meta) = std::fs::metadata(&opts.file) {
        if meta.len() > MAX_SOURCE_BYTES {
            return Err(Failure::usage(
                format!(
                    "{} is {} bytes; a solution may be at most 1 MiB",
                    opts.file.display(),
                    meta.len()
                ),
                "help: a solution is one source file; generated tables belong in the program, not its text",
            ));
        }
    }
    let style = global.style();
    // A practice run still runs without a history; a submission needs it to count.
    let history = match History::open_default() {
        Ok(h) => Some(h),
        Err(e) if !opts.submit => {
            eprintln!("{} attempts are not recorded: {e}", style.error("warning:"));
            None
        }
        Err(e) => return Err(e.into()),
    };
    let context = match &history {
        Some(h) => mock::context(h, at_ms, &opts.problem, opts.submit)?,
        None => Context::Practice,
    };
    let source = std::fs::read(&opts.file).unwrap_or_default();
    let kind = if opts.submit {
        AttemptKind::Submit
    } else {
        AttemptKind::Run
    };
    if let Context::Late(session) = &context {
        return Err(refuse_late(history.as_ref(), session, &opts, source, at_ms));
    }
    let session = match &context {
        Context::InSession(s) => Some(s),
        _ => None,
    };
    // In a progressive session, a run or submission judges the levels unlocked so far.
    let unlocked = match (session, &history) {
        (Some(_), Some(h)) => mock::unlocked_level(h, at_ms, &opts.problem),
        _ => None,
    };
    let level = match &unlocked {
        Some((s, n)) => Some(mock::session_level(s, *n, &opts.problem, opts.level)?),
        None => opts.level,
    };
    let Prepared {
        mut problem,
        judging,
        ..
    } = app::prepare(global, &opts.problem, &opts.file, opts.jobs, level)?;
    if !opts.submit && session.is_none() {
        add_saved_tests(&mut problem, &opts.file, style)?;
    }
    let mut config = judging.config;
    let runtime = judging.runtime;
    config.fail_fast = opts.fail_fast;
    config.samples_only = opts.samples_only;
    config.filter = opts.filter.clone();
    if let (Some(s), false) = (session, opts.submit) {
        // During a mock, runs are free and show only what the assessment would: the samples.
        config.samples_only = true;
        config.filter = None;
        eprintln!(
            "{}",
            style.dim(&format!(
                "mock #{}: `judge run` runs the samples only and is free; `judge submit {} {}` runs all tests and counts",
                s.id,
                opts.problem,
                opts.file.display()
            ))
        );
    }
    let mut reporter: Box<dyn for<'a> Reporter<RunDone<'a>>> = match opts.format {
        Format::Text => {
            let term = Terminal::new(app::stdout(), style, app::name_width(&problem));
            if opts.submit {
                Box::new(term.hidden_as_counts())
            } else {
                Box::new(term)
            }
        }
        Format::Json => Box::new(crate::report::Json(app::stdout())),
    };
    let result = runtime.block_on(runner::run(&problem, &opts.file, &config, &mut reporter));
    let report = match result {
        Ok(r) => r,
        Err(RunError::Lang(e)) => return Err(e.into()),
        Err(e @ RunError::NoTests { .. }) => {
            return Err(Failure::usage(
                e.to_string(),
                "help: `judge show` lists the sample tests",
            ))
        }
        Err(e) => return Err(Failure::internal(e.to_string())),
    };
    let scope = if config.samples_only {
        Scope::Samples
    } else if config.filter.is_some() {
        Scope::Filter
    } else {
        Scope::All
    };
    let attempt = attempt_of(
        &report,
        at_ms,
        kind,
        scope,
        &opts.file,
        source,
        session.map(|s| s.id),
    );
    // A submission counts only if it is recorded: a failed record is an error, not a warning.
    let attempt_id = match (&history, opts.submit) {
        (Some(h), true) => Some(h.record(&attempt)?),
        _ => record_run(history.as_ref(), &attempt, style),
    };
    let extras = crate::report::JsonExtras {
        attempt: attempt_id,
        session: session.map(|s| s.id),
        hidden_as_counts: opts.submit,
    };
    reporter.finish(&RunDone {
        report: &report,
        extras,
    })?;
    super::review::after_run(history.as_ref(), &opts.problem, attempt_id, style);
    if let (Some(s), Some(h), true) = (session, &history, opts.submit) {
        if let Ok(board) = mock::board(h, s) {
            eprintln!(
                "{}",
                crate::mock::report::submission_line(
                    s,
                    &board,
                    &opts.problem,
                    report.verdict,
                    style
                )
            );
            if let (Some((_, before)), Some(p)) = (
                &unlocked,
                board.problems.iter().find(|p| p.problem == opts.problem),
            ) {
                if p.unlocked() > *before {
                    eprintln!(
                        "{}",
                        style.bold(&format!(
                            "level {before} passed: level {} is unlocked · `judge show {} --level {}` shows it",
                            p.unlocked(),
                            opts.problem,
                            p.unlocked()
                        ))
                    );
                } else if p.levels_passed == p.levels && *before == p.levels {
                    eprintln!("{}", style.bold(&format!("all {} levels passed", p.levels)));
                }
            }
        }
    }
    match report.verdict {
        Verdict::AC => Ok(()),
        Verdict::IE => Err(Failure::InternalVerdict),
        _ => Err(Failure::NotAccepted),
    }
}

/// Appends the tests `judge stress --save` kept beside the solution, named `saved/NAME` and
/// shown in full (they are the user's own), after the problem's tests.
fn add_saved_tests(
    problem: &mut crate::catalog::Problem,
    file: &std::path::Path,
    style: crate::report::Style,
) -> Result<(), Failure> {
    let path = crate::paths::saved_tests(file, problem.slug());
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Ok(());
    };
    let shown = path.display().to_string();
    let tests = crate::catalog::extra_tests(problem, &shown, &text)?;
    if tests.is_empty() {
        return Ok(());
    }
    eprintln!(
        "{}",
        style.dim(&format!(
            "+ {} saved test{} from {shown} (judge stress --save)",
            tests.len(),
            if tests.len() == 1 { "" } else { "s" }
        ))
    );
    for mut t in tests {
        t.name = format!("saved/{}", t.name);
        t.sample = true;
        problem.tests.push(t);
    }
    Ok(())
}

/// A submission after its session's time ran out: recorded as late, not judged.
fn refuse_late(
    history: Option<&crate::history::History>,
    session: &crate::mock::Session,
    opts: &RunOptions,
    source: Vec<u8>,
    at_ms: i64,
) -> Failure {
    let attempt = crate::history::NewAttempt {
        at_ms,
        kind: crate::history::AttemptKind::Submit,
        scope: crate::history::Scope::All,
        problem: opts.problem.clone(),
        language: crate::lang::Language::from_path(&opts.file)
            .map_or("?", |l| l.name())
            .to_string(),
        file: opts.file.display().to_string(),
        source,
        verdict: None,
        passed: 0,
        total: 0,
        max_cpu_ms: 0,
        max_memory_kib: 0,
        session_id: Some(session.id),
        late: true,
        report: None,
    };
    let recorded = match history.map(|h| h.record(&attempt)) {
        Some(Ok(id)) => format!("recorded as late (attempt #{id}) and not judged"),
        Some(Err(e)) => format!("not judged, and not recorded: {e}"),
        None => "not judged".to_string(),
    };
    Failure::Refused {
        headline: format!(
            "time is up: mock #{} ended at {} ({}); this submission is refused",
            session.id,
            crate::clock::local_minute(session.deadline_ms),
            crate::clock::ago(at_ms, session.deadline_ms)
        ),
        details: format!(
            "{recorded}\nhelp: `judge mock end` closes the session and shows its report; after that, `judge submit` is practice again"
        ),
    }
}
