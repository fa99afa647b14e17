//! [`score`]: the scoreboard of a mock session from its submissions, under its preset's rules.
//! A pure function of the session, its attempts and the time, tested as a table of cases.

use serde::Serialize;

use super::preset::{self, Scoring};
use super::session::Session;
use crate::history::{Attempt, AttemptKind};
use crate::verdict::Verdict;

/// Penalty minutes per rejected submission before an accepted one (ICPC).
pub const PENALTY_MINUTES: i64 = 20;
/// The largest speed bonus, as a fraction of a task's points (CodeSignal-like).
const SPEED_BONUS: f64 = 0.2;

/// One problem's line of the scoreboard.
#[derive(Debug, Clone, Serialize)]
pub struct ProblemScore {
    pub problem: String,
    pub title: String,
    pub difficulty: String,
    pub points: u32,
    pub solved: bool,
    /// Milliseconds from the start to the first accepted submission.
    pub solved_after_ms: Option<i64>,
    /// Counted submissions (not late ones).
    pub attempts: usize,
    /// Submissions rejected before the first accepted one (CE and IE excluded).
    pub rejected: usize,
    /// ICPC penalty minutes; 0 for unsolved problems and other presets.
    pub penalty: i64,
    /// Tests passed by the best submission.
    pub best_passed: usize,
    pub best_total: usize,
    pub score: f64,
    /// A progressive problem: its number of levels (0 for other problems) ...
    #[serde(skip_serializing_if = "is_zero")]
    pub levels: usize,
    /// ... and the most levels, from level 1 on, one submission passed in full.
    #[serde(skip_serializing_if = "is_zero")]
    pub levels_passed: usize,
    /// ... and the tests per level of its best-scoring submission.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub best_levels: Vec<crate::history::LevelTally>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl ProblemScore {
    /// The level a progressive problem's solver works on: the first not passed yet.
    pub fn unlocked(&self) -> usize {
        (self.levels_passed + 1).min(self.levels)
    }
}

/// What a submission to a progressive problem earns: level by level from level 1, the level's
/// points times the share of its tests passed, up to and including the first level not passed
/// in full.
pub fn progressive_score(a: &Attempt) -> f64 {
    let mut total = 0.0;
    for (i, l) in a.levels.iter().enumerate() {
        if l.level != i + 1 || l.total == 0 {
            break;
        }
        total += f64::from(preset::level_points(l.level)) * l.passed as f64 / l.total as f64;
        if l.passed < l.total {
            break;
        }
    }
    round1(total)
}

/// The scoreboard of a session.
#[derive(Debug, Clone, Serialize)]
pub struct Scoreboard {
    pub scoring: Scoring,
    pub solved: usize,
    pub score: f64,
    pub max_score: f64,
    pub penalty: i64,
    /// Submissions refused because the session was over.
    pub late: usize,
    pub problems: Vec<ProblemScore>,
}

impl Scoreboard {
    /// The score as people read it: `2 solved, 74 penalty`, `287.5 / 1000`, `1/2 solved`.
    pub fn headline(&self) -> String {
        match self.scoring {
            Scoring::Icpc => format!(
                "solved {}/{} · penalty {}",
                self.solved,
                self.problems.len(),
                self.penalty
            ),
            Scoring::Interview => format!("solved {}/{}", self.solved, self.problems.len()),
            Scoring::Progressive => {
                let (passed, levels) = self
                    .problems
                    .first()
                    .map_or((0, 0), |p| (p.levels_passed, p.levels));
                format!(
                    "levels passed {passed}/{levels} · score {} / {}",
                    fmt_points(self.score),
                    fmt_points(self.max_score)
                )
            }
            Scoring::Partial | Scoring::CodeSignal => format!(
                "score {} / {}",
                fmt_points(self.score),
                fmt_points(self.max_score)
            ),
        }
    }

    /// A key that orders sessions of the same preset, higher is better.
    pub fn rank_key(&self) -> (i64, i64) {
        match self.scoring {
            Scoring::Icpc => (self.solved as i64, -self.penalty),
            Scoring::Interview => (
                self.solved as i64,
                -self
                    .problems
                    .iter()
                    .filter_map(|p| p.solved_after_ms)
                    .max()
                    .unwrap_or(0),
            ),
            Scoring::Partial | Scoring::CodeSignal | Scoring::Progressive => {
                ((self.score * 100.0).round() as i64, 0)
            }
        }
    }
}

/// Points with at most one decimal: `287.5`, `300`.
pub fn fmt_points(p: f64) -> String {
    let r = (p * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r:.1}")
    }
}

/// Scores `session` from `attempts` (any order; only its own, timely, judged submissions count).
pub fn score(session: &Session, attempts: &[Attempt]) -> Scoreboard {
    let scoring = preset::preset(&session.preset).map_or(Scoring::Icpc, |p| p.scoring);
    let mut subs: Vec<&Attempt> = attempts
        .iter()
        .filter(|a| a.session_id == Some(session.id) && a.kind == AttemptKind::Submit)
        .collect();
    subs.sort_by_key(|a| (a.at_ms, a.id));
    let late = subs.iter().filter(|a| a.late).count();
    let counted: Vec<&Attempt> = subs
        .into_iter()
        .filter(|a| !a.late && a.verdict.is_some() && a.at_ms < session.deadline_ms)
        .collect();

    let mut problems = Vec::new();
    for p in &session.problems {
        let mine: Vec<&&Attempt> = counted.iter().filter(|a| a.problem == p.problem).collect();
        let levels = if scoring == Scoring::Progressive {
            preset::levels_of(p.points)
        } else {
            0
        };
        let levels_passed = mine.iter().map(|a| a.levels_passed()).max().unwrap_or(0);
        // A progressive problem is solved by the first submission that passes every level (an
        // accepted submission at an earlier level is not).
        let first_ac = if levels > 0 {
            mine.iter().position(|a| a.levels_passed() >= levels)
        } else {
            mine.iter().position(|a| a.verdict == Some(Verdict::AC))
        };
        let rejected = mine[..first_ac.unwrap_or(mine.len())]
            .iter()
            .filter(|a| !matches!(a.verdict, Some(Verdict::CE | Verdict::IE)))
            .count();
        let solved_after_ms = first_ac.map(|i| mine[i].at_ms - session.started_ms);
        // The best submission: of a progressive problem, the best-scoring one (its tests are
        // the ones the report shows beside its score); else the largest share of tests passed.
        let best = mine.iter().filter(|a| a.total > 0).max_by(|a, b| {
            if levels > 0 {
                return progressive_score(a).total_cmp(&progressive_score(b));
            }
            let fa = a.passed as f64 / a.total as f64;
            let fb = b.passed as f64 / b.total as f64;
            fa.total_cmp(&fb)
        });
        let (best_passed, best_total) = best.map_or((0, 0), |a| (a.passed, a.total));
        let fraction = if first_ac.is_some() {
            1.0
        } else if best_total > 0 {
            best_passed as f64 / best_total as f64
        } else {
            0.0
        };
        let points = f64::from(p.points);
        let (score, penalty) = match scoring {
            Scoring::Icpc => match solved_after_ms {
                Some(ms) => (1.0, ms / 60_000 + PENALTY_MINUTES * rejected as i64),
                None => (0.0, 0),
            },
            Scoring::Interview => (if first_ac.is_some() { 1.0 } else { 0.0 }, 0),
            Scoring::Partial => (round1(points * fraction), 0),
            Scoring::Progressive => (
                mine.iter()
                    .map(|a| progressive_score(a))
                    .fold(0.0, f64::max),
                0,
            ),
            Scoring::CodeSignal => {
                let bonus = match solved_after_ms {
                    Some(ms) => {
                        let left = (session.duration_ms() - ms).max(0) as f64
                            / session.duration_ms().max(1) as f64;
                        (points * SPEED_BONUS * left).round()
                    }
                    None => 0.0,
                };
                (round1(points * fraction) + bonus, 0)
            }
        };
        problems.push(ProblemScore {
            problem: p.problem.clone(),
            title: p.title.clone(),
            difficulty: p.difficulty.clone(),
            points: p.points,
            solved: first_ac.is_some(),
            solved_after_ms,
            attempts: mine.len(),
            rejected,
            penalty,
            best_passed,
            best_total,
            score,
            levels,
            levels_passed,
            best_levels: if levels > 0 {
                mine.iter()
                    .max_by(|a, b| progressive_score(a).total_cmp(&progressive_score(b)))
                    .map(|a| a.levels.clone())
                    .unwrap_or_default()
            } else {
                Vec::new()
            },
        });
    }
    let max_score = session
        .problems
        .iter()
        .map(|p| {
            let pts = f64::from(p.points);
            match scoring {
                Scoring::CodeSignal => pts * (1.0 + SPEED_BONUS),
                _ => pts,
            }
        })
        .sum();
    Scoreboard {
        scoring,
        solved: problems.iter().filter(|p| p.solved).count(),
        score: problems.iter().map(|p| p.score).sum(),
        max_score,
        penalty: problems.iter().map(|p| p.penalty).sum(),
        late,
        problems,
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::Scope;
    use crate::mock::session::SessionProblem;

    const MIN: i64 = 60_000;

    fn session(preset: &str, problems: &[(&str, &str, u32)]) -> Session {
        Session {
            id: 1,
            preset: preset.into(),
            started_ms: 1_000_000,
            deadline_ms: 1_000_000 + 120 * MIN,
            ended_ms: None,
            end_reason: None,
            seed: 0,
            language: "py".into(),
            folder: ".".into(),
            catalog: "built-in".into(),
            problems: problems
                .iter()
                .enumerate()
                .map(|(i, (slug, diff, pts))| SessionProblem {
                    position: i,
                    problem: (*slug).into(),
                    title: (*slug).into(),
                    difficulty: (*diff).into(),
                    points: *pts,
                })
                .collect(),
        }
    }

    /// A submission `minute` minutes after the start.
    fn sub(id: i64, problem: &str, minute: i64, verdict: Verdict, passed: usize) -> Attempt {
        Attempt {
            id,
            at_ms: 1_000_000 + minute * MIN + 30_000,
            kind: AttemptKind::Submit,
            scope: Scope::All,
            problem: problem.into(),
            language: "Python".into(),
            file: "x.py".into(),
            verdict: Some(verdict),
            passed,
            total: 10,
            max_cpu_ms: 1,
            max_memory_kib: 1,
            session_id: Some(1),
            late: false,
            levels: Vec::new(),
        }
    }

    #[test]
    fn icpc_penalty_is_minutes_to_ac_plus_20_per_rejection_before_it() {
        let s = session(
            "contest",
            &[("a", "easy", 1), ("b", "medium", 1), ("c", "hard", 1)],
        );
        let attempts = vec![
            sub(1, "a", 3, Verdict::WA, 5),
            sub(2, "a", 7, Verdict::CE, 0), // not counted
            sub(3, "a", 9, Verdict::TLE, 9),
            sub(4, "a", 12, Verdict::AC, 10), // 12 + 2 × 20 = 52
            sub(5, "a", 15, Verdict::WA, 2),  // after AC: ignored
            sub(6, "b", 40, Verdict::AC, 10), // 40
            sub(7, "c", 50, Verdict::WA, 9),  // unsolved: no penalty
            sub(8, "c", 55, Verdict::RE, 1),
        ];
        let b = score(&s, &attempts);
        let pen: Vec<i64> = b.problems.iter().map(|p| p.penalty).collect();
        assert_eq!(pen, vec![52, 40, 0]);
        assert_eq!(b.problems[0].rejected, 2);
        assert_eq!(b.problems[0].attempts, 5);
        assert_eq!(b.problems[0].solved_after_ms, Some(12 * MIN + 30_000));
        assert_eq!((b.solved, b.penalty), (2, 92));
        assert_eq!(b.headline(), "solved 2/3 · penalty 92");
    }

    #[test]
    fn late_and_foreign_attempts_do_not_count() {
        let s = session("contest", &[("a", "easy", 1)]);
        let mut late = sub(1, "a", 130, Verdict::AC, 10);
        late.late = true;
        late.verdict = None;
        let mut other_session = sub(2, "a", 5, Verdict::AC, 10);
        other_session.session_id = Some(2);
        let mut run = sub(3, "a", 6, Verdict::AC, 10);
        run.kind = AttemptKind::Run;
        let after_deadline = sub(4, "a", 121, Verdict::AC, 10);
        let b = score(&s, &[late, other_session, run, after_deadline]);
        assert_eq!((b.solved, b.late, b.problems[0].attempts), (0, 1, 0));
    }

    #[test]
    fn hackerrank_gives_partial_credit_for_the_best_submission() {
        let s = session(
            "hackerrank",
            &[("a", "easy", 50), ("b", "medium", 75), ("c", "hard", 100)],
        );
        let attempts = vec![
            sub(1, "a", 5, Verdict::AC, 10),
            sub(2, "b", 20, Verdict::WA, 7),
            sub(3, "b", 30, Verdict::TLE, 4), // worse than the best: ignored
            sub(4, "c", 60, Verdict::WA, 3),
        ];
        let b = score(&s, &attempts);
        let scores: Vec<f64> = b.problems.iter().map(|p| p.score).collect();
        assert_eq!(scores, vec![50.0, 52.5, 30.0]);
        assert_eq!(b.score, 132.5);
        assert_eq!(b.headline(), "score 132.5 / 225");
        assert_eq!(b.solved, 1);
    }

    #[test]
    fn codesignal_adds_a_speed_bonus_to_solved_tasks() {
        let mut s = session("codesignal", &[("a", "easy", 150), ("b", "hard", 350)]);
        s.deadline_ms = s.started_ms + 70 * MIN;
        // Solved at 14.5 min of 70: bonus 150 × 0.2 × 55.5/70 = 23.8 → 24.
        let attempts = vec![
            sub(1, "a", 14, Verdict::AC, 10),
            sub(2, "b", 60, Verdict::WA, 5),
        ];
        let b = score(&s, &attempts);
        assert_eq!(b.problems[0].score, 174.0);
        assert_eq!(b.problems[1].score, 175.0);
        assert_eq!(b.max_score, 600.0);
    }

    #[test]
    fn ranking_prefers_more_solved_then_less_penalty() {
        let s = session("contest", &[("a", "easy", 1), ("b", "easy", 1)]);
        let one = score(&s, &[sub(1, "a", 10, Verdict::AC, 10)]);
        let slow_two = score(
            &s,
            &[
                sub(1, "a", 50, Verdict::AC, 10),
                sub(2, "b", 100, Verdict::AC, 10),
            ],
        );
        let fast_two = score(
            &s,
            &[
                sub(1, "a", 5, Verdict::AC, 10),
                sub(2, "b", 10, Verdict::AC, 10),
            ],
        );
        assert!(slow_two.rank_key() > one.rank_key());
        assert!(fast_two.rank_key() > slow_two.rank_key());
    }

    /// A submission to a progressive problem with (passed, total) per level from level 1.
    fn leveled(id: i64, minute: i64, verdict: Verdict, levels: &[(usize, usize)]) -> Attempt {
        let mut a = sub(id, "bank", minute, verdict, 0);
        a.levels = levels
            .iter()
            .enumerate()
            .map(|(i, &(passed, total))| crate::history::LevelTally {
                level: i + 1,
                passed,
                total,
            })
            .collect();
        a.passed = levels.iter().map(|l| l.0).sum();
        a.total = levels.iter().map(|l| l.1).sum();
        a
    }

    #[test]
    fn progressive_levels_are_worth_100_k_up_to_the_first_level_not_passed() {
        assert_eq!(preset::progressive_points(4), 1000);
        assert_eq!(preset::levels_of(1000), 4);
        assert_eq!(preset::levels_of(600), 3);
        let s = session("progressive", &[("bank", "medium", 1000)]);
        let attempts = vec![
            leveled(1, 10, Verdict::AC, &[(8, 8)]),                 // 100
            leveled(2, 30, Verdict::AC, &[(8, 8), (6, 6)]),         // 300
            leveled(3, 50, Verdict::WA, &[(8, 8), (6, 6), (3, 7)]), // 300 + 300 x 3/7
            // Level 1 broken: nothing after it counts, so 100 x 7/8.
            leveled(4, 60, Verdict::WA, &[(7, 8), (6, 6), (7, 7)]),
        ];
        assert_eq!(progressive_score(&attempts[3]), 87.5);
        let b = score(&s, &attempts);
        let p = &b.problems[0];
        assert_eq!(p.score, 428.6);
        assert_eq!((p.levels, p.levels_passed, p.unlocked()), (4, 2, 3));
        assert!(
            !p.solved,
            "an accepted submission at level 2 does not solve it"
        );
        assert_eq!(p.best_levels, attempts[2].levels);
        assert_eq!(
            (p.best_passed, p.best_total),
            (17, 21),
            "the tests of the best-scoring submission, not of the largest share passed"
        );
        assert_eq!(b.headline(), "levels passed 2/4 · score 428.6 / 1000");

        let mut all = attempts.clone();
        all.push(leveled(
            5,
            80,
            Verdict::AC,
            &[(8, 8), (6, 6), (7, 7), (9, 9)],
        ));
        let b = score(&s, &all);
        assert_eq!(b.problems[0].score, 1000.0);
        assert!(b.problems[0].solved);
        assert_eq!(b.problems[0].solved_after_ms, Some(80 * MIN + 30_000));
        assert_eq!(b.problems[0].unlocked(), 4);
    }
}
