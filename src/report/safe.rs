//! Terminal safety: text that came from a solution (its stdout, stderr, a comparison message
//! quoting it) is shown with its control characters made visible (`\x1b`, `\r`, `\u{202e}`),
//! so a solution cannot clear the screen, set the window title, move the cursor or forge a line
//! of the judge's report. Every reporter that writes to a terminal passes such text through
//! [`visible`].

use std::borrow::Cow;

/// `text` with every control character except newline and tab escaped, and the Unicode
/// bidirectional overrides (which reorder what follows them on screen) escaped too.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if needs_escape(c) {
            out.push_str(&escape(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn needs_escape(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn escape(c: char) -> String {
    match c {
        '\r' => "\\r".to_string(),
        c if (c as u32) < 0x100 => format!("\\x{:02x}", c as u32),
        c => format!("\\u{{{:x}}}", c as u32),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_not_sent() {
        assert_eq!(visible("plain\ttext\n"), "plain\ttext\n");
        assert_eq!(
            visible("\x1b[2J\x1b]0;title\x07AC"),
            "\\x1b[2J\\x1b]0;title\\x07AC"
        );
        assert_eq!(visible("\rAC  13/13"), "\\rAC  13/13");
        assert_eq!(visible("\u{9b}31m \u{202e}abc"), "\\x9b31m \\u{202e}abc");
        assert!(matches!(visible("ok"), Cow::Borrowed(_)));
    }
}
