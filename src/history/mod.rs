//! Attempt history: every `judge run` and `judge submit` recorded in SQLite ([`History`]), and
//! what is learnt from it. The commands that show it are in `commands/history.rs`.

mod attempts;
mod db;
pub mod progress;
pub mod review;
pub mod stats;

pub use attempts::{Attempt, AttemptDetail, AttemptKind, NewAttempt, Scope};
pub use db::{default_path, History, HistoryError, SCHEMA_VERSION};
