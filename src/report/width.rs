//! Columns on a terminal: the display width of text (`unicode-width`: a CJK character takes
//! two columns, a combining accent none; colour sequences none), padding and cutting by it,
//! and the width of the terminal on stdout (`terminal_size`), so that lines fit the window
//! when there is one and keep their fixed widths in pipes, files and tests.

use std::io::IsTerminal;

use unicode_width::UnicodeWidthChar;

/// The columns `s` takes, without ANSI escape sequences (`\x1b[...m`).
pub fn display_width(s: &str) -> usize {
    let mut n = 0;
    let mut in_escape = false;
    for c in s.chars() {
        if in_escape {
            if c.is_ascii_alphabetic() {
                in_escape = false;
            }
        } else if c == '\x1b' {
            in_escape = true;
        } else {
            n += c.width().unwrap_or(0);
        }
    }
    n
}

/// `s` followed by spaces up to `width` columns.
pub fn pad(s: &str, width: usize) -> String {
    format!("{s}{}", " ".repeat(width.saturating_sub(display_width(s))))
}

/// The longest start of `s` that takes at most `max` columns.
pub fn take_columns(s: &str, max: usize) -> &str {
    let mut used = 0;
    for (i, c) in s.char_indices() {
        used += c.width().unwrap_or(0);
        if used > max {
            return &s[..i];
        }
    }
    s
}

/// `s` cut to at most `max` columns (of plain text), ending in `…` when cut.
pub fn cut(s: &str, max: usize) -> String {
    if display_width(s) <= max {
        s.to_string()
    } else {
        format!("{}…", take_columns(s, max.saturating_sub(1)))
    }
}

/// The width of the terminal on stdout, or `None` when stdout is not a terminal.
pub fn stdout_columns() -> Option<usize> {
    let out = std::io::stdout();
    if !out.is_terminal() {
        return None;
    }
    terminal_size::terminal_size_of(&out).map(|(w, _)| usize::from(w.0))
}

/// Columns left for a line's tail after `used` columns: what the terminal has (at least 20), or
/// `fixed` when stdout is not a terminal.
pub fn columns_left(used: usize, fixed: usize) -> usize {
    stdout_columns().map_or(fixed, |c| c.saturating_sub(used).max(20))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_display_columns() {
        assert_eq!(display_width("two-sum"), 7);
        assert_eq!(display_width("\x1b[2m(hidden)\x1b[0m"), 8);
        assert_eq!(display_width("和"), 2);
        assert_eq!(display_width("e\u{301}"), 1);
        assert_eq!(pad("和", 4), "和  ");
        assert_eq!(cut("abcdef", 4), "abc…");
        assert_eq!(cut("abc", 4), "abc");
        assert_eq!(cut("和和和", 5), "和和…");
    }
}
