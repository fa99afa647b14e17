//! The commands, one file each, on plain options resolved by the CLI ([`crate::cli`]). Each
//! starts from [`crate::app`] (global options, `prepare()` for the judged ones), calls the core
//! and a reporter, and returns a [`crate::exit::Failure`] that `main` turns into an exit code.

pub mod attempt_diff;
pub mod check;
pub mod complexity;
pub mod custom;
pub mod doctor;
pub mod history;
pub mod import;
pub mod list;
pub mod mock;
pub mod new;
pub mod report;
pub mod review;
pub mod run;
pub mod show;
pub mod stress;
pub mod study;
pub mod teach;
pub mod validate;
pub mod watch;
