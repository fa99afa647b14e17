//! Attempt history: every `judge run` and `judge submit` recorded in SQLite ([`History`]), the
//! hints and solutions shown (`reveals`), and what is learnt
//! from them. The commands that show it are in `commands/history.rs`.

mod attempts;
mod db;
pub mod progress;
mod reveals;
pub mod review;
pub mod stats;

pub use attempts::{Attempt, AttemptDetail, AttemptKind, LevelTally, NewAttempt, Scope};
pub use db::{default_path, History, HistoryError, SCHEMA_VERSION};
pub use reveals::{NewReveal, Reveal, RevealKind};
