//! Progress on a study list ([`ListProgress`]) and the list's next problems ([`next_in_list`]),
//! as pure functions of the attempts, the catalog's problems and the list, for
//! `judge stats --list` and `judge next --list`.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::stats::Suggestion;
use super::Attempt;
use crate::catalog::lists::StudyList;
use crate::catalog::ProblemSummary;

/// Solved, in the catalog, and listed problems of one section or pattern of a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Group {
    pub name: String,
    pub solved: usize,
    /// The group's problems the catalog has (the others cannot be solved here yet).
    pub in_catalog: usize,
    pub total: usize,
}

impl Group {
    fn new(name: &str) -> Group {
        Group {
            name: name.to_string(),
            solved: 0,
            in_catalog: 0,
            total: 0,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ListProgress {
    pub list: String,
    pub title: String,
    pub solved: usize,
    pub in_catalog: usize,
    pub total: usize,
    /// The list's sections, in its order.
    pub sections: Vec<Group>,
    /// The patterns, in the order the list first names them.
    pub patterns: Vec<Group>,
    /// Each section holds one pattern of its own (NeetCode's sections are its patterns).
    #[serde(skip)]
    pub sections_are_patterns: bool,
}

/// One suggestion of `judge next --list`: the problem, its place in the list, and why.
#[derive(Debug, Clone, Serialize)]
pub struct ListStep {
    #[serde(flatten)]
    pub suggestion: Suggestion,
    /// 1-based position in the list.
    pub position: usize,
    pub section: String,
    pub pattern: String,
    /// Attempted before, without an accepted full run.
    pub attempted: bool,
}

fn solved_set(attempts: &[Attempt]) -> HashSet<&str> {
    attempts
        .iter()
        .filter(|a| a.solves())
        .map(|a| a.problem.as_str())
        .collect()
}

/// How much of `list` is solved, overall, per section and per pattern.
pub fn list_progress(
    attempts: &[Attempt],
    problems: &[ProblemSummary],
    list: &StudyList,
) -> ListProgress {
    let solved = solved_set(attempts);
    let here: HashSet<&str> = problems.iter().map(|p| p.slug.as_str()).collect();
    let mut total = Group::new(&list.title);
    let mut sections = Vec::new();
    let mut patterns: Vec<Group> = Vec::new();
    let mut section_pattern: HashMap<&str, &str> = HashMap::new();
    let mut sections_are_patterns = true;
    for s in &list.sections {
        let mut section = Group::new(&s.name);
        for e in &s.problems {
            let owner = section_pattern.entry(&e.pattern).or_insert(&s.name);
            sections_are_patterns &=
                *owner == s.name && s.problems.iter().all(|o| o.pattern == e.pattern);
            let i = match patterns.iter().position(|g| g.name == e.pattern) {
                Some(i) => i,
                None => {
                    patterns.push(Group::new(&e.pattern));
                    patterns.len() - 1
                }
            };
            let in_catalog = here.contains(e.slug.as_str());
            let is_solved = solved.contains(e.slug.as_str());
            for g in [&mut section, &mut patterns[i], &mut total] {
                g.total += 1;
                g.in_catalog += usize::from(in_catalog);
                g.solved += usize::from(is_solved);
            }
        }
        sections.push(section);
    }
    ListProgress {
        list: list.key.clone(),
        title: list.title.clone(),
        solved: total.solved,
        in_catalog: total.in_catalog,
        total: total.total,
        sections,
        patterns,
        sections_are_patterns,
    }
}

/// Up to `limit` unsolved problems of `list` that the catalog has, in the list's order.
pub fn next_in_list(
    attempts: &[Attempt],
    problems: &[ProblemSummary],
    list: &StudyList,
    now_ms: i64,
    limit: usize,
) -> Vec<ListStep> {
    let solved = solved_set(attempts);
    let mut last_attempt: HashMap<&str, i64> = HashMap::new();
    for a in attempts {
        let e = last_attempt.entry(a.problem.as_str()).or_insert(a.at_ms);
        *e = (*e).max(a.at_ms);
    }
    let known: HashMap<&str, &ProblemSummary> =
        problems.iter().map(|p| (p.slug.as_str(), p)).collect();
    let mut out = Vec::new();
    let mut position = 0;
    for s in &list.sections {
        for e in &s.problems {
            position += 1;
            if out.len() >= limit {
                return out;
            }
            let Some(p) = known.get(e.slug.as_str()) else {
                continue;
            };
            if solved.contains(e.slug.as_str()) {
                continue;
            }
            let attempted = last_attempt.get(e.slug.as_str());
            let mut reason = format!("#{position} of {}, {}", list.title, s.name);
            if let Some(&at) = attempted {
                reason.push_str(&format!(
                    "; attempted {}, not solved yet",
                    crate::clock::ago(now_ms, at)
                ));
            }
            out.push(ListStep {
                suggestion: Suggestion {
                    problem: p.slug.clone(),
                    title: p.title.clone(),
                    difficulty: p.difficulty,
                    reason,
                },
                position,
                section: s.name.clone(),
                pattern: e.pattern.clone(),
                attempted: attempted.is_some(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::lists::{Entry, Section};
    use crate::catalog::{Difficulty, Kind};
    use crate::history::{AttemptKind, Scope};
    use crate::verdict::Verdict;

    fn prob(slug: &str) -> ProblemSummary {
        ProblemSummary {
            slug: slug.into(),
            title: slug.to_uppercase(),
            difficulty: Difficulty::Easy,
            tags: vec![],
            kind: Kind::Stdio,
        }
    }

    fn attempt(id: i64, problem: &str, scope: Scope, v: Verdict) -> Attempt {
        Attempt {
            id,
            at_ms: id * 60_000,
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

    /// Week 1: a (arrays), b (graphs), gone (arrays); Week 2: c (graphs), d (arrays).
    fn list() -> StudyList {
        let entry = |slug: &str, pattern: &str| Entry {
            slug: slug.into(),
            pattern: pattern.into(),
        };
        StudyList {
            key: "mine".into(),
            title: "Mine".into(),
            description: String::new(),
            sections: vec![
                Section {
                    name: "Week 1".into(),
                    problems: vec![
                        entry("a", "arrays"),
                        entry("b", "graphs"),
                        entry("gone", "arrays"),
                    ],
                },
                Section {
                    name: "Week 2".into(),
                    problems: vec![entry("c", "graphs"), entry("d", "arrays")],
                },
            ],
        }
    }

    fn catalog() -> Vec<ProblemSummary> {
        ["a", "b", "c", "d", "extra"].map(prob).to_vec()
    }

    #[test]
    fn progress_counts_per_section_and_pattern_in_list_order() {
        let attempts = vec![
            attempt(1, "a", Scope::All, Verdict::AC),
            attempt(2, "b", Scope::Samples, Verdict::AC), // samples only: not solved
            attempt(3, "c", Scope::All, Verdict::WA),
            attempt(4, "c", Scope::All, Verdict::AC),
            attempt(5, "extra", Scope::All, Verdict::AC), // not in the list
        ];
        let p = list_progress(&attempts, &catalog(), &list());
        assert_eq!((p.solved, p.in_catalog, p.total), (2, 4, 5));
        let g = |name: &str, solved, in_catalog, total| Group {
            name: name.into(),
            solved,
            in_catalog,
            total,
        };
        assert_eq!(p.sections, vec![g("Week 1", 1, 2, 3), g("Week 2", 1, 2, 2)]);
        assert_eq!(p.patterns, vec![g("arrays", 1, 2, 3), g("graphs", 1, 2, 2)]);
        assert!(!p.sections_are_patterns);
        let mut one_each = list();
        for (s, pattern) in one_each.sections.iter_mut().zip(["arrays", "graphs"]) {
            for e in &mut s.problems {
                e.pattern = pattern.to_string();
            }
        }
        assert!(list_progress(&attempts, &catalog(), &one_each).sections_are_patterns);
    }

    #[test]
    fn next_follows_the_list_skipping_solved_and_missing_problems() {
        let attempts = vec![
            attempt(1, "a", Scope::All, Verdict::AC),
            attempt(2, "c", Scope::All, Verdict::WA),
        ];
        let steps = next_in_list(&attempts, &catalog(), &list(), 60 * 60_000, 5);
        let names: Vec<(&str, usize)> = steps
            .iter()
            .map(|s| (s.suggestion.problem.as_str(), s.position))
            .collect();
        assert_eq!(names, vec![("b", 2), ("c", 4), ("d", 5)]);
        assert!(!steps[0].attempted);
        assert!(steps[1].attempted);
        assert!(steps[1].suggestion.reason.contains("not solved yet"));
        assert_eq!(steps[0].suggestion.reason, "#2 of Mine, Week 1");
        assert_eq!(next_in_list(&attempts, &catalog(), &list(), 0, 1).len(), 1);
        let all: Vec<Attempt> = ["a", "b", "c", "d"]
            .iter()
            .enumerate()
            .map(|(i, s)| attempt(i as i64, s, Scope::All, Verdict::AC))
            .collect();
        assert!(next_in_list(&all, &catalog(), &list(), 0, 5).is_empty());
    }
}
