//! [`Preset`]s: the kinds of timed assessment a mock session simulates, their length, the
//! difficulty ladder of their problems, how they score, and the rules printed at the start.

use crate::catalog::Difficulty;

/// How a session is scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scoring {
    /// ICPC: problems solved, then penalty time (minutes to each AC plus 20 per rejected
    /// submission before it).
    Icpc,
    /// HackerRank: each problem's points times the fraction of tests passed by the best
    /// submission.
    Partial,
    /// CodeSignal-like: partial points per task plus a speed bonus for a task solved early.
    CodeSignal,
    /// A live-coding round: problems solved, then the time it took.
    Interview,
    /// One progressive problem: level k is worth 100·k points, levels unlock as they pass.
    Progressive,
}

/// A kind of assessment.
#[derive(Debug, Clone, Copy)]
pub struct Preset {
    pub name: &'static str,
    pub title: &'static str,
    pub minutes: u32,
    /// Each problem in order: where it is picked from and its difficulty.
    pub ladder: &'static [Rung],
    pub scoring: Scoring,
    pub rules: &'static str,
    /// Picks progressive problems (`kind: progressive`) only; the other presets never pick them.
    pub progressive: bool,
}

/// The pool a problem of a session is picked from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pool {
    /// Algorithm problems: neither tagged `backend` nor progressive.
    Algorithm,
    /// Problems tagged `backend` that are not progressive.
    Backend,
    /// Progressive problems (`kind: progressive`).
    Progressive,
}

/// One problem of a session: its pool and its difficulty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rung {
    pub pool: Pool,
    pub difficulty: Difficulty,
}

use Difficulty::{Easy, Hard, Medium};

const fn algo(difficulty: Difficulty) -> Rung {
    Rung {
        pool: Pool::Algorithm,
        difficulty,
    }
}

pub const PRESETS: &[Preset] = &[
    Preset {
        name: "codesignal",
        title: "CodeSignal-style general coding assessment",
        minutes: 70,
        ladder: &[algo(Easy), algo(Medium), algo(Medium), algo(Hard)],
        scoring: Scoring::CodeSignal,
        rules: "Tasks go from easy to hard. Each task is worth points (easy 150, medium 250, \
                hard 350) in proportion to the tests its best submission passes; a task passed \
                in full also earns a speed bonus of up to 20% of its points, by the time left when \
                it was solved. Wrong submissions cost nothing but time.",
        progressive: false,
    },
    Preset {
        name: "hackerrank",
        title: "HackerRank-style test",
        minutes: 90,
        ladder: &[algo(Easy), algo(Medium), algo(Hard)],
        scoring: Scoring::Partial,
        rules: "Hidden test cases; each problem's score is its points \
                (easy 50, medium 75, hard 100) times the fraction of tests your best submission \
                passes, so partial solutions count. Wrong submissions cost nothing.",
        progressive: false,
    },
    Preset {
        name: "contest",
        title: "ICPC-style contest",
        minutes: 120,
        ladder: &[algo(Easy), algo(Medium), algo(Medium), algo(Hard)],
        scoring: Scoring::Icpc,
        rules: "All or nothing per problem. Ranked by problems solved, then by \
                penalty: for each solved problem, the minutes from the start to its accepted \
                submission plus 20 minutes for every rejected submission before it (compile \
                errors and judge errors are not counted). Unsolved problems cost nothing.",
        progressive: false,
    },
    Preset {
        name: "interview",
        title: "live-coding interview round",
        minutes: 45,
        ladder: &[algo(Easy), algo(Medium)],
        scoring: Scoring::Interview,
        rules: "A warm-up and a main problem. Talk through your approach, \
                test with the samples (`judge run`), and submit when you are confident: an \
                interviewer notices every failed submission.",
        progressive: false,
    },
    Preset {
        name: "progressive",
        title: "progressive backend assessment (one system, four levels)",
        minutes: 90,
        ladder: &[Rung {
            pool: Pool::Progressive,
            difficulty: Medium,
        }],
        scoring: Scoring::Progressive,
        rules: "One system built level by level; only level 1 is shown at the start. \
                `judge submit` judges your file on every level unlocked so far, and a submission \
                that passes all of them unlocks the next (`judge show SLUG --level N` shows it). \
                Level k is worth 100 x k points (100, 200, 300, 400 for four levels: 1000). A \
                submission earns, level by level from level 1, each level's points times the \
                share of its tests passed, up to and including the first level it does not pass \
                in full; your score is your best submission's. Wrong submissions cost nothing.",
        progressive: true,
    },
    Preset {
        name: "oa-backend",
        title: "backend online assessment (algorithms and one backend system)",
        minutes: 90,
        ladder: &[
            algo(Easy),
            algo(Medium),
            Rung {
                pool: Pool::Backend,
                difficulty: Medium,
            },
        ],
        scoring: Scoring::Partial,
        rules: "Two algorithm problems, then one backend problem (a small service such as a \
                queue, a cache or a rate limiter, built as a class whose methods the tests call). \
                Hidden test cases; each problem's score is its points (easy 50, medium 75, \
                hard 100) times the fraction of tests your best submission passes, so partial \
                solutions count. Wrong submissions cost nothing.",
        progressive: false,
    },
];

/// The points of level `level` (1-based) of a progressive problem.
pub fn level_points(level: usize) -> u32 {
    100 * level as u32
}

/// The points of a progressive problem of `levels` levels: the sum of its levels' points.
pub fn progressive_points(levels: usize) -> u32 {
    (1..=levels).map(level_points).sum()
}

/// The number of levels of a progressive problem worth `points`.
pub fn levels_of(points: u32) -> usize {
    (0..=99)
        .find(|&l| progressive_points(l) >= points)
        .unwrap_or(0)
}

pub fn preset(name: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.name == name)
}

pub fn names() -> impl Iterator<Item = &'static str> {
    PRESETS.iter().map(|p| p.name)
}

/// The points a problem is worth in a session scored this way.
pub fn points(scoring: Scoring, difficulty: Difficulty) -> u32 {
    match (scoring, difficulty) {
        (Scoring::CodeSignal, Easy) => 150,
        (Scoring::CodeSignal, Medium) => 250,
        (Scoring::CodeSignal, Hard) => 350,
        (Scoring::Partial, Easy) => 50,
        (Scoring::Partial, Medium) => 75,
        (Scoring::Partial, Hard) => 100,
        (Scoring::Icpc | Scoring::Interview, _) => 1,
        // Set from the problem's levels when the session starts (`progressive_points`).
        (Scoring::Progressive, _) => progressive_points(4),
    }
}

/// A candidate problem for a session.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub slug: String,
    pub difficulty: Difficulty,
    pub pool: Pool,
    /// Solved before: picked only when no unsolved problem of the difficulty is left.
    pub solved: bool,
}

/// Picks one problem per rung of `ladder`, reproducibly from `seed`: for each rung, from the
/// rung's pool, an unsolved problem of that difficulty if any, else a solved one, else any
/// problem of the pool left.
pub fn pick(candidates: &[Candidate], ladder: &[Rung], seed: u64) -> Vec<String> {
    let mut rng = SplitMix64(seed);
    let mut picked: Vec<String> = Vec::new();
    for &Rung { pool, difficulty } in ladder {
        let left = |c: &&Candidate| c.pool == pool && !picked.contains(&c.slug);
        let tiers: [Vec<&Candidate>; 3] = [
            candidates
                .iter()
                .filter(left)
                .filter(|c| c.difficulty == difficulty && !c.solved)
                .collect(),
            candidates
                .iter()
                .filter(left)
                .filter(|c| c.difficulty == difficulty)
                .collect(),
            candidates.iter().filter(left).collect(),
        ];
        // A pool with nothing left (a catalog without backend problems) leaves its rung out.
        let Some(tier) = tiers.into_iter().find(|t| !t.is_empty()) else {
            continue;
        };
        let i = (rng.next() % tier.len() as u64) as usize;
        picked.push(tier[i].slug.clone());
    }
    picked
}

/// A tiny seeded generator (SplitMix64). Written out, not taken from a crate, because `--seed`
/// must give the same problems in every version of judge, which general-purpose generators do
/// not promise.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cands() -> Vec<Candidate> {
        let mut v = Vec::new();
        for (i, d) in [Easy, Easy, Easy, Medium, Medium, Medium, Hard, Hard]
            .into_iter()
            .enumerate()
        {
            v.push(Candidate {
                slug: format!("p{i}"),
                difficulty: d,
                pool: if i == 5 {
                    Pool::Backend
                } else {
                    Pool::Algorithm
                },
                solved: i == 0 || i == 1,
            });
        }
        v
    }

    #[test]
    fn pick_follows_the_ladder_prefers_unsolved_and_is_reproducible() {
        let c = cands();
        let ladder = [algo(Easy), algo(Medium), algo(Medium), algo(Hard)];
        let a = pick(&c, &ladder, 7);
        assert_eq!(a.len(), 4);
        assert_eq!(a[0], "p2", "the only unsolved easy problem");
        let diff = |s: &str| c.iter().find(|x| x.slug == s).unwrap().difficulty;
        assert_eq!(
            a.iter().map(|s| diff(s)).collect::<Vec<_>>(),
            ladder.iter().map(|r| r.difficulty).collect::<Vec<_>>()
        );
        assert_ne!(a[1], a[2]);
        assert_eq!(pick(&c, &ladder, 7), a);
        let seeds: std::collections::HashSet<Vec<String>> =
            (0..20).map(|s| pick(&c, &ladder, s)).collect();
        assert!(seeds.len() > 1, "the seed changes the choice");
    }

    #[test]
    fn pick_falls_back_when_a_difficulty_runs_out() {
        let c = cands();
        let a = pick(&c, &[algo(Hard), algo(Hard), algo(Hard)], 1);
        assert_eq!(a.len(), 3);
        let b = pick(&c[..2], &[algo(Easy), algo(Easy), algo(Easy)], 1);
        assert_eq!(b.len(), 2, "only two problems exist");
    }

    #[test]
    fn a_rung_picks_from_its_own_pool_only() {
        let c = cands();
        let backend = Rung {
            pool: Pool::Backend,
            difficulty: Medium,
        };
        for seed in 0..20 {
            let a = pick(&c, &[algo(Easy), algo(Medium), backend], seed);
            assert_eq!(a.len(), 3);
            assert_eq!(a[2], "p5", "the only backend problem");
            assert!(!a[..2].contains(&"p5".to_string()), "{a:?}");
        }
        let none = pick(&c[..5], &[backend, algo(Easy)], 3);
        assert_eq!(none.len(), 1, "no backend problem: its rung is left out");
        let oa = preset("oa-backend").unwrap();
        assert_eq!(oa.ladder.last().unwrap().pool, Pool::Backend);
    }

    #[test]
    fn every_preset_has_points_for_its_ladder() {
        for p in PRESETS {
            assert!(p.ladder.iter().all(|r| points(p.scoring, r.difficulty) > 0));
            assert!(preset(p.name).is_some());
        }
    }
}
