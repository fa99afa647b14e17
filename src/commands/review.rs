//! `judge review`: the solved problems due for a re-solve from a blank file today, with the time
//! each took last time, and what comes next. The schedule is `history::review::schedule` (the
//! rule is in docs/review.md); a re-solve is an ordinary `judge run` or `judge submit`, and
//! [`after_run`] says how it went.

use std::io::Write;

use serde::Serialize;

use crate::app::{self, Format, Global};
use crate::clock::{ago, local};
use crate::exit::Failure;
use crate::history::review::{self, Card, Outcome};
use crate::history::History;
use crate::report::Style;

/// The local offset of the time zone at `now` (review days are local days).
pub fn local_offset_ms(now: i64) -> i64 {
    i64::from(local(now).offset().local_minus_utc()) * 1000
}

#[derive(Debug, Clone)]
pub struct ReviewOptions {
    /// Every scheduled problem, not only the due ones.
    pub all: bool,
    pub format: Format,
}

#[derive(Serialize)]
struct Doc<'a> {
    now_ms: i64,
    due: Vec<&'a Card>,
    upcoming: Vec<&'a Card>,
}

/// `judge review [--all]`.
pub fn review(global: &Global, opts: ReviewOptions) -> Result<(), Failure> {
    let now = app::now()?;
    let offset = local_offset_ms(now);
    let attempts = match History::open_existing()? {
        Some(h) => h.all_attempts()?,
        None => Vec::new(),
    };
    let cards = review::schedule(&attempts, offset);
    let due = review::due(&cards, now, offset);
    let mut upcoming: Vec<&Card> = cards.values().filter(|c| !c.is_due(now, offset)).collect();
    upcoming.sort_by(|a, b| a.due_ms.cmp(&b.due_ms).then(a.problem.cmp(&b.problem)));
    if !opts.all {
        upcoming.truncate(5);
    }
    let mut out = app::stdout();
    let res = match opts.format {
        Format::Json => app::write_json_doc(
            &mut out,
            &Doc {
                now_ms: now,
                due,
                upcoming,
            },
        ),
        Format::Text => write_text(
            &mut out,
            &due,
            &upcoming,
            cards.len(),
            now,
            offset,
            global.style(),
        ),
    };
    Ok(res?)
}

fn write_text(
    out: &mut dyn Write,
    due: &[&Card],
    upcoming: &[&Card],
    scheduled: usize,
    now: i64,
    offset: i64,
    s: Style,
) -> std::io::Result<()> {
    if scheduled == 0 {
        return writeln!(
            out,
            "nothing to review yet: a problem comes back for review a day after you solve it \
             (a full `judge run` or `judge submit` that is accepted)"
        );
    }
    let w = due
        .iter()
        .chain(upcoming)
        .map(|c| c.problem.len())
        .max()
        .unwrap_or(7)
        .max(7);
    if due.is_empty() {
        writeln!(out, "nothing due today ({} scheduled)", problems(scheduled))?;
    } else {
        writeln!(
            out,
            "{} due for review today ({} scheduled)",
            s.bold(&due.len().to_string()),
            problems(scheduled)
        )?;
        writeln!(
            out,
            "{}",
            s.dim(&format!(
                "  {:<w$}  {:<12}  {:<18}  {:<9}  {}",
                "problem", "last solved", "last took", "interval", "due"
            ))
        )?;
        for c in due {
            let state = if c.in_progress {
                "  (re-solve started)"
            } else {
                ""
            };
            writeln!(
                out,
                "  {}  {:<12}  {:<18}  {:<9}  {}{}",
                s.bold(&format!("{:<w$}", c.problem)),
                ago(now, c.last.solved_ms),
                took(c),
                days(c.interval_days),
                when(c.due_ms, now, offset),
                state
            )?;
        }
        let first = &due[0].problem;
        writeln!(out)?;
        writeln!(
            out,
            "re-solve from a blank file: {}",
            s.bold(&format!(
                "judge new {first} -o review/{first}.py --force && judge run {first} review/{first}.py"
            ))
        )?;
    }
    if !upcoming.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", s.bold("coming up"))?;
        for c in upcoming {
            writeln!(
                out,
                "  {:<w$}  {:<16}  last took {:<18}  {}",
                c.problem,
                when(c.due_ms, now, offset),
                took(c),
                s.dim(&format!("interval {}", days(c.interval_days)))
            )?;
        }
    }
    writeln!(
        out,
        "{}",
        s.dim("intervals 1, 3, 7, 21, 60 days: a failed re-solve goes back to 1, a slow one repeats, a quick one skips a step (docs/review.md)")
    )
}

fn took(c: &Card) -> String {
    c.last.took_text()
}

fn problems(n: usize) -> String {
    format!("{n} problem{}", if n == 1 { "" } else { "s" })
}

pub(crate) fn days(n: i64) -> String {
    format!("{n} day{}", if n == 1 { "" } else { "s" })
}

/// `today`, `1 day late`, `in 3 days (Dec 7)`.
fn when(due_ms: i64, now: i64, offset: i64) -> String {
    const DAY: i64 = 86_400_000;
    let d = (due_ms + offset).div_euclid(DAY) - (now + offset).div_euclid(DAY);
    match d {
        0 => "today".to_string(),
        d if d < 0 => format!("{} late", days(-d)),
        d => format!("in {} ({})", days(d), local(due_ms).format("%b %-d")),
    }
}

/// After a recorded `judge run` or `judge submit`: if it ended a review (a re-solve), one line
/// on stderr saying how it went and when the next review is.
pub fn after_run(history: Option<&History>, problem: &str, attempt: Option<i64>, style: Style) {
    let (Some(h), Some(id)) = (history, attempt) else {
        return;
    };
    let Ok(attempts) = h.attempts(Some(problem), usize::MAX >> 1) else {
        return;
    };
    let Some(at) = attempts.iter().find(|a| a.id == id).map(|a| a.at_ms) else {
        return;
    };
    let offset = local_offset_ms(at);
    let cards = review::schedule(&attempts, offset);
    let Some(card) = cards.get(problem) else {
        return;
    };
    let r = &card.last;
    if card.reviews == 0 || r.attempts.last() != Some(&id) {
        return;
    }
    let how = match r.outcome {
        Outcome::Failed => "failed (a rejected run on the way)",
        Outcome::Slow => "slow",
        Outcome::Quick => "quick",
        Outcome::Passed | Outcome::Solved => "passed",
    };
    eprintln!(
        "{} review of {problem}: {how}, {} · next review {}",
        style.bold("↻"),
        took(card),
        when(card.due_ms, at, offset)
    );
}
