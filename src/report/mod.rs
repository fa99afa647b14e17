//! Reporters: the terminal display ([`Terminal`]) and the JSON export, plus the pieces they
//! share: styles and the whitespace-visible diff.

pub mod diff;
pub mod json;
pub mod safe;
pub mod styles;
mod terminal;
pub mod words;

use std::time::Duration;

pub use json::{write_json, write_json_with, JsonExtras, RunDocument, TestEntry};
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
