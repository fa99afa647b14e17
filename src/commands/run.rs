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
}

/// The largest solution source judged and recorded.
const MAX_SOURCE_BYTES: u64 = 1 << 20;

pub fn run(global: &Global, opts: RunOptions) -> Result<(), Failure> {
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
    let Prepared {
        problem, judging, ..
    } = app::prepare(global, &opts.problem, &opts.file, opts.jobs)?;
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
        }
    }
    match report.verdict {
        Verdict::AC => Ok(()),
        Verdict::IE => Err(Failure::InternalVerdict),
        _ => Err(Failure::NotAccepted),
    }
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
