//! `judge complexity SLUG FILE` (and `judge run SLUG FILE --complexity`): measures a solution at
//! growing sizes and reports the growth class it looks like, against what the problem expects.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

use crate::app::{self, Format, Global, Judging};
use crate::complexity::{self, MeasureError, Options};
use crate::exit::Failure;
use crate::report::complexity as words;
use crate::verdict::Verdict;

#[derive(Debug, Clone)]
pub struct ComplexityOptions {
    pub problem: String,
    pub file: PathBuf,
    pub format: Format,
    /// The solution's CPU time the measurement may take.
    pub seconds: f64,
    pub jobs: Option<usize>,
}

pub fn complexity(global: &Global, opts: ComplexityOptions) -> Result<(), Failure> {
    if !(opts.seconds.is_finite() && opts.seconds > 0.0 && opts.seconds <= 3600.0) {
        return Err(Failure::usage(
            format!("--seconds {} is not a time budget", opts.seconds),
            "help: give a number of seconds from 0.1 to 3600, e.g. --seconds 20",
        ));
    }
    let problem = global.catalog().problem(&opts.problem)?;
    app::solution_language(&opts.file)?;
    if problem.sizes.is_none() {
        return Err(Failure::usage(
            MeasureError::NoSizes(opts.problem.clone()).to_string(),
            "help: a problem gets a complexity report when its problem.yaml declares `sizes:` \
             (see docs/complexity.md)",
        ));
    }
    let judging = Judging::new(global, opts.jobs, None)?;
    let style = global.style();
    let live = opts.format == Format::Text && std::io::stderr().is_terminal();
    let mut progress = |s: &complexity::Size| {
        if live {
            eprintln!(
                "{}",
                style.dim(&format!(
                    "  n = {}: {}",
                    words::size(s.n),
                    words::seconds(s.fastest)
                ))
            );
        }
    };
    let measured = judging.runtime.block_on(complexity::measure(
        &problem,
        &opts.file,
        &judging.config,
        Options {
            budget: Duration::from_secs_f64(opts.seconds),
            ..Options::default()
        },
        crate::report::words::why,
        &mut progress,
    ));
    let m = match measured {
        Ok(m) => m,
        Err(MeasureError::Run(crate::runner::RunError::Lang(e))) => return Err(e.into()),
        Err(MeasureError::Compile(msg)) => {
            return Err(Failure::usage(
                format!("{} does not compile", opts.file.display()),
                msg,
            ))
        }
        Err(e) => return Err(Failure::internal(e.to_string())),
    };
    let file = opts.file.display().to_string();
    let mut out = app::stdout();
    match opts.format {
        Format::Json => app::write_json_doc(&mut out, &words::document(&m, &opts.problem, &file))?,
        Format::Text => {
            let what = match m.timing {
                crate::complexity::Timing::Call => "CPU time of the solution's calls",
                crate::complexity::Timing::Process => "CPU time",
            };
            let title = format!(
                "{} · {} · {what}, fastest run of each size",
                opts.problem,
                crate::report::safe::visible(&file)
            );
            let width = crate::report::width::stdout_columns().unwrap_or(80);
            out.write_all(words::text(&m, &title, style, width).as_bytes())?;
        }
    }
    // A wrong answer or a crash while measuring is a failed solution; a run stopped by the time
    // budget is not.
    match &m.trouble {
        Some(t) if t.result.verdict == Verdict::IE => Err(Failure::InternalVerdict),
        Some(t) if t.result.verdict != Verdict::TLE => Err(Failure::NotAccepted),
        _ => Ok(()),
    }
}
