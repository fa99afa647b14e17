//! Writing judge's YAML by hand: strings as literal block scalars when that keeps every byte
//! (the readable form for test data), double-quoted with escapes otherwise. The catalog reads what
//! this writes with its strict parser; the tests below and the importer's own check after writing
//! prove the round trip.

use std::fmt::Write;

/// `s` as a double-quoted YAML scalar: always valid, on one line.
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\0' => out.push_str("\\0"),
            c if needs_escape(c) => {
                let n = c as u32;
                if n <= 0xff {
                    let _ = write!(out, "\\x{n:02x}");
                } else {
                    let _ = write!(out, "\\u{n:04x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Characters YAML does not allow raw, or reads as line breaks or a byte-order mark.
fn needs_escape(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(
            c,
            '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
        )
}

/// Whether `s` can be a literal block scalar that reads back as exactly `s`: at least one
/// non-empty line, and nothing a block scalar would normalise (`\r`, other control characters,
/// Unicode line separators).
fn fits_block(s: &str) -> bool {
    s.split('\n').any(|l| !l.is_empty()) && !s.chars().any(needs_escape)
}

/// Appends `key: value` at `indent` spaces, the value as a literal block scalar (content indented
/// two more spaces) when that is exact, else double-quoted.
pub fn field(out: &mut String, indent: usize, key: &str, value: &str) {
    let pad = " ".repeat(indent);
    if !fits_block(value) {
        let _ = writeln!(out, "{pad}{key}: {}", quoted(value));
        return;
    }
    let body = value.strip_suffix('\n');
    // Chomping: `-` no final line break, `` (clip) exactly one, `+` (keep) trailing empty lines.
    let chomp = match body {
        None => "-",
        Some(b) if b.ends_with('\n') => "+",
        Some(_) => "",
    };
    // The content's indentation is guessed from its first non-empty line, so one starting with
    // a space needs it stated: relative to the key's indentation.
    let first = value.split('\n').find(|l| !l.is_empty()).unwrap_or("");
    let indicator = if first.starts_with(' ') { "2" } else { "" };
    let _ = writeln!(out, "{pad}{key}: |{indicator}{chomp}");
    let content_pad = " ".repeat(indent + 2);
    for line in body.unwrap_or(value).split('\n') {
        if line.is_empty() {
            out.push('\n');
        } else {
            let _ = writeln!(out, "{content_pad}{line}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::spec::{StdioTestSpec, TestFileSpec};

    /// Writes one test with `value` as input and output and reads it back with the catalog's
    /// parser.
    fn round_trip(value: &str) -> (String, String, String) {
        let mut text = String::from("tests:\n  - name: \"t\"\n");
        field(&mut text, 4, "input", value);
        field(&mut text, 4, "output", value);
        text.push_str("  - name: \"next\"\n    input: \"x\"\n    output: \"y\"\n");
        let parsed: TestFileSpec<StdioTestSpec> =
            crate::catalog::parse_yaml("t.yaml", &text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        let t = &parsed.tests[0];
        assert_eq!(parsed.tests.len(), 2, "{text}");
        (t.input.clone().unwrap(), t.output.clone().unwrap(), text)
    }

    #[test]
    fn every_byte_survives() {
        let cases = [
            "3 1\n1 2 3\n",
            "no final newline",
            "two trailing newlines\n\n",
            "three\n\n\n",
            "\nleading empty line\n",
            "\n\nleading empty lines, none at the end",
            "  indented first line\n1\n",
            "\n   indented after an empty line\n",
            "trailing spaces   \n  \n",
            "\ttab first\n a\tb \n",
            "inner\n\n\nblank lines\n",
            "# not a comment\n- not a list\nkey: not a map\n",
            "---\n...\n",
            "crlf\r\nline endings\r\n",
            "quote \" and backslash \\ and unicode é ✓\n",
            "nul \0 and bell \u{7} and bom \u{feff}\n",
            "",
            "\n",
            "\n\n",
            " ",
            "|\n>\n",
        ];
        for case in cases {
            let (input, output, text) = round_trip(case);
            assert_eq!(input, case, "input of {case:?}:\n{text}");
            assert_eq!(output, case, "output of {case:?}:\n{text}");
        }
    }

    #[test]
    fn readable_data_is_a_block_scalar() {
        let mut out = String::new();
        field(&mut out, 4, "input", "1 2\n3\n");
        assert_eq!(out, "    input: |\n      1 2\n      3\n");
        let mut out = String::new();
        field(&mut out, 0, "output", "6");
        assert_eq!(out, "output: |-\n  6\n");
        let mut out = String::new();
        field(&mut out, 0, "output", "a\r\n");
        assert_eq!(out, "output: \"a\\r\\n\"\n");
    }
}
