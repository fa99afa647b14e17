//! Exit codes, and [`Failure`]: how a command ends when it does not succeed.

use std::process::ExitCode;

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
#[derive(Debug)]
pub enum Failure {
    /// The run completed and was reported; it just was not accepted. Exit with this code.
    Reported(u8),
    /// An error to print: a headline, optional detail lines, and the exit code.
    Error {
        code: u8,
        headline: String,
        details: String,
    },
}

impl Failure {
    pub fn usage(headline: impl Into<String>, details: impl Into<String>) -> Failure {
        Failure::Error {
            code: USAGE,
            headline: headline.into(),
            details: details.into(),
        }
    }

    pub fn internal(headline: impl Into<String>) -> Failure {
        Failure::Error {
            code: INTERNAL,
            headline: headline.into(),
            details: String::new(),
        }
    }

    /// Prints the error (if any) to stderr and returns the process exit code.
    pub fn exit(self, style: Style) -> ExitCode {
        match self {
            Failure::Reported(code) => ExitCode::from(code),
            Failure::Error {
                code,
                headline,
                details,
            } => {
                eprintln!("{} {headline}", style.error("error:"));
                for line in details.lines() {
                    match line.strip_prefix("help: ") {
                        Some(h) => eprintln!("{} {h}", style.help("help:")),
                        None => eprintln!("{line}"),
                    }
                }
                ExitCode::from(code)
            }
        }
    }
}
