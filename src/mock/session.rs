//! [`Session`]: a mock assessment as recorded in the history database, and its state at an
//! instant. The clock is wall time from the recorded start, so a session survives the terminal
//! closing or the machine rebooting.

use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde::Serialize;

use crate::history::{History, HistoryError};

/// A problem of a session, in the order of the session.
#[derive(Debug, Clone, Serialize)]
pub struct SessionProblem {
    pub position: usize,
    pub problem: String,
    pub title: String,
    pub difficulty: String,
    pub points: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct Session {
    pub id: i64,
    pub preset: String,
    pub started_ms: i64,
    pub deadline_ms: i64,
    pub ended_ms: Option<i64>,
    pub end_reason: Option<String>,
    pub seed: u64,
    pub language: String,
    pub folder: String,
    pub catalog: String,
    pub problems: Vec<SessionProblem>,
}

/// Where a session is at an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Before its deadline and not ended.
    Running,
    /// Its time ran out and it was not closed yet: submissions to it are refused as late.
    Expired,
    /// Ended by `judge mock end`, or closed after its time ran out.
    Closed,
}

impl Session {
    pub fn state(&self, now_ms: i64) -> State {
        if self.end_reason.is_some() {
            State::Closed
        } else if now_ms < self.deadline_ms {
            State::Running
        } else {
            State::Expired
        }
    }

    /// When the session stopped counting: its end, its deadline, or now while it runs.
    pub fn end_ms(&self, now_ms: i64) -> i64 {
        match self.ended_ms {
            Some(e) => e,
            None => now_ms.min(self.deadline_ms),
        }
    }

    pub fn time_left_ms(&self, now_ms: i64) -> i64 {
        match self.state(now_ms) {
            State::Running => self.deadline_ms - now_ms,
            _ => 0,
        }
    }

    pub fn duration_ms(&self) -> i64 {
        self.deadline_ms - self.started_ms
    }

    pub fn problem(&self, slug: &str) -> Option<&SessionProblem> {
        self.problems.iter().find(|p| p.problem == slug)
    }

    pub fn slugs(&self) -> Vec<&str> {
        self.problems.iter().map(|p| p.problem.as_str()).collect()
    }
}

/// A session to create.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub preset: String,
    pub started_ms: i64,
    pub deadline_ms: i64,
    pub seed: u64,
    pub language: String,
    pub folder: String,
    pub catalog: String,
    pub problems: Vec<SessionProblem>,
}

/// Why a session could not be started.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    History(#[from] HistoryError),
    /// Another session is running or waiting to be closed.
    #[error("mock session #{} is not over", .0.id)]
    Busy(Box<Session>),
    /// Preparing the session's folder failed; nothing was recorded.
    #[error("{0}")]
    Prepare(String),
}

const SESSION_COLUMNS: &str = "id, preset, started_ms, deadline_ms, ended_ms, end_reason, seed, \
                               language, folder, catalog";

impl History {
    /// Records a new session unless one is open, and calls `prepare` (which writes the starter
    /// files and returns their folder) with its id inside the same transaction: if `prepare`
    /// fails, nothing is recorded. Two judges starting sessions at once cannot both succeed.
    pub fn start_session(
        &mut self,
        new: &NewSession,
        prepare: impl FnOnce(i64) -> Result<String, String>,
    ) -> Result<Session, StartError> {
        let path = self.path.clone();
        let sql = |source| HistoryError::Sql {
            path: path.clone(),
            source,
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql)?;
        let open: Option<i64> = tx
            .query_row(
                "SELECT id FROM sessions WHERE end_reason IS NULL ORDER BY id DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()
            .map_err(sql)?;
        if let Some(id) = open {
            let session = load_session(&tx, id).map_err(sql)?;
            if let Some(s) = session {
                return Err(StartError::Busy(Box::new(s)));
            }
        }
        tx.execute(
            "INSERT INTO sessions (preset, started_ms, deadline_ms, seed, language, folder, catalog)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                new.preset,
                new.started_ms,
                new.deadline_ms,
                new.seed as i64,
                new.language,
                new.folder,
                new.catalog
            ],
        )
        .map_err(sql)?;
        let id = tx.last_insert_rowid();
        for p in &new.problems {
            tx.execute(
                "INSERT INTO session_problems (session_id, position, problem, title, difficulty, points)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![id, p.position as i64, p.problem, p.title, p.difficulty, p.points],
            )
            .map_err(sql)?;
        }
        let folder = prepare(id).map_err(StartError::Prepare)?;
        tx.execute(
            "UPDATE sessions SET folder = ?2 WHERE id = ?1",
            params![id, folder],
        )
        .map_err(sql)?;
        let session = load_session(&tx, id).map_err(sql)?;
        tx.commit().map_err(sql)?;
        Ok(session.expect("the session was just inserted"))
    }

    pub fn session(&self, id: i64) -> Result<Option<Session>, HistoryError> {
        load_session(&self.conn, id).map_err(|e| self.sql(e))
    }

    /// The session that is not closed (running or expired), if any.
    pub fn open_session(&self) -> Result<Option<Session>, HistoryError> {
        let id: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM sessions WHERE end_reason IS NULL ORDER BY id DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.sql(e))?;
        match id {
            Some(id) => self.session(id),
            None => Ok(None),
        }
    }

    /// All sessions, newest first.
    pub fn sessions(&self) -> Result<Vec<Session>, HistoryError> {
        let ids: Vec<i64> = {
            let mut stmt = self
                .conn
                .prepare("SELECT id FROM sessions ORDER BY started_ms DESC, id DESC")
                .map_err(|e| self.sql(e))?;
            let rows = stmt.query_map([], |r| r.get(0)).map_err(|e| self.sql(e))?;
            rows.collect::<Result<_, _>>().map_err(|e| self.sql(e))?
        };
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(s) = self.session(id)? {
                out.push(s);
            }
        }
        Ok(out)
    }

    /// Closes a session at `ended_ms` for `reason` (`ended` or `time`), once: a session already
    /// closed by another judge stays as it was. Returns the session as stored.
    pub fn close_session(
        &self,
        id: i64,
        ended_ms: i64,
        reason: &str,
    ) -> Result<Session, HistoryError> {
        self.conn
            .execute(
                "UPDATE sessions SET ended_ms = ?2, end_reason = ?3
                 WHERE id = ?1 AND end_reason IS NULL",
                params![id, ended_ms, reason],
            )
            .map_err(|e| self.sql(e))?;
        self.session(id)?
            .ok_or_else(|| HistoryError::Invalid(format!("mock session #{id} vanished")))
    }
}

fn load_session(conn: &rusqlite::Connection, id: i64) -> rusqlite::Result<Option<Session>> {
    let sql = format!("SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?1");
    let Some(mut s) = conn
        .query_row(&sql, [id], |r| {
            Ok(Session {
                id: r.get(0)?,
                preset: r.get(1)?,
                started_ms: r.get(2)?,
                deadline_ms: r.get(3)?,
                ended_ms: r.get(4)?,
                end_reason: r.get(5)?,
                seed: r.get::<_, i64>(6)? as u64,
                language: r.get(7)?,
                folder: r.get(8)?,
                catalog: r.get(9)?,
                problems: Vec::new(),
            })
        })
        .optional()?
    else {
        return Ok(None);
    };
    let mut stmt = conn.prepare(
        "SELECT position, problem, title, difficulty, points FROM session_problems
         WHERE session_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(SessionProblem {
            position: r.get::<_, i64>(0)? as usize,
            problem: r.get(1)?,
            title: r.get(2)?,
            difficulty: r.get(3)?,
            points: r.get::<_, i64>(4)? as u32,
        })
    })?;
    s.problems = rows.collect::<Result<_, _>>()?;
    Ok(Some(s))
}
