//! [`Terminal`]: renders a run for a person. One line per test as results arrive (in test order),
//! then, for the first failed visible test, its input, expected and actual output, a diff and the
//! end of stderr; then a summary line.

use std::io::Write;

use super::diff::{write_diff, write_diff_from};
use super::safe::visible;
use super::width::{columns_left, display_width, take_columns};
use super::words::{self, Audience};
use super::{fmt_kib, fmt_secs, Style};
use crate::runner::{Event, EventSink, Failure, RunReport, TestResult};
use crate::verdict::Verdict;

/// Lines of input, expected or actual output shown before cutting.
const SHOW_LINES: usize = 20;
/// Characters per shown line before cutting.
const SHOW_WIDTH: usize = 200;
/// Lines of stderr shown.
const STDERR_LINES: usize = 25;
/// Outputs longer than this (expected and actual together) are diffed only in a window of
/// lines around their first difference, each line cut, so that the report stays small whatever
/// a solution prints.
const WHOLE_DIFF_BYTES: usize = 1 << 20;
/// Lines of the window before the first difference, and in all.
const WINDOW_BEFORE: usize = crate::runner::DiffWindow::BEFORE;
const WINDOW_LINES: usize = crate::runner::DiffWindow::LINES;
/// Bytes kept of each line of the window.
const WINDOW_WIDTH: usize = crate::runner::DiffWindow::WIDTH;

pub struct Terminal<W: Write> {
    out: W,
    style: Style,
    name_width: usize,
    /// Hidden tests as counts only (`judge submit`), not a line each.
    hidden_as_counts: bool,
}

/// The terminal writes as the tests finish, its summary on `Finished`: nothing is left at the end.
impl<W: Write + Send> super::Reporter<super::RunDone<'_>> for Terminal<W> {}

impl<W: Write> Terminal<W> {
    pub fn new(out: W, style: Style, name_width: usize) -> Self {
        Terminal {
            out,
            style,
            name_width: name_width.clamp(8, 40),
            hidden_as_counts: false,
        }
    }

    /// Shows hidden tests as counts only, as an assessment does.
    pub fn hidden_as_counts(mut self) -> Self {
        self.hidden_as_counts = true;
        self
    }

    fn test_line(&mut self, t: &TestResult) -> std::io::Result<()> {
        let s = self.style;
        let name = if t.hidden {
            format!("{} {}", t.name, s.dim("(hidden)"))
        } else {
            t.name.clone()
        };
        let width = self.name_width + 9;
        let name = format!(
            "{name}{}",
            " ".repeat(width.saturating_sub(display_width(&name)))
        );
        let detail = words::detail(t, Audience::Solver);
        let detail = if detail.is_empty() {
            String::new()
        } else {
            // The row before the detail: verdict, name, time and memory columns.
            let max = columns_left(2 + 3 + 1 + width + 1 + 8 + 1 + 10 + 2, 100);
            format!("  {}", s.dim(&visible(&first_line(&detail, max))))
        };
        writeln!(
            self.out,
            "  {} {} {:>8} {:>10}{}",
            s.verdict(t.verdict),
            name,
            fmt_secs(t.cpu),
            fmt_kib(t.memory_kib),
            detail,
        )
    }

    fn failure(&mut self, t: &TestResult) -> std::io::Result<()> {
        let Some(f) = words::shown_failure(t) else {
            return Ok(());
        };
        let s = self.style;
        writeln!(self.out)?;
        writeln!(
            self.out,
            "{} {}: {}",
            s.bold("──"),
            s.bold(&t.name),
            s.bold(t.verdict.description())
        )?;
        let detail = words::detail(t, Audience::Solver);
        if !detail.is_empty() {
            writeln!(self.out, "{}", visible(&detail))?;
        }
        if f.design {
            self.design_table(t.verdict, t.failed_call.as_ref().map(|(i, _)| *i), f)?;
            if let Some(printed) = f.printed.as_ref().filter(|p| !p.is_empty()) {
                self.block("your stdout", printed, printed.len() as u64)?;
            }
            return self.stderr(f);
        }
        self.block("input", f.input.as_bytes(), f.input.len() as u64)?;
        let values = f.printed.is_some();
        let (expected_title, actual_title) = if values {
            ("expected", "your result")
        } else {
            ("expected output", "your output")
        };
        let one_line = (t.verdict == Verdict::WA && values)
            .then(|| OneLine::of(&f.expected, &String::from_utf8_lossy(&f.actual), &detail))
            .flatten();
        if let Some(v) = one_line {
            // LeetCode's way: each value on one line, the first differing element marked.
            writeln!(self.out, "{}", s.bold(expected_title))?;
            writeln!(self.out, "  {}", visible(&v.expected))?;
            writeln!(self.out, "{}", s.bold(actual_title))?;
            writeln!(self.out, "  {}", visible(&v.actual))?;
            if let Some((column, index)) = v.mark {
                writeln!(
                    self.out,
                    "  {}{}",
                    " ".repeat(column),
                    s.removed(&format!("^ index {index}"))
                )?;
            }
        } else if t.verdict == Verdict::WA {
            let values_text = values.then(|| {
                (
                    one_per_line(&f.expected),
                    one_per_line(&String::from_utf8_lossy(&f.actual)),
                )
            });
            let (expected, actual): (&[u8], &[u8]) = match &values_text {
                Some((e, a)) => (e.as_bytes(), a.as_bytes()),
                None => (f.expected.as_bytes(), &f.actual),
            };
            self.block(expected_title, expected, f.expected.len() as u64)?;
            self.block_of(actual_title, actual, f.stdout_bytes, f.actual_lines)?;
            writeln!(
                self.out,
                "{} {}",
                s.bold("diff"),
                s.dim(&format!(
                    "({} expected, {} yours; · space, → tab, ␍ carriage return)",
                    s.removed("-"),
                    s.added("+")
                ))
            )?;
            if let Some(w) = f.window.as_ref().filter(|_| values_text.is_none()) {
                // Outputs too large to keep: the runner cut out the lines around the first
                // difference.
                write_diff_from(&mut self.out, &w.expected, &w.actual, s, w.first_line)?;
            } else if expected.len() + actual.len() <= WHOLE_DIFF_BYTES {
                let actual = String::from_utf8_lossy(actual);
                write_diff(
                    &mut self.out,
                    &String::from_utf8_lossy(expected),
                    &actual,
                    s,
                )?;
            } else {
                let (first, expected, actual) = window(expected, actual);
                write_diff_from(&mut self.out, &expected, &actual, s, first)?;
            }
            if f.presentation {
                writeln!(
                    self.out,
                    "{}",
                    s.help(
                        "note: presentation error: your answer is right but the whitespace differs"
                    )
                )?;
            }
        } else if !f.actual.is_empty() {
            self.block_of(actual_title, &f.actual, f.stdout_bytes, f.actual_lines)?;
        }
        if let Some(printed) = f.printed.as_ref().filter(|p| !p.is_empty()) {
            self.block("your stdout", printed, printed.len() as u64)?;
        }
        self.stderr(f)
    }

    fn stderr(&mut self, f: &Failure) -> std::io::Result<()> {
        let s = self.style;
        if !f.stderr_tail.is_empty() {
            let text = String::from_utf8_lossy(&f.stderr_tail);
            let text = text.trim_start_matches(['\n', '\r']).trim_end();
            let lines: Vec<&str> = text.lines().collect();
            let from = lines.len().saturating_sub(STDERR_LINES);
            let cut = from > 0 || f.stderr_bytes > f.stderr_tail.len() as u64;
            writeln!(
                self.out,
                "{}{}",
                s.bold("stderr"),
                if cut {
                    s.dim(" (last lines)")
                } else {
                    String::new()
                }
            )?;
            for l in &lines[from..] {
                writeln!(self.out, "  {}", visible(l))?;
            }
        }
        Ok(())
    }

    /// The calls of a design test with the expected and the actual return of each, around the
    /// first one that differs.
    /// A call that failed (`failed`, RE) is marked, and the calls before it show what they
    /// returned.
    fn design_table(
        &mut self,
        verdict: Verdict,
        failed: Option<usize>,
        f: &Failure,
    ) -> std::io::Result<()> {
        let s = self.style;
        let parse = |text: &str| match serde_json::from_str::<serde_json::Value>(text) {
            Ok(serde_json::Value::Array(v)) => v,
            _ => Vec::new(),
        };
        let expected = parse(&f.expected);
        let actual = parse(&String::from_utf8_lossy(&f.actual));
        let calls: Vec<&str> = f.input.lines().collect();
        let cell = |v: Option<&serde_json::Value>| v.map_or("—".to_string(), |v| v.to_string());
        let first_bad = (0..calls.len()).find(|&i| {
            verdict == Verdict::WA && actual.get(i).is_some_and(|a| Some(a) != expected.get(i))
        });
        let failed = failed.filter(|&i| i < calls.len());
        let focus = first_bad
            .or(failed)
            .unwrap_or(calls.len().saturating_sub(1));
        let from = focus.saturating_sub(SHOW_LINES / 2);
        let to = (focus + 3).min(calls.len());
        let wc = calls[from..to]
            .iter()
            .map(|c| c.chars().count().min(40))
            .max()
            .unwrap_or(4)
            .max(4);
        let we = (from..to)
            .map(|i| cell(expected.get(i)).len().min(30))
            .max()
            .unwrap_or(8)
            .max(8);
        writeln!(
            self.out,
            "{}",
            s.bold(&format!(
                "{:>5}  {:<wc$}  {:<we$}  {}",
                "#", "call", "expected", "yours"
            ))
        )?;
        if from > 0 {
            writeln!(
                self.out,
                "{}",
                s.dim(&format!("{:>5}  … {from} earlier calls", ""))
            )?;
        }
        for (i, full) in calls.iter().enumerate().take(to).skip(from) {
            let call: String = full.chars().take(40).collect();
            let (e, a) = if Some(i) == failed {
                (cell(expected.get(i)), "✗".to_string())
            } else {
                (cell(expected.get(i)), cell(actual.get(i)))
            };
            let line = format!("{i:>5}  {call:<wc$}  {e:<we$}  {a}");
            let line = visible(&line);
            if Some(i) == first_bad {
                writeln!(
                    self.out,
                    "{}  {}",
                    s.removed(&line),
                    s.removed("← first difference")
                )?;
            } else if Some(i) == failed {
                writeln!(
                    self.out,
                    "{}  {}",
                    s.removed(&line),
                    s.removed("← failed here")
                )?;
            } else {
                writeln!(self.out, "{line}")?;
            }
        }
        if to < calls.len() {
            writeln!(
                self.out,
                "{}",
                s.dim(&format!("{:>5}  … {} more calls", "", calls.len() - to))
            )?;
        }
        Ok(())
    }

    /// A titled block of text, cut to a few lines with a note saying how much was left out.
    /// The first lines of `text` (as its lossy UTF-8 rendering would show them), converting
    /// only what is shown.
    fn block(&mut self, title: &str, text: &[u8], total_bytes: u64) -> std::io::Result<()> {
        self.block_of(title, text, total_bytes, None)
    }

    /// [`Terminal::block`] of the start of a text of `total_lines` lines, when it is not all
    /// there.
    fn block_of(
        &mut self,
        title: &str,
        text: &[u8],
        total_bytes: u64,
        total_lines: Option<usize>,
    ) -> std::io::Result<()> {
        let s = self.style;
        writeln!(self.out, "{}", s.bold(title))?;
        if text.is_empty() {
            writeln!(self.out, "  {}", s.dim("(empty)"))?;
            return Ok(());
        }
        for l in lines_of(text).take(SHOW_LINES) {
            // A character takes at most 4 bytes, a replaced invalid sequence at least 1.
            let l = String::from_utf8_lossy(&l[..l.len().min((SHOW_WIDTH + 2) * 4)]);
            let cut: String = l.chars().take(SHOW_WIDTH).collect();
            let more = if l.chars().count() > SHOW_WIDTH {
                s.dim(" …")
            } else {
                String::new()
            };
            writeln!(self.out, "  {}{more}", visible(&cut))?;
        }
        let lines = total_lines.unwrap_or_else(|| lines_of(text).count());
        if lines > SHOW_LINES {
            writeln!(
                self.out,
                "  {}",
                s.dim(&format!(
                    "… {} more lines ({} bytes in all)",
                    lines - SHOW_LINES,
                    total_bytes
                ))
            )?;
        }
        Ok(())
    }

    /// `hidden tests: 12/15 passed (WA ×2, TLE ×1)`.
    fn hidden_counts(&mut self, r: &RunReport) -> std::io::Result<()> {
        let hidden: Vec<&TestResult> = r.tests.iter().filter(|t| t.hidden).collect();
        if hidden.is_empty() {
            return Ok(());
        }
        let passed = hidden.iter().filter(|t| t.verdict == Verdict::AC).count();
        let mut counts: Vec<(Verdict, usize)> = Vec::new();
        for t in hidden.iter().filter(|t| t.verdict != Verdict::AC) {
            match counts.iter_mut().find(|(v, _)| *v == t.verdict) {
                Some((_, n)) => *n += 1,
                None => counts.push((t.verdict, 1)),
            }
        }
        let s = self.style;
        let mut line = format!(
            "  {} {passed}/{} passed",
            s.bold("hidden tests:"),
            hidden.len()
        );
        if !counts.is_empty() {
            let parts: Vec<String> = counts
                .iter()
                .map(|(v, n)| format!("{} ×{n}", s.verdict(*v).trim_end()))
                .collect();
            line.push_str(&format!(" ({})", parts.join(", ")));
        }
        writeln!(self.out)?;
        writeln!(self.out, "{line}")
    }

    fn summary(&mut self, r: &RunReport) -> std::io::Result<()> {
        let s = self.style;
        if let Some(msg) = &r.compile_error {
            // Python has no compiler: its CE is a solution that does not fit the signature.
            let (title, summary) = match r.language {
                crate::lang::Language::Python => (
                    "signature error",
                    "the solution does not match the problem's signature",
                ),
                crate::lang::Language::Rust => ("compiler output", "compilation failed"),
            };
            writeln!(self.out, "{}", s.bold(title))?;
            // Coloured compiler output carries the compiler's own escapes; plain output is
            // made safe like any other text that quotes the solution.
            let msg = msg.trim_end();
            if s.color {
                writeln!(self.out, "{msg}")?;
            } else {
                writeln!(self.out, "{}", visible(msg))?;
            }
            writeln!(self.out)?;
            writeln!(self.out, "{} {}", s.verdict(Verdict::CE), s.bold(summary))?;
            return Ok(());
        }
        let visible = words::first_shown_failure(r);
        if let Some(t) = visible {
            self.failure(t)?;
        }
        if self.hidden_as_counts {
            self.hidden_counts(r)?;
        } else if let Some(t) = visible
            .is_none()
            .then(|| r.tests.iter().find(|t| t.verdict != Verdict::AC))
            .flatten()
        {
            writeln!(self.out)?;
            writeln!(
                self.out,
                "{}",
                s.dim(&format!(
                    "{} on hidden test {}: hidden tests show only their verdict",
                    t.verdict.description(),
                    t.name
                ))
            )?;
        }
        writeln!(self.out)?;
        let mut line = format!(
            "{} {}  {}/{} passed",
            s.verdict(r.verdict),
            s.bold(r.verdict.description()),
            r.passed,
            r.total
        );
        if r.skipped > 0 {
            line.push_str(&format!(", {} skipped (--fail-fast)", r.skipped));
        }
        line.push_str(&format!(
            "  ·  max CPU {}  ·  max memory {}",
            fmt_secs(r.max_cpu),
            fmt_kib(r.max_memory_kib)
        ));
        writeln!(self.out, "{line}")?;
        self.levels(r)
    }

    /// A progressive problem's result per level: `level 2: 14/15 passed`.
    fn levels(&mut self, r: &RunReport) -> std::io::Result<()> {
        for l in &r.levels {
            let text = format!("level {}: {}/{} passed", l.level, l.passed, l.total);
            let mark = match l.verdict {
                Some(v) => self.style.verdict(v),
                None => self.style.dim("--"),
            };
            writeln!(self.out, "  {mark} {text}")?;
        }
        Ok(())
    }
}

impl<W: Write + Send> EventSink for Terminal<W> {
    fn on_event(&mut self, _run: usize, event: Event) {
        // A closed stdout (e.g. `judge run ... | head`) must not stop the run.
        let _ = match &event {
            Event::Started {
                problem,
                language,
                total,
            } => writeln!(
                self.out,
                "{} {} · {} · {} test{}",
                self.style.bold("judge"),
                self.style.bold(problem),
                language.name(),
                total,
                if *total == 1 { "" } else { "s" }
            ),
            Event::Preparing { .. } | Event::NotRun | Event::Failed(_) => Ok(()),
            Event::Compiled(c) => writeln!(
                self.out,
                "  {}",
                self.style.dim(&if c.cached {
                    "compiled: cached".to_string()
                } else {
                    format!(
                        "compiled in {} (not counted in test times)",
                        fmt_secs(c.time)
                    )
                })
            ),
            Event::TestFinished(t) if t.hidden && self.hidden_as_counts => Ok(()),
            Event::TestFinished(t) => self.test_line(t),
            Event::Finished(r) => self.summary(r),
        };
        let _ = self.out.flush();
    }
}

/// Values at most this wide are shown on one line (`[3,1,1]`); longer ones are folded one
/// element per line, with a diff.
const ONE_LINE_WIDTH: usize = 100;

/// A function's expected and returned values on one line each, as LeetCode shows them, and
/// where the first differing top-level element starts in the returned one.
#[derive(Debug, PartialEq)]
struct OneLine {
    expected: String,
    actual: String,
    /// Column of the mark under `actual`, and the element's index.
    mark: Option<(usize, usize)>,
}

impl OneLine {
    /// `None` when either value is too long for a line (or not JSON): those are folded.
    fn of(expected: &str, actual: &str, detail: &str) -> Option<OneLine> {
        use serde_json::Value;
        let e: Value = serde_json::from_str(expected).ok()?;
        let a: Value = serde_json::from_str(actual).ok()?;
        let (es, as_) = (e.to_string(), a.to_string());
        if display_width(&es) > ONE_LINE_WIDTH || display_width(&as_) > ONE_LINE_WIDTH {
            return None;
        }
        // Compared in any order, an index names a position of the sorted lists: no mark.
        let any_order = detail.contains("(compared as any-order");
        let mark = match (&e, &a) {
            (Value::Array(xs), Value::Array(ys)) if !any_order => {
                // The comparison's own path (`at [2]...`) when it has one: it applies the
                // float tolerance; else the first element that is not equal.
                let from_detail = detail
                    .strip_prefix("at [")
                    .and_then(|r| r.split(']').next())
                    .and_then(|n| n.parse::<usize>().ok());
                let index = from_detail
                    .or_else(|| (0..xs.len().max(ys.len())).find(|&i| xs.get(i) != ys.get(i)));
                index.map(|i| {
                    let column = 1 + ys
                        .iter()
                        .take(i)
                        .map(|y| display_width(&y.to_string()) + 1)
                        .sum::<usize>();
                    // Past the end (an element missing): the closing bracket.
                    (column.min(display_width(&as_) - 1), i)
                })
            }
            _ => None,
        };
        Some(OneLine {
            expected: es,
            actual: as_,
            mark,
        })
    }
}

/// A JSON value rendered with one top-level element per line, so a diff lines up elements.
fn one_per_line(json: &str) -> String {
    match serde_json::from_str::<serde_json::Value>(json) {
        Ok(serde_json::Value::Array(items)) if !items.is_empty() => {
            let mut out = String::from("[\n");
            for (i, item) in items.iter().enumerate() {
                out.push_str("  ");
                out.push_str(&item.to_string());
                if i + 1 < items.len() {
                    out.push(',');
                }
                out.push('\n');
            }
            out.push_str("]\n");
            out
        }
        _ => format!("{json}\n"),
    }
}

/// The lines of `text` as `str::lines` splits them: at `\n`, without a final empty line, and
/// with the `\r` of a `\r\n` removed.
fn lines_of(text: &[u8]) -> impl Iterator<Item = &[u8]> {
    text.split_inclusive(|&b| b == b'\n')
        .map(|l| match l.strip_suffix(b"\n") {
            Some(l) => l.strip_suffix(b"\r").unwrap_or(l),
            None => l,
        })
}

/// The lines of `text`, each with its `\n`.
fn raw_lines(text: &[u8]) -> impl Iterator<Item = &[u8]> {
    text.split_inclusive(|&b| b == b'\n')
}

/// The lines around the first difference of two long outputs, each cut to [`WINDOW_WIDTH`]
/// bytes: the index of the first line kept, and the kept lines of each side.
fn window(expected: &[u8], actual: &[u8]) -> (usize, String, String) {
    let first_diff = raw_lines(expected)
        .zip(raw_lines(actual))
        .position(|(e, a)| e != a)
        .unwrap_or_else(|| raw_lines(expected).count().min(raw_lines(actual).count()));
    let first = first_diff.saturating_sub(WINDOW_BEFORE);
    let keep = |text: &[u8]| {
        let mut out = Vec::new();
        for l in raw_lines(text).skip(first).take(WINDOW_LINES) {
            if l.len() > WINDOW_WIDTH {
                out.extend_from_slice(&l[..WINDOW_WIDTH]);
                out.extend_from_slice("…".as_bytes());
                if l.ends_with(b"\n") {
                    out.push(b'\n');
                }
            } else {
                out.extend_from_slice(l);
            }
        }
        String::from_utf8_lossy(&out).into_owned()
    };
    (first, keep(expected), keep(actual))
}

fn first_line(s: &str, max: usize) -> String {
    let line = s.lines().next().unwrap_or("");
    if display_width(line) > max {
        format!("{}…", take_columns(line, max))
    } else {
        line.to_string()
    }
}

#[cfg(test)]
mod tests {
    //! The words of the terminal report, from recorded results: no sandbox, no solution.

    use std::time::Duration;

    use super::*;
    use crate::lang::Language;
    use crate::runner::{Difference, Failure, Why};

    fn test(name: &str, verdict: Verdict, hidden: bool, why: Why) -> TestResult {
        TestResult {
            name: name.to_string(),
            index: 0,
            verdict,
            cpu: Duration::from_millis(120),
            call_cpu: None,
            wall: Duration::from_millis(130),
            memory_kib: 2048,
            hidden,
            why,
            failed_call: None,
            failure: None,
            produced: None,
            produced_file: None,
        }
    }

    fn wrong(message: &str) -> Why {
        Why::Wrong(Difference::Compared {
            message: message.to_string(),
            presentation: false,
        })
    }

    fn report(tests: Vec<TestResult>) -> RunReport {
        let verdict = tests
            .iter()
            .map(|t| t.verdict)
            .find(|v| *v != Verdict::AC)
            .unwrap_or(Verdict::AC);
        RunReport {
            problem: "sum-lines".to_string(),
            language: Language::Python,
            verdict,
            passed: tests.iter().filter(|t| t.verdict == Verdict::AC).count(),
            total: tests.len(),
            skipped: 0,
            compile: None,
            compile_error: None,
            isolation: None,
            judge_memory_kib: 0,
            max_cpu: Duration::from_millis(120),
            max_memory_kib: 2048,
            tests,
            levels: Vec::new(),
        }
    }

    /// Everything the terminal prints for `report`, without colours.
    fn render(report: &RunReport, hidden_as_counts: bool) -> String {
        let mut out = Vec::new();
        {
            let mut term = Terminal::new(&mut out, Style { color: false }, 10);
            if hidden_as_counts {
                term = term.hidden_as_counts();
            }
            term.on_event(
                0,
                Event::Started {
                    problem: report.problem.clone(),
                    language: report.language,
                    total: report.total,
                },
            );
            for t in &report.tests {
                term.on_event(0, Event::TestFinished(t.clone()));
            }
            term.on_event(0, Event::Finished(Box::new(report.clone())));
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_visible_wrong_answer_shows_input_expected_actual_and_diff() {
        let mut wa = test("sample-1", Verdict::WA, false, wrong("line 1 differs"));
        wa.failure = Some(std::sync::Arc::new(Failure {
            input: "1\n1 2\n".into(),
            expected: "3\n".into(),
            actual: b"4\n".to_vec(),
            printed: None,
            design: false,
            stdout_bytes: 2,
            stderr_tail: Vec::new(),
            stderr_bytes: 0,
            presentation: false,
            window: None,
            actual_lines: None,
        }));
        let text = render(
            &report(vec![wa, test("big", Verdict::AC, true, Why::Passed)]),
            false,
        );
        for words in [
            "judge sum-lines · python · 2 tests",
            "WA  sample-1",
            "AC  big (hidden)",
            "── sample-1: wrong answer",
            "expected output",
            "your output",
            "diff (- expected, + yours",
            "WA  wrong answer  1/2 passed  ·  max CPU 0.12 s  ·  max memory 2.0 MiB",
        ] {
            assert!(text.contains(words), "no `{words}` in:\n{text}");
        }
    }

    #[test]
    fn a_huge_wrong_answer_is_shown_and_diffed_only_around_its_first_difference() {
        const N: usize = 1_000_000;
        let mut wa = test(
            "sample-1",
            Verdict::WA,
            false,
            wrong("line 1000001 differs"),
        );
        let mut actual = b"1\n".repeat(N);
        actual.extend_from_slice(&[b'x'; 5000]);
        actual.extend_from_slice(b"\xff\n");
        wa.failure = Some(std::sync::Arc::new(Failure {
            input: "1\n".into(),
            expected: format!("{}2\n", "1\n".repeat(N)).into(),
            stdout_bytes: actual.len() as u64,
            actual,
            printed: None,
            design: false,
            stderr_tail: Vec::new(),
            stderr_bytes: 0,
            presentation: false,
            window: None,
            actual_lines: None,
        }));
        let text = render(&report(vec![wa]), false);
        for words in [
            &format!(
                "… {} more lines ({} bytes in all)",
                N + 1 - SHOW_LINES,
                2 * N + 2
            ),
            &format!(
                "… {} more lines ({} bytes in all)",
                N + 1 - SHOW_LINES,
                2 * N + 5002
            ),
            &format!("{:>5} - 2", N + 1),
            &format!("{:>5} + {}…\n", N + 1, "x".repeat(1000)),
            &format!("{:>5}   1", N),
        ] {
            assert!(text.contains(words.as_str()), "no `{words}` in:\n{text}");
        }
        assert!(text.lines().count() < 120, "{text}");
    }

    #[test]
    fn a_hidden_failure_says_only_its_verdict() {
        let text = render(
            &report(vec![
                test("sample-1", Verdict::AC, false, Why::Passed),
                test(
                    "large",
                    Verdict::TLE,
                    true,
                    Why::CpuLimit {
                        limit: Duration::from_secs(1),
                    },
                ),
            ]),
            false,
        );
        assert!(
            text.contains(
                "time limit exceeded on hidden test large: hidden tests show only their verdict"
            ),
            "{text}"
        );
        assert!(!text.contains("input\n"), "{text}");
    }

    #[test]
    fn a_submission_shows_hidden_tests_as_counts() {
        let text = render(
            &report(vec![
                test("sample-1", Verdict::AC, false, Why::Passed),
                test("h1", Verdict::AC, true, Why::Passed),
                test(
                    "h2",
                    Verdict::WA,
                    true,
                    wrong("line 1: expected `6`, got `7`"),
                ),
            ]),
            true,
        );
        assert!(!text.contains("h2"), "hidden tests are not listed:\n{text}");
        assert!(text.contains("hidden tests: 1/2 passed (WA ×1)"), "{text}");
    }

    #[test]
    fn list_answers_on_one_line_with_the_first_difference_marked() {
        let v = OneLine::of("[3,1,1,4]", "[3,1,2,4]", "at [2]: expected 1, got 2").unwrap();
        assert_eq!(
            (v.expected.as_str(), v.actual.as_str()),
            ("[3,1,1,4]", "[3,1,2,4]")
        );
        // `[3,1,` is five columns: the mark is under the `2`.
        assert_eq!(v.mark, Some((5, 2)));
        // Without a path in the message (a length difference), the first unequal element.
        let v = OneLine::of(
            "[10,20,30]",
            "[10,20]",
            "expected a list of 3 element(s), got 2",
        )
        .unwrap();
        assert_eq!(
            v.mark,
            Some((6, 2)),
            "past the end: under the closing bracket"
        );
        // Any order: a position in sorted lists means nothing to the reader.
        let v = OneLine::of(
            "[1,2]",
            "[0,1]",
            "at [0]: expected 1, got 0 (compared as any-order)",
        );
        assert_eq!(v.unwrap().mark, None);
        assert_eq!(
            OneLine::of("3", "4", "expected 3, got 4").unwrap().mark,
            None
        );
        // Long values are folded (one element a line, with a diff).
        let long: Vec<u32> = (0..60).collect();
        let long = serde_json::to_string(&long).unwrap();
        assert!(OneLine::of(&long, "[1]", "").is_none());
    }
}
