//! Where in a solution a failure is, when the compiler's or the runtime's message says
//! ([`place_of`]): rustc's first error `--> FILE:LINE:COL`, a Rust panic's
//! `panicked at FILE:LINE:COL`, or the innermost `File "FILE", line N` of a Python traceback.
//! Only places in the solution's own file count, never the judge's harness.

use super::run::{FileResult, Outcome};
use crate::verdict::Verdict;

/// A line and column in a file (the column is optional).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub line: u64,
    pub column: Option<u64>,
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.column {
            Some(c) => write!(f, "{}:{c}", self.line),
            None => write!(f, "{}", self.line),
        }
    }
}

/// Where in the solution the failure is, when its message says.
pub fn place_of(r: &FileResult) -> Option<Place> {
    let Outcome::Judged(rep) = &r.outcome else {
        return None;
    };
    let shown = r.job.shown.as_str();
    if let Some(msg) = &rep.compile_error {
        return place_in(msg, shown);
    }
    let failed = rep.tests.iter().find(|t| t.verdict != Verdict::AC)?;
    let stderr = String::from_utf8_lossy(&crate::report::words::shown_failure(failed)?.stderr_tail)
        .into_owned();
    place_in(&stderr, shown)
}

/// The first place in `text` that names `file`: rustc's first error location, a panic
/// location, or the innermost Python frame in the file.
pub fn place_in(text: &str, file: &str) -> Option<Place> {
    let mut in_error = false;
    let mut python = None;
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with("error") {
            in_error = true;
        } else if t.starts_with("warning") {
            in_error = false;
        }
        if let Some(rest) = t.strip_prefix("--> ") {
            if in_error {
                if let Some(p) = line_col(rest, file) {
                    return Some(p);
                }
            }
        }
        if let Some((_, rest)) = t.split_once("panicked at ") {
            if let Some(p) = line_col(rest.trim_end_matches(':'), file) {
                return Some(p);
            }
        }
        if let Some(rest) = t.strip_prefix(&format!("File \"{file}\", line ")) {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            if let Ok(n) = digits.parse() {
                python = Some(Place {
                    line: n,
                    column: None,
                });
            }
        }
    }
    python
}

/// `FILE:LINE:COL` for `file`.
fn line_col(s: &str, file: &str) -> Option<Place> {
    let s = s.trim();
    // rustc names the file as it was given, which may be its absolute path.
    let rest = match s.strip_prefix(file) {
        Some(rest) => rest,
        None if s.starts_with('/') => {
            let at = s.find(&format!("/{file}:"))?;
            if s[..at].contains(char::is_whitespace) {
                return None;
            }
            &s[at + 1 + file.len()..]
        }
        None => return None,
    };
    let rest = rest.strip_prefix(':')?;
    let mut parts = rest.split(':');
    let line = parts.next()?.trim().parse().ok()?;
    let column = parts.next().and_then(|c| c.trim().parse().ok());
    Some(Place { line, column })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_in_compiler_and_runtime_messages() {
        let rustc = "warning: unused variable: `x`\n --> sol.rs:2:9\n  |\n\
                     error[E0308]: mismatched types\n --> sol.rs:5:12\n  |\n";
        assert_eq!(
            place_in(rustc, "sol.rs"),
            Some(Place {
                line: 5,
                column: Some(12)
            })
        );
        assert_eq!(place_in(rustc, "other.rs"), None);
        let absolute = "error[E0308]: mismatched types\n --> /tmp/repo/sol.rs:1:36\n";
        assert_eq!(
            place_in(absolute, "sol.rs"),
            Some(Place {
                line: 1,
                column: Some(36)
            })
        );
        assert_eq!(place_in(absolute, "ol.rs"), None);
        let panic = "\nthread 'main' panicked at sol.rs:7:20:\nindex out of bounds\n";
        assert_eq!(
            place_in(panic, "sol.rs"),
            Some(Place {
                line: 7,
                column: Some(20)
            })
        );
        let traceback = "Traceback (most recent call last):\n  File \"a/s.py\", line 9, in twoSum\n    \
                         return f(x)\n  File \"a/s.py\", line 3, in f\n    raise ValueError\nValueError\n";
        assert_eq!(
            place_in(traceback, "a/s.py"),
            Some(Place {
                line: 3,
                column: None
            })
        );
        let syntax =
            "  File \"s.py\", line 4\n    def f(:\n          ^\nSyntaxError: invalid syntax\n";
        assert_eq!(place_in(syntax, "s.py").map(|p| p.line), Some(4));
    }
}
