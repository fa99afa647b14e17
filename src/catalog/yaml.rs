//! Strict YAML with located errors: every parse of a judge file (problem.yaml, test files,
//! lists, the check manifest `judge.yaml`, imported Kattis YAML) goes through [`parse`], so a
//! mistake is reported as `file:line:col` with the offending line and a hint.

use serde::de::DeserializeOwned;
use serde_saphyr::Spanned;

use super::error::suggestion_for_serde_message;
use super::CatalogError;

pub(crate) fn located(
    file: &str,
    text: &str,
    line: u64,
    column: u64,
    message: String,
    help: Option<String>,
) -> CatalogError {
    let source_line = (line > 0)
        .then(|| text.lines().nth(line as usize - 1))
        .flatten()
        .map(|l| l.to_string());
    CatalogError::Located {
        file: file.to_string(),
        line,
        column,
        message,
        source_line,
        help,
    }
}

pub(super) fn at<T>(
    file: &str,
    text: &str,
    span: &Spanned<T>,
    message: String,
    help: Option<String>,
) -> CatalogError {
    let loc = span.referenced;
    located(file, text, loc.line(), loc.column(), message, help)
}

/// Parser limits: test files legitimately hold hundreds of thousands of values, far above the
/// crate's defaults for configuration files; alias expansion ("billion laughs") stays capped.
fn yaml_options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_events = 50_000_000;
    budget.max_nodes = 25_000_000;
    budget.max_total_scalar_bytes = 512 << 20;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    options
}

/// Parses YAML into `T`, turning any error into a located [`CatalogError`].
pub(crate) fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, CatalogError> {
    if text.trim().is_empty() {
        return Err(located(
            file,
            text,
            1,
            1,
            "the file is empty".to_string(),
            Some("see docs/problem-format.md for what a problem file holds".to_string()),
        ));
    }
    serde_saphyr::from_str_with_options::<T>(text, yaml_options()).map_err(|e| {
        let full = e.to_string();
        let first = full.lines().next().unwrap_or("").trim();
        let first = first.strip_prefix("error: ").unwrap_or(first);
        // The message starts with "line L column C: " when the crate knows the place.
        let message = match first.split_once(": ") {
            Some((place, rest)) if place.starts_with("line ") => rest.to_string(),
            _ => first.to_string(),
        };
        // The crate's advice names its own API, which means nothing to a problem author.
        let message = message
            .replace(", set DuplicateKeyPolicy in Options if acceptable", "")
            .replace(
                "budget breached",
                "the file is too large or too deeply nested",
            );
        let help = suggestion_for_serde_message(&message);
        match e.location() {
            Some(loc) => located(file, text, loc.line(), loc.column(), message, help),
            // Every problem in a file is reported with a place; the start when the crate has none.
            None => located(file, text, 1, 1, message, help),
        }
    })
}
