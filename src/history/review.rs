//! [`schedule`]: spaced review of solved problems, a pure function of the attempts (nothing more
//! is stored: a re-solve is an ordinary `judge run` or `judge submit`), tested with simulated
//! days. The rule, documented in docs/review.md:
//!
//! * Solving a problem (its first accepted full run) schedules its first review a day later.
//! * The intervals are 1, 3, 7, 21 and 60 days ([`INTERVAL_DAYS`]); 60 days is the longest.
//! * Once a review is due, the next attempts at the problem are the re-solve, which ends with
//!   the next accepted full run. Then:
//!   - a rejected full run or submission on the way: **failed**, back to 1 day;
//!   - accepted within [`QUICK_MS`] of the re-solve's first run: **quick**, two steps up;
//!   - accepted more than [`SLOW_MS`] after it: **slow**, the same interval again;
//!   - otherwise one step up.
//! * Attempts while no review is due change nothing (practice between reviews).

use std::collections::BTreeMap;

use serde::Serialize;

use super::Attempt;

/// The review intervals, in days, by level.
pub const INTERVAL_DAYS: [i64; 5] = [1, 3, 7, 21, 60];
/// A re-solve accepted within this time of its first run is quick (two steps up).
pub const QUICK_MS: i64 = 10 * 60_000;
/// A re-solve accepted later than this after its first run is slow (the interval repeats).
pub const SLOW_MS: i64 = 30 * 60_000;
const DAY_MS: i64 = 86_400_000;

/// How a solve or re-solve went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// The first solve: it starts the schedule.
    Solved,
    Failed,
    Slow,
    Passed,
    Quick,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Solved => "solved",
            Outcome::Failed => "failed",
            Outcome::Slow => "slow",
            Outcome::Passed => "passed",
            Outcome::Quick => "quick",
        }
    }
}

/// One solve or re-solve: from its first attempt to its accepted full run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Round {
    pub started_ms: i64,
    pub solved_ms: i64,
    /// From the first attempt of the round to the accepted one.
    pub took_ms: i64,
    /// Rejected full runs and submissions on the way.
    pub rejected: usize,
    pub outcome: Outcome,
    /// The level (index into [`INTERVAL_DAYS`]) it leads to.
    pub level: usize,
    /// The attempts of the round; every round but the first is a review.
    pub attempts: Vec<i64>,
}

impl Round {
    /// How long it took: `12:40, 1 rejected`, `first try`.
    pub fn took_text(&self) -> String {
        let mut s = if self.took_ms == 0 {
            "first try".to_string()
        } else {
            crate::clock::clock_text(self.took_ms)
        };
        if self.rejected > 0 {
            s.push_str(&format!(", {} rejected", self.rejected));
        }
        s
    }
}

/// A solved problem's place in the schedule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Card {
    pub problem: String,
    pub level: usize,
    pub interval_days: i64,
    pub due_ms: i64,
    /// The last solve or re-solve.
    pub last: Round,
    /// Reviews done (rounds after the first solve).
    pub reviews: usize,
    /// A re-solve has started (attempts since the review fell due) and is not accepted yet.
    pub in_progress: bool,
    /// Every round, oldest first.
    pub rounds: Vec<Round>,
}

impl Card {
    /// Due on or before the local day of `now_ms` (`offset_ms` east of UTC).
    pub fn is_due(&self, now_ms: i64, offset_ms: i64) -> bool {
        (self.due_ms + offset_ms).div_euclid(DAY_MS) <= (now_ms + offset_ms).div_euclid(DAY_MS)
    }

    /// The ids of the attempts that were reviews (re-solves), finished or not.
    pub fn review_attempts(&self) -> impl Iterator<Item = i64> + '_ {
        self.rounds
            .iter()
            .skip(1)
            .flat_map(|r| r.attempts.iter().copied())
    }
}

/// The schedule of every solved problem, by slug. `attempts` in any order; days are local days
/// (`offset_ms` east of UTC): a review falls due at the start of its day.
pub fn schedule(attempts: &[Attempt], offset_ms: i64) -> BTreeMap<String, Card> {
    let mut sorted: Vec<&Attempt> = attempts
        .iter()
        .filter(|a| a.verdict.is_some() && !a.late)
        .collect();
    sorted.sort_by_key(|a| (a.at_ms, a.id));
    let mut by_problem: BTreeMap<&str, Vec<&Attempt>> = BTreeMap::new();
    for a in sorted {
        by_problem.entry(a.problem.as_str()).or_default().push(a);
    }
    by_problem
        .into_iter()
        .filter_map(|(slug, list)| replay(slug, &list, offset_ms))
        .map(|c| (c.problem.clone(), c))
        .collect()
}

/// One problem's attempts, oldest first, through the rule.
fn replay(slug: &str, attempts: &[&Attempt], offset_ms: i64) -> Option<Card> {
    let day = |ms: i64| (ms + offset_ms).div_euclid(DAY_MS);
    let mut rounds: Vec<Round> = Vec::new();
    let mut due_ms = 0;
    // The open round: its first attempt, rejected full runs, attempt ids.
    let mut open: Option<(i64, usize, Vec<i64>)> = None;
    for a in attempts {
        let solved = !rounds.is_empty();
        if solved && open.is_none() && day(a.at_ms) < day(due_ms) {
            continue; // practice between reviews
        }
        let (start, rejected, ids) = open.get_or_insert((a.at_ms, 0, Vec::new()));
        ids.push(a.id);
        if !a.solves() {
            if a.scope == super::Scope::All {
                *rejected += 1;
            }
            continue;
        }
        let took_ms = a.at_ms - *start;
        let level = rounds.last().map_or(0, |r| r.level);
        let (outcome, level) = if !solved {
            (Outcome::Solved, 0)
        } else if *rejected > 0 {
            (Outcome::Failed, 0)
        } else if took_ms <= QUICK_MS {
            (Outcome::Quick, (level + 2).min(INTERVAL_DAYS.len() - 1))
        } else if took_ms > SLOW_MS {
            (Outcome::Slow, level)
        } else {
            (Outcome::Passed, (level + 1).min(INTERVAL_DAYS.len() - 1))
        };
        let (started_ms, rejected, attempts) = open.take().expect("a round is open");
        rounds.push(Round {
            started_ms,
            solved_ms: a.at_ms,
            took_ms,
            rejected,
            outcome,
            level,
            attempts,
        });
        due_ms = a.at_ms + INTERVAL_DAYS[level] * DAY_MS;
    }
    let last = rounds.last()?.clone();
    Some(Card {
        problem: slug.to_string(),
        level: last.level,
        interval_days: INTERVAL_DAYS[last.level],
        due_ms,
        reviews: rounds.len() - 1,
        in_progress: open.is_some(),
        last,
        rounds,
    })
}

/// The cards due by the local day of `now_ms`, longest overdue first.
pub fn due(cards: &BTreeMap<String, Card>, now_ms: i64, offset_ms: i64) -> Vec<&Card> {
    let mut due: Vec<&Card> = cards
        .values()
        .filter(|c| c.is_due(now_ms, offset_ms))
        .collect();
    due.sort_by(|a, b| a.due_ms.cmp(&b.due_ms).then(a.problem.cmp(&b.problem)));
    due
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::{AttemptKind, Scope};
    use crate::verdict::Verdict;

    const MIN: i64 = 60_000;

    fn at(id: i64, problem: &str, ms: i64, scope: Scope, v: Verdict) -> Attempt {
        Attempt {
            id,
            at_ms: ms,
            kind: AttemptKind::Run,
            scope,
            problem: problem.into(),
            language: "Python".into(),
            file: "x.py".into(),
            verdict: Some(v),
            passed: 0,
            total: 1,
            max_cpu_ms: 0,
            max_memory_kib: 0,
            session_id: None,
            late: false,
            levels: Vec::new(),
        }
    }

    /// Simulated days: each step is (day, minutes into the re-solve, verdict); the card after it.
    #[test]
    fn intervals_grow_shrink_and_repeat_across_simulated_days() {
        let day = |d: i64| d * DAY_MS + 9 * 3_600_000;
        let mut attempts = vec![
            at(1, "p", day(0), Scope::Samples, Verdict::WA),
            at(2, "p", day(0) + 40 * MIN, Scope::All, Verdict::AC),
        ];
        let card = |a: &[Attempt]| schedule(a, 0).remove("p").unwrap();
        let c = card(&attempts);
        assert_eq!(
            (c.last.outcome, c.interval_days, c.reviews),
            (Outcome::Solved, 1, 0)
        );
        assert_eq!(c.last.took_ms, 40 * MIN);
        assert!(!c.is_due(day(0) + 3_600_000, 0));
        assert!(c.is_due(day(1), 0));
        // Practice the same day changes nothing.
        attempts.push(at(3, "p", day(0) + 60 * MIN, Scope::All, Verdict::AC));
        assert_eq!(card(&attempts).interval_days, 1);
        // Day 1: a re-solve in 20 min with no rejection: one step up, to 3 days.
        attempts.push(at(4, "p", day(1), Scope::Samples, Verdict::AC));
        assert!(card(&attempts).in_progress);
        attempts.push(at(5, "p", day(1) + 20 * MIN, Scope::All, Verdict::AC));
        let c = card(&attempts);
        assert_eq!(
            (c.last.outcome, c.interval_days, c.reviews),
            (Outcome::Passed, 3, 1)
        );
        assert_eq!(c.review_attempts().collect::<Vec<_>>(), [4, 5]);
        // Day 4: quick (first try): two steps up, to 21 days.
        attempts.push(at(6, "p", day(4), Scope::All, Verdict::AC));
        assert_eq!(card(&attempts).last.outcome, Outcome::Quick);
        assert_eq!(card(&attempts).interval_days, 21);
        // Day 25: slow (45 min): 21 days again.
        attempts.push(at(7, "p", day(25), Scope::Samples, Verdict::WA));
        attempts.push(at(8, "p", day(25) + 45 * MIN, Scope::All, Verdict::AC));
        assert_eq!(card(&attempts).last.outcome, Outcome::Slow);
        assert_eq!(card(&attempts).interval_days, 21);
        // Day 46: a rejected full run on the way: failed, back to 1 day.
        attempts.push(at(9, "p", day(46), Scope::All, Verdict::WA));
        attempts.push(at(10, "p", day(46) + 5 * MIN, Scope::All, Verdict::AC));
        let c = card(&attempts);
        assert_eq!(
            (c.last.outcome, c.interval_days, c.reviews),
            (Outcome::Failed, 1, 4)
        );
        assert_eq!(c.last.rejected, 1);
        // Then quick twice: 1 → 7 → 60 (the longest), and it stays there.
        attempts.push(at(11, "p", day(47), Scope::All, Verdict::AC));
        attempts.push(at(12, "p", day(54), Scope::All, Verdict::AC));
        assert_eq!(card(&attempts).interval_days, 60);
        attempts.push(at(13, "p", day(114), Scope::All, Verdict::AC));
        assert_eq!(card(&attempts).interval_days, 60);
    }

    #[test]
    fn due_list_by_local_day_and_unsolved_problems_have_no_card() {
        let evening = 10 * DAY_MS + 20 * 3_600_000;
        let attempts = vec![
            at(1, "a", evening, Scope::All, Verdict::AC),
            at(2, "b", evening - DAY_MS, Scope::All, Verdict::AC),
            at(3, "c", evening, Scope::All, Verdict::WA),
        ];
        let cards = schedule(&attempts, 0);
        assert!(!cards.contains_key("c"));
        let morning = 11 * DAY_MS + 8 * 3_600_000;
        // `a` falls due at 20:00 on day 11: due on day 11 all day, as people count days.
        let names: Vec<&str> = due(&cards, morning, 0)
            .iter()
            .map(|c| c.problem.as_str())
            .collect();
        assert_eq!(names, ["b", "a"]);
        assert!(due(&cards, evening, 0).iter().all(|c| c.problem == "b"));
    }
}
