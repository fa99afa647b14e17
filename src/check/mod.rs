//! `judge check`: judges every solution of a practice repository, for CI and for graders of
//! many repositories. Discovery by naming convention or a `judge.yaml` manifest, selection
//! (`--filter`, `--changed-since`, `--partition`), parallel judging, and reports: a table, JSON,
//! JUnit XML and GitHub annotations. docs/check.md is the user's guide.

mod command;
mod discover;
mod github;
mod json;
mod junit;
mod locate;
mod manifest;
mod run;
mod select;
mod terminal;

pub use command::{check, CheckOptions};
pub use discover::{discover, Discovery, Rule, Skipped, Solution};
pub use manifest::{Manifest, MANIFEST_FILE};
pub use select::Partition;
