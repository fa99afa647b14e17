//! `judge hint` and `judge solution`: the teaching side of a problem (`hints:` and
//! `explanation:` in its problem.yaml, its accepted solutions), revealed a little at a time and
//! recorded in the history.
//!
//! Hints come one at a time, in the author's order, from the gentlest nudge to the key idea; the
//! next one is the first whose number is not yet recorded. The reference solutions and the
//! explanation are shown once the problem has an accepted full run in the history, or earlier
//! with `--spoil`, which is recorded as a spoiler. Neither is shown while a mock session runs:
//! an assessment gives no hints (this holds for every preset, the interview's included).

use std::io::Write;

use serde::Serialize;

use crate::app::{self, Format, Global};
use crate::catalog::Problem;
use crate::exit::Failure;
use crate::history::{History, NewReveal};
use crate::mock::State;
use crate::report::Style;

#[derive(Debug, Clone)]
pub struct HintOptions {
    pub problem: String,
    /// Every hint not yet shown, not only the next.
    pub all: bool,
    pub format: Format,
}

#[derive(Debug, Clone)]
pub struct SolutionOptions {
    pub problem: String,
    /// Show it before the problem is solved (recorded as a spoiler).
    pub spoil: bool,
    /// Only this language's solutions (`py` or `rs`).
    pub lang: Option<String>,
    pub format: Format,
}

#[derive(Serialize)]
struct ShownHint<'a> {
    number: usize,
    text: &'a str,
    /// Shown by this command (not before).
    new: bool,
}

#[derive(Serialize)]
struct HintDoc<'a> {
    problem: &'a str,
    total: usize,
    hints: Vec<ShownHint<'a>>,
    remaining: usize,
}

/// Refuses during a running mock session: what `command` would show is help an assessment does
/// not give.
fn refuse_in_mock(history: &History, now_ms: i64, command: &str) -> Result<(), Failure> {
    if let Some(s) = history.open_session()? {
        if s.state(now_ms) == State::Running {
            return Err(Failure::Refused {
                headline: format!(
                    "no {command} during a mock session: mock #{} is running ({} left)",
                    s.id,
                    crate::clock::clock_text(s.time_left_ms(now_ms))
                ),
                details: "help: a mock is an assessment, with no help; `judge mock end` ends it, and then hints and solutions are available again".to_string(),
            });
        }
    }
    Ok(())
}

pub fn hint(global: &Global, opts: HintOptions) -> Result<(), Failure> {
    let problem = global.catalog().problem(&opts.problem)?;
    let now = app::now()?;
    let history = History::open_default()?;
    refuse_in_mock(&history, now, "hints")?;
    let hints = &problem.teaching.hints;
    let shown = history.hints_shown(problem.slug())?;
    // The hints shown before, then the next (or every remaining one with --all).
    let next: Vec<usize> = (1..=hints.len())
        .filter(|n| !shown.contains(n))
        .take(if opts.all { usize::MAX } else { 1 })
        .collect();
    for &n in &next {
        history.record_reveal(&NewReveal::hint(now, problem.slug(), n))?;
    }
    let mut numbers: Vec<usize> = shown
        .iter()
        .copied()
        .filter(|n| (1..=hints.len()).contains(n))
        .chain(next.iter().copied())
        .collect();
    numbers.sort_unstable();
    let doc = HintDoc {
        problem: problem.slug(),
        total: hints.len(),
        hints: numbers
            .iter()
            .map(|&n| ShownHint {
                number: n,
                text: &hints[n - 1],
                new: next.contains(&n),
            })
            .collect(),
        remaining: hints.len() - numbers.len(),
    };
    let mut out = app::stdout();
    match opts.format {
        Format::Json => app::write_json_doc(&mut out, &doc)?,
        Format::Text => write_hints(&mut out, &doc, global.style())?,
    }
    Ok(())
}

fn write_hints(out: &mut dyn Write, doc: &HintDoc, style: Style) -> std::io::Result<()> {
    let slug = doc.problem;
    if doc.total == 0 {
        writeln!(out, "{slug} has no hints yet.")?;
        writeln!(
            out,
            "{}",
            style.help(&format!(
                "help: `judge show {slug}` has the statement; `judge solution {slug}` shows the reference solutions once you have solved it"
            ))
        )?;
        return Ok(());
    }
    let new: Vec<&ShownHint> = doc.hints.iter().filter(|h| h.new).collect();
    if new.is_empty() {
        writeln!(out, "All {} hints of {slug} are shown:", doc.total)?;
    }
    for h in &doc.hints {
        let head = format!("Hint {} of {}", h.number, doc.total);
        if h.new {
            writeln!(out, "{}", style.bold(&head))?;
        } else {
            writeln!(out, "{}", style.dim(&format!("{head} (shown before)")))?;
        }
        indented(out, h.text)?;
    }
    let help = if doc.remaining > 0 {
        format!(
            "{} more: `judge hint {slug}` for the next, `--all` for all of them",
            doc.remaining
        )
    } else {
        format!("no more hints; `judge solution {slug}` shows the reference solutions once you have solved it")
    };
    writeln!(out, "{}", style.dim(&help))
}

#[derive(Serialize)]
struct SolutionFileDoc {
    name: String,
    language: &'static str,
    source: String,
}

#[derive(Serialize)]
struct SolutionDoc<'a> {
    problem: &'a str,
    /// Shown before the problem was solved.
    spoiled: bool,
    explanation: Option<&'a str>,
    solutions: Vec<SolutionFileDoc>,
}

pub fn solution(global: &Global, opts: SolutionOptions) -> Result<(), Failure> {
    let catalog = global.catalog();
    let problem = catalog.problem(&opts.problem)?;
    let now = app::now()?;
    let history = History::open_default()?;
    refuse_in_mock(&history, now, "solutions")?;
    let solved = history.solved(problem.slug())?;
    let slug = problem.slug();
    if !solved && !opts.spoil {
        return Err(Failure::Refused {
            headline: format!("{slug} is not solved yet: its solution is not shown"),
            details: format!(
                "help: an accepted `judge run {slug} FILE` (all tests) unlocks it; `judge hint {slug}` gives a nudge; `judge solution {slug} --spoil` shows it now, and records that you looked"
            ),
        });
    }
    let solutions = reference_files(&catalog, &problem, opts.lang.as_deref())?;
    history.record_reveal(&NewReveal::solution(now, slug, !solved))?;
    let doc = SolutionDoc {
        problem: slug,
        spoiled: !solved,
        explanation: problem.teaching.explanation.as_deref(),
        solutions,
    };
    let mut out = app::stdout();
    match opts.format {
        Format::Json => app::write_json_doc(&mut out, &doc)?,
        Format::Text => write_solution(&mut out, &problem, &doc, global.style())?,
    }
    Ok(())
}

/// The accepted solutions in Python and Rust, the `reference:` one and its twin in the other
/// language first.
fn reference_files(
    catalog: &crate::catalog::Catalog,
    problem: &Problem,
    lang: Option<&str>,
) -> Result<Vec<SolutionFileDoc>, Failure> {
    // The reference's stem: `hash_map` puts hash_map.py and its Rust twin hash_map.rs first.
    let stem = |name: &str| {
        std::path::Path::new(name)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
    };
    let reference = problem.reference.as_ref().and_then(|(name, _)| stem(name));
    let mut files: Vec<SolutionFileDoc> = catalog
        .solution_files(problem.slug())?
        .into_iter()
        .filter(|f| f.category == "accepted")
        .filter_map(|f| {
            let ext = std::path::Path::new(&f.name)
                .extension()?
                .to_string_lossy()
                .into_owned();
            let language = match ext.as_str() {
                "py" => "python",
                "rs" => "rust",
                _ => return None,
            };
            if lang.is_some_and(|l| l != ext) {
                return None;
            }
            Some(SolutionFileDoc {
                name: f.name,
                language,
                source: String::from_utf8_lossy(&f.contents).into_owned(),
            })
        })
        .collect();
    files.sort_by_key(|f| (stem(&f.name) != reference, f.language, f.name.clone()));
    Ok(files)
}

fn write_solution(
    out: &mut dyn Write,
    problem: &Problem,
    doc: &SolutionDoc,
    style: Style,
) -> std::io::Result<()> {
    let s = &problem.summary;
    writeln!(out, "{}", style.bold(&format!("{} ({})", s.title, s.slug)))?;
    if doc.spoiled {
        writeln!(
            out,
            "{}",
            style.warning("shown before an accepted attempt: recorded as a spoiler")
        )?;
    }
    writeln!(out)?;
    match doc.explanation {
        Some(e) => {
            writeln!(out, "{}", style.bold("Approach"))?;
            indented(out, e)?;
        }
        None => writeln!(out, "{}", style.dim("(no explanation written yet)"))?,
    }
    if doc.solutions.is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            style.dim("(no reference solution in this language)")
        )?;
    }
    for f in &doc.solutions {
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            style.bold(&format!("solutions/accepted/{} ({})", f.name, f.language))
        )?;
        indented(out, &f.source)?;
    }
    Ok(())
}

/// `text` indented by two spaces, blank lines left blank.
fn indented(out: &mut dyn Write, text: &str) -> std::io::Result<()> {
    for line in text.trim_end().lines() {
        if line.trim().is_empty() {
            writeln!(out)?;
        } else {
            writeln!(out, "  {line}")?;
        }
    }
    Ok(())
}
