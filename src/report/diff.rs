//! A line diff of expected against actual output, with whitespace made visible on the lines
//! that differ, written to any `Write` so it can be tested without a terminal.

use std::io::{self, Write};
use std::time::Duration;

use similar::{ChangeTag, TextDiff};

use super::Style;

/// Most diff lines shown; the rest is summarised.
const MAX_DIFF_LINES: usize = 40;
/// Lines of context around each change.
const CONTEXT: usize = 2;

/// Renders one line with spaces as `·`, tabs as `→`, carriage returns as `␍`, other control
/// characters escaped, and a missing final newline marked.
pub fn visible(line: &str, style: Style) -> String {
    let mut out = String::new();
    let body = line.strip_suffix('\n').unwrap_or(line);
    for c in body.chars() {
        match c {
            ' ' => out.push_str(&style.whitespace("·")),
            '\t' => out.push_str(&style.whitespace("→")),
            '\r' => out.push_str(&style.whitespace("␍")),
            c => match super::safe::visible(c.encode_utf8(&mut [0; 4])) {
                std::borrow::Cow::Borrowed(c) => out.push_str(c),
                escaped => out.push_str(&style.whitespace(&escaped)),
            },
        }
    }
    if !line.ends_with('\n') {
        out.push_str(&style.dim(" (no newline at end)"));
    }
    out
}

/// Writes a unified-style diff: `-` lines are expected, `+` lines are the solution's output.
pub fn write_diff(
    out: &mut dyn Write,
    expected: &str,
    actual: &str,
    style: Style,
) -> io::Result<()> {
    write_diff_from(out, expected, actual, style, 0)
}

/// [`write_diff`] of a window of two outputs that starts after `first` lines of each: the line
/// numbers shown count those lines.
pub fn write_diff_from(
    out: &mut dyn Write,
    expected: &str,
    actual: &str,
    style: Style,
    first: usize,
) -> io::Result<()> {
    let diff = TextDiff::configure()
        .timeout(Duration::from_millis(500))
        .diff_lines(expected, actual);
    let mut shown = 0;
    let mut hidden = 0;
    for (g, group) in diff.grouped_ops(CONTEXT).iter().enumerate() {
        if g > 0 && shown < MAX_DIFF_LINES {
            writeln!(out, "{}", style.dim("  ⋯"))?;
        }
        for op in group {
            for change in diff.iter_changes(op) {
                if shown >= MAX_DIFF_LINES {
                    hidden += 1;
                    continue;
                }
                shown += 1;
                let line_no = change
                    .old_index()
                    .or(change.new_index())
                    .map_or(0, |i| first + i + 1);
                let text = change.value();
                match change.tag() {
                    ChangeTag::Equal => {
                        let body = text.strip_suffix('\n').unwrap_or(text);
                        writeln!(
                            out,
                            "{}   {}",
                            style.dim(&format!("{line_no:>5}")),
                            super::safe::visible(body)
                        )?
                    }
                    ChangeTag::Delete => writeln!(
                        out,
                        "{} {} {}",
                        style.dim(&format!("{line_no:>5}")),
                        style.removed("-"),
                        style.removed(&visible(text, style))
                    )?,
                    ChangeTag::Insert => writeln!(
                        out,
                        "{} {} {}",
                        style.dim(&format!("{line_no:>5}")),
                        style.added("+"),
                        style.added(&visible(text, style))
                    )?,
                }
            }
        }
    }
    if hidden > 0 {
        writeln!(
            out,
            "{}",
            style.dim(&format!("  … {hidden} more diff lines not shown"))
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(e: &str, a: &str) -> String {
        let mut buf = Vec::new();
        write_diff(&mut buf, e, a, Style::plain()).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn shows_changed_lines_with_visible_whitespace() {
        let d = render("1\n2\n3\n", "1\n2 \n3\n");
        assert!(d.contains("- 2\n"), "{d}");
        assert!(d.contains("+ 2·\n"), "{d}");
        assert!(d.contains("  1\n") || d.contains("1\n"), "{d}");
    }

    #[test]
    fn marks_tabs_carriage_returns_and_missing_newline() {
        let d = render("a b\n", "a\tb\r\n");
        assert!(d.contains("- a·b"), "{d}");
        assert!(d.contains("+ a→b␍"), "{d}");
        let d = render("x\n", "x");
        assert!(d.contains("(no newline at end)"), "{d}");
    }

    #[test]
    fn long_diffs_are_cut() {
        let e: String = (0..500).map(|i| format!("{i}\n")).collect();
        let a: String = (0..500).map(|i| format!("x{i}\n")).collect();
        let d = render(&e, &a);
        assert!(d.contains("more diff lines not shown"), "{d}");
        assert!(d.lines().count() < 60);
    }
}
