//! Timed mock assessments: [`preset`]s, [`session`]s recorded in the history, their
//! [`score`]boards and their rendering ([`report`]); the `judge mock` commands are in
//! `commands/mock.rs`.

pub mod preset;
pub mod report;
pub mod score;
pub mod session;

pub use session::{Session, State};
