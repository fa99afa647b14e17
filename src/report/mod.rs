//! Reporters: every output format implements [`Reporter`] (the terminal display [`Terminal`],
//! the JSON export [`Json`]; `judge check`'s table, document, JUnit and GitHub reports in
//! `check/`), plus the pieces they share: the sentences ([`words`]), styles, the
//! whitespace-visible diff, and terminal safety ([`safe`]).

pub mod complexity;
pub mod custom;
pub mod diff;
pub mod html;
pub mod json;
mod reporter;
pub mod safe;
pub mod stress;
pub mod styles;
mod terminal;
pub mod width;
pub mod words;

use std::time::Duration;

pub use json::{write_json, write_json_with, Json, JsonExtras, RunDocument, TestEntry};
pub use reporter::{ReportError, Reporter, Reporters, RunDone};
pub use styles::Style;
pub use terminal::Terminal;

/// `0.42 s`.
pub fn fmt_secs(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

/// `9.1 MiB` or `812 KiB`.
pub fn fmt_kib(kib: u64) -> String {
    if kib >= 1024 {
        format!("{:.1} MiB", kib as f64 / 1024.0)
    } else {
        format!("{kib} KiB")
    }
}
