//! `judge check`: judges every solution of a practice repository, for CI and for graders of
//! many repositories. Discovery by naming convention or a `judge.yaml` manifest, selection
//! (`--filter`, `--changed-since`, `--partition`), parallel judging, and reports: a table, JSON,
//! JUnit XML and GitHub annotations. docs/check.md is the user's guide.

pub(crate) mod discover;
pub(crate) mod github;
pub(crate) mod json;
pub(crate) mod junit;
mod locate;
pub(crate) mod manifest;
pub(crate) mod run;
pub(crate) mod select;
pub(crate) mod terminal;

pub use discover::{discover, Discovery, Rule, Skipped, Solution};
pub use manifest::{Manifest, MANIFEST_FILE};
pub use select::Partition;
