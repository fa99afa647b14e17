//! Rendering of mock sessions for people: the one-line header every command prints during a
//! session, the scoreboard of `judge mock status`, and the final report with its timeline and the
//! comparison with earlier sessions. Everything writes to `impl Write` with a [`Style`].

use std::io::{self, Write};

use serde::Serialize;

use super::preset;
use super::score::{fmt_points, Scoreboard};
use super::session::{Session, State};
use crate::clock::{clock_text, local_minute};
use crate::history::{Attempt, AttemptKind};
use crate::report::Style;

/// The one line shown above every command while a session is open.
pub fn header_line(session: &Session, board: &Scoreboard, now_ms: i64, style: Style) -> String {
    let when = match session.state(now_ms) {
        State::Running => format!("{} left", clock_text(session.time_left_ms(now_ms))),
        State::Expired => "time is up: `judge mock end` for the report".to_string(),
        State::Closed => "over".to_string(),
    };
    style.bold(&format!(
        "[mock #{} {} · {} · {}]",
        session.id,
        session.preset,
        when,
        board.headline()
    ))
}

/// What a submission did to the session, shown after its result.
pub fn submission_line(
    session: &Session,
    board: &Scoreboard,
    problem: &str,
    verdict: crate::verdict::Verdict,
    style: Style,
) -> String {
    let Some(p) = board.problems.iter().find(|p| p.problem == problem) else {
        return String::new();
    };
    let what = if p.levels > 0 {
        format!(
            "{problem}: submission {} passes levels 1 to {} of {} ({})",
            p.attempts,
            p.levels_passed,
            p.levels,
            verdict.code()
        )
        .replace("levels 1 to 0 of", "no level of")
    } else if verdict == crate::verdict::Verdict::AC {
        let mut w = format!(
            "{problem} accepted at {}",
            p.solved_after_ms.map_or("?".into(), clock_text)
        );
        if board.scoring == preset::Scoring::Icpc {
            w.push_str(&format!(
                " ({} rejected before: {} penalty minutes)",
                p.rejected, p.penalty
            ));
        }
        w
    } else {
        format!(
            "{problem}: submission {} rejected ({})",
            p.attempts,
            verdict.code()
        )
    };
    style.bold(&format!(
        "[mock #{} · {what} · {}]",
        session.id,
        board.headline()
    ))
}

/// Where a session is, for `judge mock status --format json` and the report's JSON.
#[derive(Debug, Serialize)]
pub struct SessionView<'a> {
    pub id: i64,
    pub preset: &'a str,
    pub state: State,
    pub started_ms: i64,
    pub deadline_ms: i64,
    pub ended_ms: Option<i64>,
    pub time_left_ms: i64,
    pub elapsed_ms: i64,
    pub folder: &'a str,
    pub language: &'a str,
    pub seed: u64,
    pub solved: usize,
    pub score: f64,
    pub max_score: f64,
    pub penalty: i64,
    pub late_submissions: usize,
    pub problems: &'a [super::score::ProblemScore],
}

pub fn view<'a>(s: &'a Session, board: &'a Scoreboard, now_ms: i64) -> SessionView<'a> {
    SessionView {
        id: s.id,
        preset: &s.preset,
        state: s.state(now_ms),
        started_ms: s.started_ms,
        deadline_ms: s.deadline_ms,
        ended_ms: s.ended_ms,
        time_left_ms: s.time_left_ms(now_ms),
        elapsed_ms: s.end_ms(now_ms) - s.started_ms,
        folder: &s.folder,
        language: &s.language,
        seed: s.seed,
        solved: board.solved,
        score: board.score,
        max_score: board.max_score,
        penalty: board.penalty,
        late_submissions: board.late,
        problems: &board.problems,
    }
}

/// The letter of a problem in a session: A, B, C…
pub fn letter(position: usize) -> char {
    (b'A' + (position % 26) as u8) as char
}

/// The scoreboard table.
pub fn write_board(
    out: &mut dyn Write,
    session: &Session,
    board: &Scoreboard,
    style: Style,
) -> io::Result<()> {
    let w = board
        .problems
        .iter()
        .map(|p| p.problem.len())
        .max()
        .unwrap_or(7)
        .max(7);
    let scoring = preset::preset(&session.preset).map(|p| p.scoring);
    let icpc = scoring == Some(preset::Scoring::Icpc);
    let points = matches!(
        scoring,
        Some(preset::Scoring::Partial | preset::Scoring::CodeSignal | preset::Scoring::Progressive)
    );
    let mut head = format!(
        "    {:<w$}  {:<6}  {:<6}  {:>8}  {:>8}  {:>6}",
        "problem", "level", "solved", "time", "attempts", "tests"
    );
    if icpc {
        head.push_str(&format!("  {:>7}", "penalty"));
    }
    if points {
        head.push_str(&format!("  {:>11}", "score"));
    }
    writeln!(out, "{}", style.dim(&head))?;
    for (i, p) in board.problems.iter().enumerate() {
        let solved = if p.solved {
            style.added(&format!("{:<6}", "yes"))
        } else if p.attempts > 0 {
            style.removed(&format!("{:<6}", "no"))
        } else {
            style.dim(&format!("{:<6}", "-"))
        };
        let time = p.solved_after_ms.map_or("-".to_string(), clock_text);
        let tests = if p.best_total > 0 {
            format!("{}/{}", p.best_passed, p.best_total)
        } else {
            "-".to_string()
        };
        let mut line = format!(
            "{}  {}  {:<6}  {}  {:>8}  {:>8}  {:>6}",
            style.bold(&letter(i).to_string()),
            style.bold(&format!("{:<w$}", p.problem)),
            p.difficulty,
            solved,
            time,
            p.attempts,
            tests
        );
        if icpc {
            line.push_str(&format!("  {:>7}", p.penalty));
        }
        if points {
            line.push_str(&format!(
                "  {:>11}",
                format!("{} / {}", fmt_points(p.score), p.points)
            ));
        }
        writeln!(out, " {line}")?;
        if p.levels > 0 {
            writeln!(out, "    {}", level_line(p, style))?;
        }
    }
    Ok(())
}

/// A progressive problem's levels in its best submission: `level 1 AC 8/8 · level 2 ... · level
/// 4 locked`.
fn level_line(p: &super::score::ProblemScore, style: Style) -> String {
    (1..=p.levels)
        .map(|k| match p.best_levels.iter().find(|l| l.level == k) {
            Some(l) if l.passed == l.total => format!(
                "level {k} {} {}/{}",
                style.verdict(crate::verdict::Verdict::AC),
                l.passed,
                l.total
            ),
            Some(l) => format!(
                "level {k} {} {}/{}",
                style.removed("failed"),
                l.passed,
                l.total
            ),
            None if k <= p.unlocked() => format!("level {k} {}", style.dim("not submitted")),
            None => format!("level {k} {}", style.dim("locked")),
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// `judge mock status`: time left, score, and the board.
pub fn write_status(
    out: &mut dyn Write,
    session: &Session,
    board: &Scoreboard,
    now_ms: i64,
    style: Style,
) -> io::Result<()> {
    let title = preset::preset(&session.preset).map_or("mock", |p| p.title);
    writeln!(
        out,
        "{} · {}",
        style.bold(&format!("mock #{}", session.id)),
        title
    )?;
    let when = match session.state(now_ms) {
        State::Running => format!(
            "{} left of {} · ends at {}",
            style.bold(&clock_text(session.time_left_ms(now_ms))),
            clock_text(session.duration_ms()),
            local_minute(session.deadline_ms)
        ),
        State::Expired => format!(
            "time ran out at {}: `judge mock end` closes it and shows the report",
            local_minute(session.deadline_ms)
        ),
        State::Closed => format!("over since {}", local_minute(session.end_ms(now_ms))),
    };
    writeln!(out, "{when}")?;
    writeln!(out, "{}", style.bold(&board.headline()))?;
    writeln!(out)?;
    write_board(out, session, board, style)?;
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        style.dim(&format!(
            "files in {} · judge run SLUG FILE (samples, free) · judge submit SLUG FILE (all tests, counts)",
            session.folder
        ))
    )
}

/// One earlier session and its scoreboard, for the comparison.
pub struct Earlier {
    pub session: Session,
    pub board: Scoreboard,
}

/// The final report: result, board, timeline of submissions, comparison with earlier sessions of
/// the same preset.
pub fn write_report(
    out: &mut dyn Write,
    session: &Session,
    board: &Scoreboard,
    attempts: &[Attempt],
    earlier: &[Earlier],
    now_ms: i64,
    style: Style,
) -> io::Result<()> {
    let title = preset::preset(&session.preset).map_or("mock", |p| p.title);
    let end = session.end_ms(now_ms);
    let how = match (session.state(now_ms), session.end_reason.as_deref()) {
        (State::Running, _) => "running".to_string(),
        (_, Some("ended")) => format!(
            "ended after {} of {}",
            clock_text(end - session.started_ms),
            clock_text(session.duration_ms())
        ),
        _ => format!("time ran out ({})", clock_text(session.duration_ms())),
    };
    writeln!(
        out,
        "{} · {}",
        style.bold(&format!("mock #{} report", session.id)),
        title
    )?;
    writeln!(
        out,
        "{}",
        style.dim(&format!(
            "{} → {} · {how}",
            local_minute(session.started_ms),
            local_minute(end)
        ))
    )?;
    writeln!(out, "result: {}", style.bold(&board.headline()))?;
    writeln!(out)?;
    write_board(out, session, board, style)?;

    writeln!(out)?;
    writeln!(out, "{}", style.bold("timeline"))?;
    let subs: Vec<&Attempt> = attempts
        .iter()
        .filter(|a| a.kind == AttemptKind::Submit)
        .collect();
    if subs.is_empty() {
        writeln!(out, "  {}", style.dim("no submissions"))?;
    }
    for a in subs {
        let offset = format!("+{}", clock_text(a.at_ms - session.started_ms));
        let pos = session
            .problems
            .iter()
            .position(|p| p.problem == a.problem)
            .map_or('?', letter);
        let what = match a.verdict {
            _ if a.late => style.dim("late: refused, not judged"),
            Some(v) if !a.levels.is_empty() => format!(
                "{} {}/{} · {}",
                style.verdict(v),
                a.passed,
                a.total,
                a.levels
                    .iter()
                    .map(|l| format!("level {} {}/{}", l.level, l.passed, l.total))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Some(v) => format!("{} {}/{}", style.verdict(v), a.passed, a.total),
            None => style.dim("not judged"),
        };
        writeln!(
            out,
            "  {offset:>8}  {pos} {:<w$}  {what}",
            a.problem,
            w = session
                .problems
                .iter()
                .map(|p| p.problem.len())
                .max()
                .unwrap_or(8)
        )?;
    }

    writeln!(out)?;
    if earlier.is_empty() {
        writeln!(
            out,
            "{}",
            style.dim(&format!(
                "your first {} mock: the next report compares with this one",
                session.preset
            ))
        )?;
        return Ok(());
    }
    let mut keys: Vec<(i64, i64)> = earlier.iter().map(|e| e.board.rank_key()).collect();
    let mine = board.rank_key();
    keys.sort_unstable_by(|a, b| b.cmp(a));
    let rank = keys.iter().filter(|k| **k > mine).count() + 1;
    let n = earlier.len() + 1;
    let avg_solved =
        earlier.iter().map(|e| e.board.solved as f64).sum::<f64>() / earlier.len() as f64;
    let best = earlier
        .iter()
        .max_by_key(|e| e.board.rank_key())
        .expect("not empty");
    writeln!(
        out,
        "{} {} of your {n} {} mocks ({})",
        style.bold("compared:"),
        ordinal(rank),
        session.preset,
        if rank == 1 {
            "your best"
        } else {
            "best is first"
        }
    )?;
    let mut line = format!("  earlier: {avg_solved:.1} solved on average");
    if matches!(
        board.scoring,
        preset::Scoring::Partial | preset::Scoring::CodeSignal
    ) {
        let avg = earlier.iter().map(|e| e.board.score).sum::<f64>() / earlier.len() as f64;
        line.push_str(&format!(", average score {}", fmt_points(avg)));
    }
    if board.scoring == preset::Scoring::Icpc {
        let avg =
            earlier.iter().map(|e| e.board.penalty).sum::<i64>() as f64 / earlier.len() as f64;
        line.push_str(&format!(", average penalty {avg:.0}"));
    }
    line.push_str(&format!(
        "; best: #{} ({})",
        best.session.id,
        best.board.headline()
    ));
    writeln!(out, "{line}")
}

fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// `judge mock list`.
pub fn write_list(
    out: &mut dyn Write,
    rows: &[(Session, Scoreboard)],
    now_ms: i64,
    style: Style,
) -> io::Result<()> {
    if rows.is_empty() {
        return writeln!(
            out,
            "no mock sessions yet: `judge mock start --preset contest` starts one"
        );
    }
    writeln!(
        out,
        "{}",
        style.dim(&format!(
            "{:>4}  {:<10}  {:<16}  {:>8}  {:<8}  {}",
            "id", "preset", "started", "length", "state", "result"
        ))
    )?;
    for (s, b) in rows {
        let state = match s.state(now_ms) {
            State::Running => "running",
            State::Expired => "time up",
            State::Closed => "done",
        };
        writeln!(
            out,
            "{:>4}  {:<10}  {:<16}  {:>8}  {:<8}  {}  {}",
            style.bold(&format!("#{}", s.id)),
            s.preset,
            local_minute(s.started_ms),
            clock_text(s.end_ms(now_ms) - s.started_ms),
            state,
            b.headline(),
            style.dim(&s.slugs().join(", "))
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal).to_vec();
        assert_eq!(
            got,
            ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"]
        );
    }
}
