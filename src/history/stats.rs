//! [`Stats`] and [`suggest`]: what the history says about practice, as pure functions of the
//! attempts, the catalog's problems and the time (local days come from a fixed offset so tests
//! are independent of the machine's time zone).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use super::Attempt;
use crate::catalog::{Difficulty, ProblemSummary};

/// Days shown by the activity chart (12 weeks).
pub const ACTIVITY_DAYS: usize = 84;
const DAY_MS: i64 = 86_400_000;

#[derive(Debug, Clone, Serialize)]
pub struct Ratio {
    pub name: String,
    pub solved: usize,
    pub total: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    pub attempts: usize,
    pub problems_attempted: usize,
    pub solved: usize,
    /// Solved problems that are not in the current catalog.
    pub solved_elsewhere: usize,
    pub by_difficulty: Vec<Ratio>,
    pub by_tag: Vec<Ratio>,
    /// Attempts up to and including the first accepted one, averaged over solved problems.
    pub attempts_per_solve: Option<f64>,
    /// From the first attempt at a problem to its first accepted run, median over solved ones.
    pub median_time_to_first_ac_ms: Option<i64>,
    /// Days in a row, up to today, with at least one attempt (today not practised yet does not
    /// break it).
    pub current_streak_days: usize,
    pub longest_streak_days: usize,
    /// Attempts per local day, oldest first, ending today.
    pub activity: Vec<usize>,
    /// The weekday of the first day of `activity`, 0 = Monday.
    pub activity_first_weekday: u32,
}

/// The local day number of an instant (days since the epoch in local time).
fn day(ms: i64, offset_ms: i64) -> i64 {
    (ms + offset_ms).div_euclid(DAY_MS)
}

/// Computes the stats. `offset_ms` is the local time zone's offset from UTC.
pub fn stats(
    attempts: &[Attempt],
    problems: &[ProblemSummary],
    now_ms: i64,
    offset_ms: i64,
) -> Stats {
    let mut by_problem: BTreeMap<&str, Vec<&Attempt>> = BTreeMap::new();
    for a in attempts {
        by_problem.entry(a.problem.as_str()).or_default().push(a);
    }
    let mut solved: BTreeSet<&str> = BTreeSet::new();
    let mut per_solve = Vec::new();
    let mut to_first_ac = Vec::new();
    for (slug, list) in &by_problem {
        let mut list = list.clone();
        list.sort_by_key(|a| (a.at_ms, a.id));
        if let Some(i) = list.iter().position(|a| a.solves()) {
            solved.insert(slug);
            per_solve.push((i + 1) as f64);
            to_first_ac.push(list[i].at_ms - list[0].at_ms);
        }
    }
    let in_catalog: BTreeSet<&str> = problems.iter().map(|p| p.slug.as_str()).collect();
    let ratio = |name: String, members: Vec<&ProblemSummary>| Ratio {
        name,
        solved: members
            .iter()
            .filter(|p| solved.contains(p.slug.as_str()))
            .count(),
        total: members.len(),
    };
    let by_difficulty = [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard]
        .into_iter()
        .map(|d| {
            ratio(
                d.as_str().to_string(),
                problems.iter().filter(|p| p.difficulty == d).collect(),
            )
        })
        .collect();
    let mut tags: BTreeMap<&str, Vec<&ProblemSummary>> = BTreeMap::new();
    for p in problems {
        for t in &p.tags {
            tags.entry(t.as_str()).or_default().push(p);
        }
    }
    let mut by_tag: Vec<Ratio> = tags
        .into_iter()
        .map(|(t, members)| ratio(t.to_string(), members))
        .collect();
    by_tag.sort_by(|a, b| b.total.cmp(&a.total).then(a.name.cmp(&b.name)));

    to_first_ac.sort_unstable();
    let median = match to_first_ac.len() {
        0 => None,
        n if n % 2 == 1 => Some(to_first_ac[n / 2]),
        n => Some((to_first_ac[n / 2 - 1] + to_first_ac[n / 2]) / 2),
    };

    let today = day(now_ms, offset_ms);
    let days: BTreeSet<i64> = attempts.iter().map(|a| day(a.at_ms, offset_ms)).collect();
    let mut current = 0;
    let mut d = if days.contains(&today) {
        today
    } else {
        today - 1
    };
    while days.contains(&d) {
        current += 1;
        d -= 1;
    }
    let (mut longest, mut run, mut prev) = (0, 0, None);
    for &d in &days {
        run = if prev == Some(d - 1) { run + 1 } else { 1 };
        longest = longest.max(run);
        prev = Some(d);
    }
    let first = today - (ACTIVITY_DAYS as i64 - 1);
    let mut activity = vec![0; ACTIVITY_DAYS];
    for a in attempts {
        let d = day(a.at_ms, offset_ms);
        if (first..=today).contains(&d) {
            activity[(d - first) as usize] += 1;
        }
    }
    // 1970-01-01 was a Thursday (weekday 3 counting from Monday = 0).
    let activity_first_weekday = (first + 3).rem_euclid(7) as u32;

    Stats {
        attempts: attempts.len(),
        problems_attempted: by_problem.len(),
        solved: solved.len(),
        solved_elsewhere: solved.iter().filter(|s| !in_catalog.contains(*s)).count(),
        by_difficulty,
        by_tag,
        attempts_per_solve: (!per_solve.is_empty())
            .then(|| per_solve.iter().sum::<f64>() / per_solve.len() as f64),
        median_time_to_first_ac_ms: median,
        current_streak_days: current,
        longest_streak_days: longest,
        activity,
        activity_first_weekday,
    }
}

/// A problem to practise next, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Suggestion {
    pub problem: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub reason: String,
}

/// Up to `limit` suggestions: problems attempted but never solved (most recent first), then
/// the reviews due (up to half of the rest), then unsolved problems of the weakest tag (easiest
/// first), then problems never attempted. Days are local (`offset_ms` east of UTC).
pub fn suggest(
    attempts: &[Attempt],
    problems: &[ProblemSummary],
    now_ms: i64,
    offset_ms: i64,
    limit: usize,
) -> Vec<Suggestion> {
    let mut last_attempt: HashMap<&str, i64> = HashMap::new();
    let mut last_solve: HashMap<&str, i64> = HashMap::new();
    for a in attempts {
        let e = last_attempt.entry(a.problem.as_str()).or_insert(a.at_ms);
        *e = (*e).max(a.at_ms);
        if a.solves() {
            let e = last_solve.entry(a.problem.as_str()).or_insert(a.at_ms);
            *e = (*e).max(a.at_ms);
        }
    }
    let known: HashMap<&str, &ProblemSummary> =
        problems.iter().map(|p| (p.slug.as_str(), p)).collect();
    let mut out: Vec<Suggestion> = Vec::new();
    let push = |out: &mut Vec<Suggestion>, p: &ProblemSummary, reason: String| {
        if out.len() < limit && !out.iter().any(|s| s.problem == p.slug) {
            out.push(Suggestion {
                problem: p.slug.clone(),
                title: p.title.clone(),
                difficulty: p.difficulty,
                reason,
            });
        }
    };

    // Unfinished work first: attempted, never solved.
    let mut unfinished: Vec<(&str, i64)> = last_attempt
        .iter()
        .filter(|(s, _)| !last_solve.contains_key(*s))
        .map(|(s, t)| (*s, *t))
        .collect();
    unfinished.sort_by_key(|(s, t)| (-t, *s));
    for (slug, at) in unfinished.iter().take(limit.div_ceil(3).max(1)) {
        if let Some(p) = known.get(slug) {
            push(
                &mut out,
                p,
                format!(
                    "attempted {}, not solved yet",
                    crate::clock::ago(now_ms, *at)
                ),
            );
        }
    }

    // Due reviews (docs/review.md), longest overdue first, up to half of what is left: the mix
    // of re-solves and new problems that spaced review wants.
    let cards = super::review::schedule(attempts, offset_ms);
    let due = super::review::due(&cards, now_ms, offset_ms);
    let take = out.len() + (limit - out.len().min(limit)).div_ceil(2);
    for c in due {
        if out.len() >= take {
            break;
        }
        if let Some(p) = known.get(c.problem.as_str()) {
            push(
                &mut out,
                p,
                format!(
                    "review due: solved {}, took {} (interval {} day{})",
                    crate::clock::ago(now_ms, c.last.solved_ms),
                    c.last.took_text(),
                    c.interval_days,
                    if c.interval_days == 1 { "" } else { "s" }
                ),
            );
        }
    }

    // The weakest tag: the lowest share solved among tags with at least two problems.
    let mut tags: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for p in problems {
        for t in &p.tags {
            let e = tags.entry(t.as_str()).or_default();
            e.1 += 1;
            if last_solve.contains_key(p.slug.as_str()) {
                e.0 += 1;
            }
        }
    }
    let weakest = tags
        .iter()
        .filter(|(_, (s, n))| *n >= 2 && s < n)
        .min_by(|a, b| {
            let fa = a.1 .0 as f64 / a.1 .1 as f64;
            let fb = b.1 .0 as f64 / b.1 .1 as f64;
            fa.total_cmp(&fb).then(b.1 .1.cmp(&a.1 .1))
        });
    // With no history there is no weakest tag yet: start with the easiest problems.
    let weakest = weakest.filter(|_| !attempts.is_empty());
    if let Some((tag, (s, n))) = weakest {
        let mut cands: Vec<&ProblemSummary> = problems
            .iter()
            .filter(|p| {
                p.tags.iter().any(|t| t == tag) && !last_solve.contains_key(p.slug.as_str())
            })
            .collect();
        cands.sort_by(|a, b| a.difficulty.cmp(&b.difficulty).then(a.slug.cmp(&b.slug)));
        let take = out.len() + (limit - out.len()).div_ceil(2).max(1);
        for p in cands {
            if out.len() >= take {
                break;
            }
            push(
                &mut out,
                p,
                format!("{tag} is your weakest tag: {s}/{n} solved"),
            );
        }
    }

    // Fill up with the easiest problems never attempted.
    let mut fresh: Vec<&ProblemSummary> = problems
        .iter()
        .filter(|p| !last_attempt.contains_key(p.slug.as_str()))
        .collect();
    fresh.sort_by(|a, b| a.difficulty.cmp(&b.difficulty).then(a.slug.cmp(&b.slug)));
    for p in fresh {
        push(&mut out, p, "not attempted yet".to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Kind;
    use crate::history::{AttemptKind, Scope};
    use crate::verdict::Verdict;

    fn prob(slug: &str, d: Difficulty, tags: &[&str]) -> ProblemSummary {
        ProblemSummary {
            slug: slug.into(),
            title: slug.to_uppercase(),
            difficulty: d,
            tags: tags.iter().map(|t| t.to_string()).collect(),
            kind: Kind::Stdio,
        }
    }

    fn at(id: i64, problem: &str, day: i64, hour: i64, v: Verdict) -> Attempt {
        Attempt {
            id,
            at_ms: day * DAY_MS + hour * 3_600_000,
            kind: AttemptKind::Run,
            scope: Scope::All,
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

    fn catalog() -> Vec<ProblemSummary> {
        vec![
            prob("a", Difficulty::Easy, &["arrays"]),
            prob("b", Difficulty::Easy, &["arrays", "graphs"]),
            prob("c", Difficulty::Medium, &["graphs"]),
            prob("d", Difficulty::Hard, &["graphs"]),
        ]
    }

    #[test]
    fn solved_counts_attempts_per_solve_median_and_streaks() {
        let attempts = vec![
            at(1, "a", 100, 9, Verdict::WA),
            at(2, "a", 100, 10, Verdict::AC), // 2 attempts, 1 h
            at(3, "b", 101, 9, Verdict::AC),  // 1 attempt, 0 h
            at(4, "c", 103, 9, Verdict::TLE),
            at(5, "c", 104, 9, Verdict::WA),
            at(6, "c", 104, 12, Verdict::AC), // 3 attempts, 27 h
            at(7, "gone", 104, 13, Verdict::AC),
        ];
        let s = stats(&attempts, &catalog(), 105 * DAY_MS + 8 * 3_600_000, 0);
        assert_eq!((s.solved, s.solved_elsewhere, s.attempts), (4, 1, 7));
        let diff: Vec<(usize, usize)> = s
            .by_difficulty
            .iter()
            .map(|r| (r.solved, r.total))
            .collect();
        assert_eq!(diff, vec![(2, 2), (1, 1), (0, 1)]);
        let graphs = s.by_tag.iter().find(|r| r.name == "graphs").unwrap();
        assert_eq!((graphs.solved, graphs.total), (2, 3));
        assert_eq!(s.attempts_per_solve, Some((2.0 + 1.0 + 3.0 + 1.0) / 4.0));
        // Times to first AC: 0, 0 (gone), 1 h, 27 h: median (0 + 1 h) / 2.
        assert_eq!(s.median_time_to_first_ac_ms, Some(1_800_000));
        // Days 103, 104 and not yet today (105): a streak of 2; days 100-101: 2 as well.
        assert_eq!((s.current_streak_days, s.longest_streak_days), (2, 2));
        assert_eq!(s.activity.len(), ACTIVITY_DAYS);
        assert_eq!(s.activity[ACTIVITY_DAYS - 2], 3, "day 104");
        assert_eq!(s.activity[ACTIVITY_DAYS - 1], 0, "today");
    }

    #[test]
    fn local_days_follow_the_offset() {
        // 23:00 UTC on day 10 is day 11 two hours east of UTC.
        let attempts = vec![at(1, "a", 10, 23, Verdict::AC)];
        let now = 11 * DAY_MS + 12 * 3_600_000;
        assert_eq!(stats(&attempts, &catalog(), now, 0).current_streak_days, 1);
        let east = stats(&attempts, &catalog(), now, 2 * 3_600_000);
        assert_eq!(east.activity[ACTIVITY_DAYS - 1], 1);
    }

    #[test]
    fn suggestions_unfinished_then_due_reviews_then_weakest_tag() {
        let attempts = vec![
            at(1, "a", 10, 9, Verdict::AC), // solved long ago
            at(2, "c", 99, 9, Verdict::WA), // unfinished
        ];
        let now = 100 * DAY_MS;
        let s = suggest(&attempts, &catalog(), now, 0, 4);
        let names: Vec<&str> = s.iter().map(|x| x.problem.as_str()).collect();
        assert_eq!(names[0], "c", "{s:?}");
        assert!(s[0].reason.contains("not solved yet"));
        // `a` was solved on day 10: its first review (a day later) is due.
        assert_eq!(names[1], "a", "{s:?}");
        assert!(
            s[1].reason
                .starts_with("review due: solved 89 days ago, took first try (interval 1 day)"),
            "{s:?}"
        );
        // graphs (0/3) is weaker than arrays (1/2): its easiest unsolved problem next.
        assert_eq!(names[2], "b", "{s:?}");
        assert!(s[2].reason.contains("graphs"), "{s:?}");
        assert!(s.len() <= 4);
    }
}
