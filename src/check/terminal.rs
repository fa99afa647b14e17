//! [`Table`]: `judge check` for a person. One aligned row per solution file, in path order as
//! results arrive, with the first failure's detail under a failing row; a progress line on
//! stderr while files run (only when stderr is a terminal); then the skipped files and a
//! summary.

use std::io::Write;
use std::time::Duration;

use super::discover::Skipped;
use super::locate::place_of;
use super::run::{CheckDone, FileResult, Job, Outcome};
use crate::report::width::{columns_left, cut, display_width, pad};
use crate::report::words::{self, Audience};
use crate::report::{fmt_secs, ReportError, Reporter, Style};
use crate::runner::{Event, EventSink};
use crate::verdict::Verdict;

/// Columns of a detail line under a failing row, unless stdout is a terminal (then its width).
const DETAIL_WIDTH: usize = 110;

/// Renders rows to `out` and progress to stderr.
pub struct Table<W: Write> {
    out: W,
    style: Style,
    file_width: usize,
    problem_width: usize,
    /// The files, by index (the run id of their events).
    jobs: Vec<Job>,
    /// Finished files waiting for an earlier one, by index.
    done: Vec<Option<FileResult>>,
    next_row: usize,
    progress: Option<Progress>,
}

/// The state shown on the progress line, drawn by `indicatif` (which fits it to the terminal's
/// width, redraws at most 20 times a second, and draws nothing when stderr is not a terminal).
struct Progress {
    bar: indicatif::ProgressBar,
    /// Files running, in file order.
    running: Vec<Running>,
}

struct Running {
    index: usize,
    path: String,
    /// What happens before the tests: "compiling", "starting".
    preparing: &'static str,
    /// Tests done and in all, once the tests started (before: compiling or starting up).
    tests: Option<(usize, usize)>,
}

impl<W: Write> Table<W> {
    /// A table for `jobs`; `progress` draws the progress line on stderr.
    pub fn new(out: W, style: Style, jobs: &[Job], progress: bool) -> Self {
        let width = |f: &dyn Fn(&Job) -> usize, title: &str| {
            jobs.iter()
                .map(f)
                .max()
                .unwrap_or(0)
                .max(title.len())
                .min(60)
        };
        Table {
            out,
            style,
            file_width: width(&|j| display_width(&j.shown), "FILE"),
            problem_width: width(&|j| j.solution.problem.len(), "PROBLEM"),
            done: vec![None; jobs.len()],
            jobs: jobs.to_vec(),
            next_row: 0,
            progress: progress.then(|| Progress {
                bar: progress_bar(jobs.len(), style),
                running: Vec::new(),
            }),
        }
    }

    /// The column titles.
    pub fn header(&mut self) -> std::io::Result<()> {
        let line = format!(
            "{:<fw$}  {:<pw$}  {:<6}  {:<7}  {:>7}  {:>8}",
            "FILE",
            "PROBLEM",
            "LANG",
            "VERDICT",
            "TESTS",
            "MAX TIME",
            fw = self.file_width,
            pw = self.problem_width,
        );
        writeln!(self.out, "{}", self.style.bold(&line))
    }

    fn row(&mut self, r: &FileResult) -> std::io::Result<()> {
        let s = self.style;
        let total = r.total();
        let (verdict, tests, time) = match &r.outcome {
            Outcome::Judged(rep) => (
                s.verdict(rep.verdict),
                format!("{}/{}", rep.passed, rep.total),
                if rep.verdict == Verdict::CE {
                    "-".to_string()
                } else {
                    fmt_secs(rep.max_cpu)
                },
            ),
            Outcome::Failed(_) => (s.verdict(Verdict::IE), format!("0/{total}"), "-".into()),
            Outcome::NotRun => (s.dim("-  "), format!("-/{total}"), "-".into()),
        };
        writeln!(
            self.out,
            "{}  {:<pw$}  {:<6}  {}      {:>7}  {:>8}",
            pad(&r.job.shown, self.file_width),
            r.job.solution.problem,
            r.job.solution.language.name(),
            verdict,
            tests,
            time,
            pw = self.problem_width,
        )?;
        if let Some(detail) = failure_line(r, true) {
            writeln!(
                self.out,
                "  {} {}",
                s.dim("└"),
                s.dim(&crate::report::safe::visible(&cut(
                    &detail,
                    columns_left(4, DETAIL_WIDTH)
                )))
            )?;
        }
        Ok(())
    }

    /// Prints the rows that are ready, in file order.
    fn flush_rows(&mut self) -> std::io::Result<()> {
        while let Some(Some(r)) = self.done.get_mut(self.next_row).map(Option::take) {
            self.next_row += 1;
            self.row(&r)?;
        }
        self.out.flush()
    }

    fn running_mut(&mut self, index: usize) -> Option<&mut Running> {
        self.progress
            .as_mut()?
            .running
            .iter_mut()
            .find(|r| r.index == index)
    }

    fn draw_progress(&mut self) {
        let Some(p) = &mut self.progress else { return };
        if p.bar.is_finished() {
            return;
        }
        let mut line = String::new();
        for r in &p.running {
            match r.tests {
                Some((done, total)) => line.push_str(&format!(" · {} {done}/{total}", r.path)),
                None => line.push_str(&format!(" · {} {}", r.path, r.preparing)),
            }
        }
        p.bar
            .set_message(crate::report::safe::visible(&line).into_owned());
    }
}

/// `3/12 done · a/two-sum.py 4/13 · b/lru.rs compiling`, cut to the terminal's width.
fn progress_bar(files: usize, style: Style) -> indicatif::ProgressBar {
    let template = if style.color {
        "{pos}/{len} done{wide_msg:.dim}"
    } else {
        "{pos}/{len} done{wide_msg}"
    };
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(files as u64),
        indicatif::ProgressDrawTarget::stderr(),
    );
    bar.set_style(indicatif::ProgressStyle::with_template(template).expect("a valid template"));
    bar
}

impl<W: Write + Send> EventSink for Table<W> {
    /// `run` is the file's index in the jobs.
    fn on_event(&mut self, run: usize, event: Event) {
        let index = run;
        match event {
            Event::Preparing { language } => {
                let Some(job) = self.jobs.get(index) else {
                    return;
                };
                let path = job.shown.clone();
                if let Some(p) = &mut self.progress {
                    p.running.push(Running {
                        index,
                        path,
                        preparing: match language {
                            crate::lang::Language::Rust => "compiling",
                            crate::lang::Language::Python => "starting",
                        },
                        tests: None,
                    });
                    p.running.sort_by_key(|r| r.index);
                }
                self.draw_progress();
            }
            Event::Started { total, .. } => {
                if let Some(r) = self.running_mut(index) {
                    r.tests = Some((0, total));
                }
                self.draw_progress();
            }
            Event::TestFinished(_) => {
                if let Some((done, _)) = self.running_mut(index).and_then(|r| r.tests.as_mut()) {
                    *done += 1;
                }
                self.draw_progress();
            }
            Event::Compiled(_) => {}
            Event::Finished(report) => self.file_finished(index, Outcome::Judged(report)),
            Event::NotRun => self.file_finished(index, Outcome::NotRun),
            Event::Failed(why) => self.file_finished(index, Outcome::Failed(why)),
        }
    }
}

impl<W: Write> Table<W> {
    fn file_finished(&mut self, index: usize, outcome: Outcome) {
        let Some(job) = self.jobs.get(index).cloned() else {
            return;
        };
        self.done[index] = Some(FileResult { job, outcome });
        match &mut self.progress {
            Some(p) => {
                p.running.retain(|r| r.index != index);
                p.bar.inc(1);
                let bar = p.bar.clone();
                // The rows are written with the progress line cleared, then it is redrawn. A
                // closed stdout (`judge check | head`) must not stop the check.
                let _ = bar.suspend(|| self.flush_rows());
                if bar.position() >= bar.length().unwrap_or(0) {
                    bar.finish_and_clear();
                }
            }
            None => {
                let _ = self.flush_rows();
            }
        }
        self.draw_progress();
    }
}

/// After the rows: the files that were not checked, and the summary.
impl<W: Write + Send> Reporter<CheckDone> for Table<W> {
    fn finish(&mut self, done: &CheckDone) -> Result<(), ReportError> {
        if let Some(p) = &self.progress {
            p.bar.finish_and_clear();
        }
        let (out, s) = (&mut self.out, self.style);
        write_skipped(out, s, &done.skipped)?;
        if done.results.is_empty() {
            writeln!(out, "nothing to check: no solution matches the selection")?;
        } else {
            write_summary(out, s, &done.results, done.skipped.len(), done.elapsed)?;
        }
        Ok(())
    }
}

/// The files that were not checked, and why.
pub fn write_skipped(out: &mut dyn Write, s: Style, skipped: &[Skipped]) -> std::io::Result<()> {
    if skipped.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        s.bold(&format!(
            "not checked: {} file{} that name{} no problem",
            skipped.len(),
            plural(skipped.len()),
            if skipped.len() == 1 { "s" } else { "" }
        ))
    )?;
    let w = skipped
        .iter()
        .map(|k| display_width(&k.path))
        .max()
        .unwrap_or(0)
        .min(60);
    for k in skipped {
        writeln!(out, "  {}  {}", pad(&k.path, w), s.dim(&k.reason))?;
    }
    Ok(())
}

/// The closing line, and how to see the first failure in full.
pub fn write_summary(
    out: &mut dyn Write,
    s: Style,
    results: &[FileResult],
    skipped: usize,
    elapsed: Duration,
) -> std::io::Result<()> {
    let accepted = results
        .iter()
        .filter(|r| r.verdict() == Some(Verdict::AC))
        .count();
    let not_run = results.iter().filter(|r| r.verdict().is_none()).count();
    let failing = results.len() - accepted - not_run;
    let mut by_verdict: Vec<(Verdict, usize)> = Vec::new();
    for v in results.iter().filter_map(FileResult::verdict) {
        if v == Verdict::AC {
            continue;
        }
        match by_verdict.iter_mut().find(|(w, _)| *w == v) {
            Some((_, n)) => *n += 1,
            None => by_verdict.push((v, 1)),
        }
    }
    let mut line = format!(
        "{} solution{}: {}",
        results.len(),
        plural(results.len()),
        s.added(&format!("{accepted} accepted"))
    );
    if failing > 0 {
        let parts: Vec<String> = by_verdict.iter().map(|(v, n)| format!("{n} {v}")).collect();
        line.push_str(&format!(
            ", {} ({})",
            s.removed(&format!("{failing} not accepted")),
            parts.join(", ")
        ));
    }
    if not_run > 0 {
        line.push_str(&format!(", {not_run} not run (--fail-fast)"));
    }
    if skipped > 0 {
        line.push_str(&format!(" · {skipped} not checked"));
    }
    line.push_str(&format!(" · {}", fmt_secs(elapsed)));
    writeln!(out)?;
    writeln!(out, "{line}")?;
    let first_failure = results
        .iter()
        .find(|r| matches!(r.verdict(), Some(v) if v != Verdict::AC && v != Verdict::IE));
    if let Some(r) = first_failure {
        writeln!(
            out,
            "{} `{}` shows the first failure in full",
            s.help("help:"),
            s.bold(&format!(
                "judge run {} {}",
                r.job.solution.problem,
                shell_word(&r.job.shown)
            ))
        )?;
    }
    Ok(())
}

/// One line on why a file failed: its first failing test and the detail (for a crash, the
/// last line of stderr instead), or the compiler's first error; led by `FILE:LINE:` when the
/// message points into the file (and `with_place`), as compilers do.
pub fn failure_line(r: &FileResult, with_place: bool) -> Option<String> {
    let at = place_of(r)
        .filter(|_| with_place)
        .map(|p| format!("{}:{p}: ", r.job.shown))
        .unwrap_or_default();
    match &r.outcome {
        Outcome::Judged(rep) if rep.verdict == Verdict::CE => {
            let msg = rep.compile_error.as_deref().unwrap_or("");
            let first = msg
                .lines()
                .map(str::trim)
                .find(|l| l.starts_with("error"))
                .or_else(|| msg.lines().map(str::trim).find(|l| !l.is_empty()))
                .unwrap_or("compilation failed");
            Some(format!("{at}{first}"))
        }
        Outcome::Judged(rep) => {
            let t = rep.tests.iter().find(|t| t.verdict != Verdict::AC)?;
            let crash = words::shown_failure(t).and_then(|f| {
                let text = String::from_utf8_lossy(&f.stderr_tail);
                let last = text
                    .lines()
                    .rev()
                    .map(str::trim)
                    .find(|l| !l.is_empty() && !l.starts_with("note: "))?;
                Some(last.to_string())
            });
            let why = match (t.verdict, crash) {
                (Verdict::RE, Some(last)) => last,
                _ => first_line(&words::detail(t, Audience::Solver)).to_string(),
            };
            let what = if why.is_empty() {
                t.verdict.description().to_string()
            } else {
                format!("{}: {why}", t.verdict.description())
            };
            Some(format!("{at}test {}: {what}", t.name))
        }
        Outcome::Failed(why) => Some(format!("internal error: {why}")),
        Outcome::NotRun => None,
    }
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or("")
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A path as a shell word, quoted only when it needs it.
fn shell_word(s: &str) -> String {
    if s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_./+@%:,".contains(c))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_words() {
        assert_eq!(shell_word("a/two-sum.py"), "a/two-sum.py");
        assert_eq!(shell_word("my dir/it's.py"), r"'my dir/it'\''s.py'");
    }

    #[test]
    fn cuts_long_lines() {
        assert_eq!(cut("abcdef", 4), "abc…");
        assert_eq!(cut("abc", 4), "abc");
    }
}
