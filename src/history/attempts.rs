//! [`Attempt`]: one recorded `judge run` or `judge submit`, and how it is written and read.

use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;

use super::db::{History, HistoryError};
use crate::verdict::Verdict;

/// What kind of command made an attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AttemptKind {
    Run,
    Submit,
}

impl AttemptKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AttemptKind::Run => "run",
            AttemptKind::Submit => "submit",
        }
    }
}

/// Which tests an attempt ran: only `All` can solve a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    All,
    Samples,
    Filter,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::All => "all",
            Scope::Samples => "samples",
            Scope::Filter => "filter",
        }
    }
    fn parse(s: &str) -> Scope {
        match s {
            "samples" => Scope::Samples,
            "filter" => Scope::Filter,
            _ => Scope::All,
        }
    }
}

/// An attempt to record.
#[derive(Debug, Clone)]
pub struct NewAttempt {
    pub at_ms: i64,
    pub kind: AttemptKind,
    pub scope: Scope,
    pub problem: String,
    pub language: String,
    pub file: String,
    pub source: Vec<u8>,
    /// `None` when the submission was refused (late) and not judged.
    pub verdict: Option<Verdict>,
    pub passed: usize,
    pub total: usize,
    pub max_cpu_ms: u64,
    pub max_memory_kib: u64,
    pub session_id: Option<i64>,
    pub late: bool,
    /// The run report as JSON.
    pub report: Option<String>,
}

/// A recorded attempt, without its source and report (see [`History::attempt`] for those).
#[derive(Debug, Clone, Serialize)]
pub struct Attempt {
    pub id: i64,
    pub at_ms: i64,
    pub kind: AttemptKind,
    pub scope: Scope,
    pub problem: String,
    pub language: String,
    pub file: String,
    pub verdict: Option<Verdict>,
    pub passed: usize,
    pub total: usize,
    pub max_cpu_ms: u64,
    pub max_memory_kib: u64,
    pub session_id: Option<i64>,
    pub late: bool,
    /// A progressive problem: the tests passed per level, from the run report.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<LevelTally>,
}

/// The tests of one level of a progressive problem an attempt passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct LevelTally {
    pub level: usize,
    pub passed: usize,
    pub total: usize,
}

impl Attempt {
    /// How many levels, from level 1 on, the attempt passed in full.
    pub fn levels_passed(&self) -> usize {
        self.levels
            .iter()
            .enumerate()
            .take_while(|(i, l)| l.level == i + 1 && l.total > 0 && l.passed == l.total)
            .count()
    }

    /// A full run that was accepted: the problem is solved.
    pub fn solves(&self) -> bool {
        self.scope == Scope::All && self.verdict == Some(Verdict::AC)
    }
}

/// An attempt with its source and report, for `judge history show`.
#[derive(Debug, Clone, Serialize)]
pub struct AttemptDetail {
    #[serde(flatten)]
    pub attempt: Attempt,
    pub source: String,
    pub report: Option<serde_json::Value>,
}

const COLUMNS: &str = "id, at_ms, kind, scope, problem, language, file, verdict, passed, total, \
                       max_cpu_ms, max_memory_kib, session_id, late, json_extract(report, '$.levels')";

fn from_row(r: &Row) -> rusqlite::Result<Attempt> {
    let kind: String = r.get(2)?;
    let scope: String = r.get(3)?;
    let verdict: Option<String> = r.get(7)?;
    Ok(Attempt {
        id: r.get(0)?,
        at_ms: r.get(1)?,
        kind: if kind == "submit" {
            AttemptKind::Submit
        } else {
            AttemptKind::Run
        },
        scope: Scope::parse(&scope),
        problem: r.get(4)?,
        language: r.get(5)?,
        file: r.get(6)?,
        verdict: verdict.as_deref().and_then(Verdict::from_code),
        passed: r.get::<_, i64>(8)? as usize,
        total: r.get::<_, i64>(9)? as usize,
        max_cpu_ms: r.get::<_, i64>(10)? as u64,
        max_memory_kib: r.get::<_, i64>(11)? as u64,
        session_id: r.get(12)?,
        late: r.get(13)?,
        levels: r
            .get::<_, Option<String>>(14)?
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default(),
    })
}

impl History {
    /// Records an attempt in its own committed transaction; returns its id.
    pub fn record(&self, a: &NewAttempt) -> Result<i64, HistoryError> {
        self.conn
            .execute(
                "INSERT INTO attempts (at_ms, kind, scope, problem, language, file, source, verdict,
                     passed, total, max_cpu_ms, max_memory_kib, session_id, late, report)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
                params![
                    a.at_ms,
                    a.kind.as_str(),
                    a.scope.as_str(),
                    a.problem,
                    a.language,
                    a.file,
                    a.source,
                    a.verdict.map(Verdict::code),
                    a.passed as i64,
                    a.total as i64,
                    a.max_cpu_ms as i64,
                    a.max_memory_kib as i64,
                    a.session_id,
                    a.late,
                    a.report,
                ],
            )
            .map_err(|e| self.sql(e))?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Attempts, newest first, optionally of one problem, at most `limit`.
    pub fn attempts(
        &self,
        problem: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Attempt>, HistoryError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM attempts WHERE (?1 IS NULL OR problem = ?1)
             ORDER BY at_ms DESC, id DESC LIMIT ?2"
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.sql(e))?;
        let rows = stmt
            .query_map(
                params![problem, limit.min(i64::MAX as usize) as i64],
                from_row,
            )
            .map_err(|e| self.sql(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.sql(e))
    }

    /// Every attempt, oldest first: what stats are computed from.
    pub fn all_attempts(&self) -> Result<Vec<Attempt>, HistoryError> {
        let sql = format!("SELECT {COLUMNS} FROM attempts ORDER BY at_ms, id");
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.sql(e))?;
        let rows = stmt.query_map([], from_row).map_err(|e| self.sql(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.sql(e))
    }

    /// The attempts of a mock session, oldest first.
    pub fn session_attempts(&self, session: i64) -> Result<Vec<Attempt>, HistoryError> {
        let sql =
            format!("SELECT {COLUMNS} FROM attempts WHERE session_id = ?1 ORDER BY at_ms, id");
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.sql(e))?;
        let rows = stmt
            .query_map([session], from_row)
            .map_err(|e| self.sql(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.sql(e))
    }

    /// One attempt with its source and report.
    pub fn attempt(&self, id: i64) -> Result<Option<AttemptDetail>, HistoryError> {
        let sql = format!("SELECT {COLUMNS}, source, report FROM attempts WHERE id = ?1");
        self.conn
            .query_row(&sql, [id], |r| {
                let attempt = from_row(r)?;
                let source: Vec<u8> = r.get(15)?;
                let report: Option<String> = r.get(16)?;
                Ok(AttemptDetail {
                    attempt,
                    source: String::from_utf8_lossy(&source).into_owned(),
                    report: report.and_then(|t| serde_json::from_str(&t).ok()),
                })
            })
            .optional()
            .map_err(|e| self.sql(e))
    }
}
