//! Exit codes, and [`Failure`]: the one error type every command returns, with the one match
//! that turns it into an exit code ([`Failure::exit_code`]) and the one place that prints it.

use std::process::ExitCode;

use crate::catalog::CatalogError;
use crate::history::HistoryError;
use crate::import::ImportError;
use crate::lang::LangError;
use crate::report::Style;

/// Everything ran and every test was accepted.
pub const ACCEPTED: u8 = 0;
/// The solution was judged and is not accepted (any verdict but AC and IE).
pub const NOT_ACCEPTED: u8 = 1;
/// Bad arguments or input: unknown problem, malformed problem file, unsupported file type,
/// missing solution file or toolchain. (clap also exits 2 on bad arguments.)
pub const USAGE: u8 = 2;
/// The judge itself failed (including the IE verdict).
pub const INTERNAL: u8 = 3;

/// Why a command did not succeed.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// The solution was judged and reported; it is not accepted. Nothing more to print.
    #[error("not accepted")]
    NotAccepted,
    /// The run was reported with the verdict IE: the judge or the problem is at fault.
    #[error("internal error")]
    InternalVerdict,
    #[error("{0}")]
    Catalog(#[from] CatalogError),
    #[error("{0}")]
    Lang(#[from] LangError),
    #[error("{0}")]
    History(#[from] HistoryError),
    #[error("{0}")]
    Import(#[from] ImportError),
    /// Writing the report failed (a closed pipe is not a failure: see [`crate::app::stdout`]).
    #[error("cannot write to stdout: {0}")]
    Output(#[from] std::io::Error),
    /// Bad arguments or input, with detail lines (`help: ...`).
    #[error("{headline}")]
    Usage { headline: String, details: String },
    /// The judge itself failed.
    #[error("{headline}")]
    Internal { headline: String, details: String },
    /// A submission refused (after its mock session ended): said, and not accepted.
    #[error("{headline}")]
    Refused { headline: String, details: String },
}

impl From<crate::report::ReportError> for Failure {
    fn from(e: crate::report::ReportError) -> Failure {
        match e {
            crate::report::ReportError::Output(e) => Failure::Output(e),
            crate::report::ReportError::File(m) => Failure::internal(m),
        }
    }
}

impl Failure {
    pub fn usage(headline: impl Into<String>, details: impl Into<String>) -> Failure {
        Failure::Usage {
            headline: headline.into(),
            details: details.into(),
        }
    }

    pub fn internal(headline: impl Into<String>) -> Failure {
        Failure::Internal {
            headline: headline.into(),
            details: String::new(),
        }
    }

    /// The process exit code: the one place that decides it.
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::NotAccepted | Failure::Refused { .. } => NOT_ACCEPTED,
            Failure::InternalVerdict => INTERNAL,
            Failure::Lang(LangError::Cache { .. }) => INTERNAL,
            Failure::History(HistoryError::Sql { .. } | HistoryError::Invalid(_)) => INTERNAL,
            Failure::Catalog(_)
            | Failure::Lang(_)
            | Failure::History(_)
            | Failure::Import(_)
            | Failure::Usage { .. } => USAGE,
            Failure::Output(_) | Failure::Internal { .. } => INTERNAL,
        }
    }

    /// Lines after the headline: context and `help:` lines.
    fn details(&self) -> String {
        match self {
            Failure::Catalog(e) => e.details(),
            Failure::Lang(e) => e.help().map(|h| format!("help: {h}")).unwrap_or_default(),
            Failure::History(e) => e.help(),
            Failure::Import(e) => e.details(),
            Failure::Usage { details, .. }
            | Failure::Internal { details, .. }
            | Failure::Refused { details, .. } => details.clone(),
            _ => String::new(),
        }
    }

    /// Prints the error (unless the run already reported itself) to stderr and returns the
    /// process exit code.
    pub fn exit(self, style: Style) -> ExitCode {
        if !matches!(self, Failure::NotAccepted | Failure::InternalVerdict) {
            eprintln!("{} {self}", style.error("error:"));
            for line in self.details().lines() {
                match line.strip_prefix("help: ") {
                    Some(h) => eprintln!("{} {h}", style.help("help:")),
                    None => eprintln!("{line}"),
                }
            }
        }
        ExitCode::from(self.exit_code())
    }
}
