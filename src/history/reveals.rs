//! [`Reveal`]: one hint or reference solution shown by `judge hint` or `judge solution`, and how
//! it is written and read. Hints are shown one at a time, so the next one is the first number
//! not yet recorded for the problem.

use rusqlite::params;
use serde::Serialize;

use super::db::{History, HistoryError};

/// What was shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RevealKind {
    Hint,
    Solution,
}

impl RevealKind {
    fn as_str(self) -> &'static str {
        match self {
            RevealKind::Hint => "hint",
            RevealKind::Solution => "solution",
        }
    }
}

/// A reveal to record.
#[derive(Debug, Clone)]
pub struct NewReveal {
    pub at_ms: i64,
    pub problem: String,
    pub kind: RevealKind,
    /// The hint's number, from 1.
    pub hint: Option<usize>,
    /// A solution shown with `--spoil`, before the problem was solved.
    pub spoiled: bool,
}

impl NewReveal {
    pub fn hint(at_ms: i64, problem: &str, number: usize) -> NewReveal {
        NewReveal {
            at_ms,
            problem: problem.to_string(),
            kind: RevealKind::Hint,
            hint: Some(number),
            spoiled: false,
        }
    }

    pub fn solution(at_ms: i64, problem: &str, spoiled: bool) -> NewReveal {
        NewReveal {
            at_ms,
            problem: problem.to_string(),
            kind: RevealKind::Solution,
            hint: None,
            spoiled,
        }
    }
}

/// A recorded reveal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reveal {
    pub id: i64,
    pub at_ms: i64,
    pub problem: String,
    pub kind: RevealKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<usize>,
    pub spoiled: bool,
}

impl History {
    /// Records a reveal in its own committed transaction; returns its id.
    pub fn record_reveal(&self, r: &NewReveal) -> Result<i64, HistoryError> {
        self.conn
            .execute(
                "INSERT INTO reveals (at_ms, problem, kind, hint, spoiled)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    r.at_ms,
                    r.problem,
                    r.kind.as_str(),
                    r.hint.map(|n| n as i64),
                    r.spoiled
                ],
            )
            .map_err(|e| self.sql(e))?;
        Ok(self.conn.last_insert_rowid())
    }

    /// The numbers of the hints of `problem` already shown, ascending, each once.
    pub fn hints_shown(&self, problem: &str) -> Result<Vec<usize>, HistoryError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT DISTINCT hint FROM reveals
                 WHERE problem = ?1 AND kind = 'hint' AND hint IS NOT NULL ORDER BY hint",
            )
            .map_err(|e| self.sql(e))?;
        let rows = stmt
            .query_map([problem], |r| r.get::<_, i64>(0))
            .map_err(|e| self.sql(e))?;
        rows.map(|r| r.map(|n| n.max(0) as usize))
            .collect::<Result<_, _>>()
            .map_err(|e| self.sql(e))
    }

    /// Every reveal of `problem`, oldest first.
    pub fn reveals(&self, problem: &str) -> Result<Vec<Reveal>, HistoryError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, at_ms, problem, kind, hint, spoiled FROM reveals
                 WHERE problem = ?1 ORDER BY at_ms, id",
            )
            .map_err(|e| self.sql(e))?;
        let rows = stmt
            .query_map([problem], |r| {
                let kind: String = r.get(3)?;
                Ok(Reveal {
                    id: r.get(0)?,
                    at_ms: r.get(1)?,
                    problem: r.get(2)?,
                    kind: if kind == "solution" {
                        RevealKind::Solution
                    } else {
                        RevealKind::Hint
                    },
                    hint: r.get::<_, Option<i64>>(4)?.map(|n| n.max(0) as usize),
                    spoiled: r.get(5)?,
                })
            })
            .map_err(|e| self.sql(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.sql(e))
    }

    /// Whether `problem` has an accepted full run (or submission) in the history.
    pub fn solved(&self, problem: &str) -> Result<bool, HistoryError> {
        Ok(self
            .attempts(Some(problem), usize::MAX)?
            .iter()
            .any(|a| a.solves()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_are_counted_once_and_reveals_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let h = History::open(&dir.path().join("h.sqlite3")).unwrap();
        assert!(h.hints_shown("two-sum").unwrap().is_empty());
        h.record_reveal(&NewReveal::hint(1, "two-sum", 1)).unwrap();
        h.record_reveal(&NewReveal::hint(2, "two-sum", 2)).unwrap();
        h.record_reveal(&NewReveal::hint(3, "two-sum", 2)).unwrap();
        h.record_reveal(&NewReveal::hint(3, "lru-cache", 1))
            .unwrap();
        h.record_reveal(&NewReveal::solution(4, "two-sum", true))
            .unwrap();
        assert_eq!(h.hints_shown("two-sum").unwrap(), vec![1, 2]);
        let all = h.reveals("two-sum").unwrap();
        assert_eq!(all.len(), 4);
        assert_eq!(all[3].kind, RevealKind::Solution);
        assert!(all[3].spoiled && all[3].hint.is_none());
        assert!(!h.solved("two-sum").unwrap());
    }
}
