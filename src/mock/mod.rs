//! Timed mock assessments: [`preset`]s, [`session`]s recorded in the history, their
//! [`score`]boards, and the `judge mock` commands.

pub mod command;
pub mod preset;
pub mod report;
pub mod score;
pub mod session;

pub use session::{Session, State};
