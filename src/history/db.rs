//! [`History`]: the SQLite database of attempts and mock sessions, its schema and migrations.
//!
//! One file in the data directory, in WAL mode so two judges in two terminals read and write at
//! once (a writer waits for the other's short transaction instead of failing). Every attempt is
//! committed on its own, with `synchronous = FULL`, before the command reports: a judge killed
//! later loses nothing already recorded. The schema version is `PRAGMA user_version`; a database
//! from a newer judge, or a file that is not ours, is refused and never written.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

/// `PRAGMA application_id` of a judge history ("JUDG").
const APPLICATION_ID: i64 = 0x4A55_4447;

/// The migrations, in order: migration `i` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: attempts, mock sessions and their problems.
    "CREATE TABLE sessions (
        id          INTEGER PRIMARY KEY,
        preset      TEXT    NOT NULL,
        started_ms  INTEGER NOT NULL,
        deadline_ms INTEGER NOT NULL,
        -- NULL while it runs, and after it ran out of time until it is closed.
        ended_ms    INTEGER,
        -- 'ended' (by `judge mock end` before the deadline) or 'time' (closed after it).
        end_reason  TEXT,
        seed        INTEGER NOT NULL,
        language    TEXT    NOT NULL,
        folder      TEXT    NOT NULL,
        catalog     TEXT    NOT NULL
    );
    CREATE TABLE session_problems (
        session_id INTEGER NOT NULL REFERENCES sessions(id),
        position   INTEGER NOT NULL,
        problem    TEXT    NOT NULL,
        title      TEXT    NOT NULL,
        difficulty TEXT    NOT NULL,
        points     INTEGER NOT NULL,
        PRIMARY KEY (session_id, position)
    );
    CREATE TABLE attempts (
        id             INTEGER PRIMARY KEY,
        at_ms          INTEGER NOT NULL,
        kind           TEXT    NOT NULL CHECK (kind IN ('run', 'submit')),
        -- 'all', 'samples' or 'filter': only 'all' can solve a problem.
        scope          TEXT    NOT NULL,
        problem        TEXT    NOT NULL,
        language       TEXT    NOT NULL,
        file           TEXT    NOT NULL,
        source         BLOB    NOT NULL,
        -- NULL for a submission refused because its mock session was over.
        verdict        TEXT,
        passed         INTEGER NOT NULL,
        total          INTEGER NOT NULL,
        max_cpu_ms     INTEGER NOT NULL,
        max_memory_kib INTEGER NOT NULL,
        session_id     INTEGER REFERENCES sessions(id),
        late           INTEGER NOT NULL DEFAULT 0,
        -- The run report as JSON (per-test results), NULL when not judged.
        report         TEXT
    );
    CREATE INDEX attempts_by_problem ON attempts (problem, at_ms);
    CREATE INDEX attempts_by_session ON attempts (session_id, at_ms);",
    // 2: what `judge hint` and `judge solution` showed. A new table, so a database of version 1
    // gains it and keeps every attempt and session as it was.
    "CREATE TABLE reveals (
        id         INTEGER PRIMARY KEY,
        at_ms      INTEGER NOT NULL,
        problem    TEXT    NOT NULL,
        kind       TEXT    NOT NULL CHECK (kind IN ('hint', 'solution')),
        -- A hint's number, from 1; NULL for a solution.
        hint       INTEGER,
        -- A solution shown with --spoil, before any accepted attempt.
        spoiled    INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX reveals_by_problem ON reveals (problem, at_ms);",
];

/// The schema version this judge writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("cannot create the data directory {}: {source}", path.display())]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot open the history database {}: {source}", path.display())]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("{} is not a judge history database ({reason})", path.display())]
    NotOurs { path: PathBuf, reason: String },
    #[error(
        "the history database {} has schema version {found}, newer than this judge knows ({known})",
        path.display()
    )]
    Newer {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("history database {}: {source}", path.display())]
    Sql {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("the history database {} is damaged ({reason})", path.display())]
    Corrupt { path: PathBuf, reason: String },
    #[error("{0}")]
    Invalid(String),
}

/// Whether SQLite says the file itself is damaged or not a database: the same fault, wherever
/// it shows (opening, reading, recording), is reported as [`HistoryError::Corrupt`].
fn is_corrupt(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _)
        if matches!(f.code, rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase))
}

impl HistoryError {
    /// What the user can do about it.
    pub fn help(&self) -> String {
        match self {
            HistoryError::Corrupt { path, .. } => format!(
                "help: nothing was judged or recorded; move the file aside (`mv {0} {0}.corrupt`) to start a new history (the old one can be inspected with `sqlite3 {0}.corrupt .recover`), or set JUDGE_HOME to use another folder",
                path.display()
            ),
            HistoryError::NotOurs { path, .. } => format!(
                "help: judge does not touch it; move it away (e.g. `mv {0} {0}.bak`) to start a new history, or set JUDGE_HOME to use another folder",
                path.display()
            ),
            HistoryError::Newer { .. } => {
                "help: upgrade judge; this database was left untouched".to_string()
            }
            HistoryError::Open { .. } | HistoryError::CreateDir { .. } => {
                "help: check the permissions of the data directory, or set JUDGE_HOME to a writable folder".to_string()
            }
            _ => String::new(),
        }
    }
}

/// An open history database.
pub struct History {
    pub(crate) conn: Connection,
    pub(crate) path: PathBuf,
}

/// The history database's path: `history.sqlite3` in the data directory.
pub fn default_path() -> PathBuf {
    crate::paths::data_dir().join("history.sqlite3")
}

impl History {
    /// Opens (creating if needed) the history in the data directory.
    pub fn open_default() -> Result<History, HistoryError> {
        History::open(&default_path())
    }

    /// Opens the history only if it exists: for commands that just read it.
    pub fn open_existing() -> Result<Option<History>, HistoryError> {
        let path = default_path();
        if path.exists() {
            History::open(&path).map(Some)
        } else {
            Ok(None)
        }
    }

    /// Opens or creates the database at `path`, checks it is ours and not newer, and migrates it.
    pub fn open(path: &Path) -> Result<History, HistoryError> {
        // Judges opening a new database at the same moment race for its first locks (creating
        // it, switching it to WAL), and SQLite reports some of those races as "locked" without
        // waiting: start again, a few times, before giving up.
        let mut delay = Duration::from_millis(10);
        let mut tries = 0;
        loop {
            match History::open_once(path) {
                Err(HistoryError::Sql { source, .. }) if is_busy(&source) && tries < 40 => {
                    tries += 1;
                    std::thread::sleep(delay);
                    delay = (delay * 2).min(Duration::from_millis(250));
                }
                other => return other,
            }
        }
    }

    fn open_once(path: &Path) -> Result<History, HistoryError> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|source| HistoryError::CreateDir {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| HistoryError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        let mut history = History {
            conn,
            path: path.to_path_buf(),
        };
        history.check_and_migrate()?;
        Ok(history)
    }

    pub(crate) fn sql(&self, source: rusqlite::Error) -> HistoryError {
        if is_corrupt(&source) {
            return HistoryError::Corrupt {
                path: self.path.clone(),
                reason: source.to_string(),
            };
        }
        HistoryError::Sql {
            path: self.path.clone(),
            source,
        }
    }

    /// Reads the header before writing anything, so a foreign or newer file is left as it is.
    fn check_and_migrate(&mut self) -> Result<(), HistoryError> {
        let path = self.path.clone();
        let not_ours = |reason: String| HistoryError::NotOurs {
            path: path.clone(),
            reason,
        };
        self.conn
            .busy_timeout(Duration::from_secs(30))
            .map_err(|e| self.sql(e))?;
        // A damaged page shows only when it is read: check the whole file once, before a
        // submission is judged, rather than fail to record it afterwards.
        let check: rusqlite::Result<String> =
            self.conn
                .query_row("PRAGMA quick_check(1)", [], |r| r.get(0));
        match check {
            Ok(ok) if ok == "ok" => {}
            Ok(reason) => {
                return Err(HistoryError::Corrupt {
                    path: self.path.clone(),
                    reason,
                })
            }
            Err(e) if is_corrupt(&e) && !self.is_foreign_header() => return Err(self.sql(e)),
            Err(_) => {}
        }
        let (app_id, version, tables) = match self.snapshot() {
            Ok(h) => h,
            Err(rusqlite::Error::SqliteFailure(e, msg))
                if matches!(
                    e.code,
                    rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt
                ) =>
            {
                return Err(not_ours(msg.unwrap_or_else(|| e.to_string())));
            }
            Err(e) => return Err(self.sql(e)),
        };
        if app_id != 0 && app_id != APPLICATION_ID {
            return Err(not_ours(format!(
                "it is an SQLite database of another application (id {app_id:#x})"
            )));
        }
        if app_id == 0 && version == 0 && tables > 0 {
            return Err(not_ours(
                "it is an SQLite database with other tables".into(),
            ));
        }
        if version > SCHEMA_VERSION {
            return Err(HistoryError::Newer {
                path: self.path.clone(),
                found: version,
                known: SCHEMA_VERSION,
            });
        }
        // WAL is a property of the file: set once, kept by every later connection.
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .map_err(|e| self.sql(e))?;
        if !mode.eq_ignore_ascii_case("wal") {
            self.conn
                .pragma_update(None, "journal_mode", "WAL")
                .map_err(|e| self.sql(e))?;
        }
        self.conn
            .pragma_update(None, "synchronous", "FULL")
            .map_err(|e| self.sql(e))?;
        self.conn
            .pragma_update(None, "foreign_keys", "ON")
            .map_err(|e| self.sql(e))?;
        if version < SCHEMA_VERSION {
            self.migrate()?;
        }
        Ok(())
    }

    fn header(&self) -> rusqlite::Result<(i64, i64)> {
        let app_id = self
            .conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))?;
        let version = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?;
        Ok((app_id, version))
    }

    /// The header and the number of schema objects, read in one transaction: another judge
    /// creating the database at the same moment is seen either before or after, never half-way.
    /// Whether the file does not even start like an SQLite database: that is a foreign file
    /// (`NotOurs`), not a damaged history.
    fn is_foreign_header(&self) -> bool {
        let mut head = [0u8; 16];
        use std::io::Read;
        let read = std::fs::File::open(&self.path).and_then(|mut f| f.read(&mut head));
        !matches!(read, Ok(n) if n == 16 && &head == b"SQLite format 3\0")
            && read.is_ok_and(|n| n > 0)
    }

    fn snapshot(&self) -> rusqlite::Result<(i64, i64, i64)> {
        let tx = self.conn.unchecked_transaction()?;
        let (app_id, version) = self.header()?;
        let tables = tx.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
        tx.commit()?;
        Ok((app_id, version, tables))
    }

    /// Applies the missing migrations in one write transaction. Two judges starting at once: the
    /// second waits for the first's lock, then sees the new version and does nothing.
    fn migrate(&mut self) -> Result<(), HistoryError> {
        let path = self.path.clone();
        let sql = |source| HistoryError::Sql {
            path: path.clone(),
            source,
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql)?;
        let version: i64 = tx
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(sql)?;
        let tables: i64 = tx
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .map_err(sql)?;
        if version == 0 && tables > 0 {
            // Tables appeared since the first look, and they are not a judge schema.
            return Err(HistoryError::NotOurs {
                path: path.clone(),
                reason: "it is an SQLite database with other tables".into(),
            });
        }
        if version > SCHEMA_VERSION {
            return Err(HistoryError::Newer {
                path: path.clone(),
                found: version,
                known: SCHEMA_VERSION,
            });
        }
        for (i, step) in MIGRATIONS.iter().enumerate().skip(version.max(0) as usize) {
            tx.execute_batch(step).map_err(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)
                .map_err(sql)?;
        }
        tx.pragma_update(None, "application_id", APPLICATION_ID)
            .map_err(sql)?;
        tx.commit().map_err(sql)
    }

    /// Where the database is.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e,
        rusqlite::Error::SqliteFailure(f, _)
            if matches!(f.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn creates_migrates_and_reopens() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("h.sqlite3");
        let h = History::open(&path).unwrap();
        assert_eq!(h.header().unwrap(), (APPLICATION_ID, SCHEMA_VERSION));
        drop(h);
        let h = History::open(&path).unwrap();
        let mode: String = h
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
    }

    #[test]
    fn a_version_1_database_gains_reveals_and_keeps_its_attempts() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("h.sqlite3");
        {
            // What a judge of schema version 1 wrote.
            let c = Connection::open(&path).unwrap();
            c.execute_batch(MIGRATIONS[0]).unwrap();
            c.pragma_update(None, "user_version", 1).unwrap();
            c.pragma_update(None, "application_id", APPLICATION_ID)
                .unwrap();
            c.execute(
                "INSERT INTO attempts (at_ms, kind, scope, problem, language, file, source,
                     verdict, passed, total, max_cpu_ms, max_memory_kib)
                 VALUES (5, 'run', 'all', 'two-sum', 'python', 'a.py', x'', 'AC', 3, 3, 1, 1)",
                [],
            )
            .unwrap();
        }
        let h = History::open(&path).unwrap();
        assert_eq!(h.header().unwrap(), (APPLICATION_ID, SCHEMA_VERSION));
        assert_eq!(h.all_attempts().unwrap().len(), 1);
        h.record_reveal(&crate::history::NewReveal::hint(6, "two-sum", 1))
            .unwrap();
        assert_eq!(h.hints_shown("two-sum").unwrap(), vec![1]);
    }

    #[test]
    fn judges_creating_the_database_at_once_all_get_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("h.sqlite3");
        let barrier = std::sync::Arc::new(std::sync::Barrier::new(8));
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let (path, barrier) = (path.clone(), barrier.clone());
                std::thread::spawn(move || {
                    barrier.wait();
                    let h = History::open(&path)?;
                    h.conn
                        .execute(
                            "INSERT INTO sessions (preset, started_ms, deadline_ms, seed, language, folder, catalog)
                             VALUES ('contest', 0, 1, 0, 'py', '.', 'built-in')",
                            [],
                        )
                        .map_err(|e| h.sql(e))
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap().unwrap();
        }
        let h = History::open(&path).unwrap();
        let n: i64 = h
            .conn
            .query_row("SELECT count(*) FROM sessions", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 8);
    }

    #[test]
    fn refuses_a_file_that_is_not_a_database_and_leaves_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("h.sqlite3");
        let junk = b"this is not sqlite, but it is somebody's file\n".repeat(100);
        std::fs::write(&path, &junk).unwrap();
        let err = History::open(&path).err().unwrap();
        assert!(matches!(err, HistoryError::NotOurs { .. }), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), junk);
    }

    #[test]
    fn refuses_a_newer_schema_and_leaves_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("h.sqlite3");
        drop(History::open(&path).unwrap());
        {
            let c = Connection::open(&path).unwrap();
            c.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
                .unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let err = History::open(&path).err().unwrap();
        assert!(
            matches!(err, HistoryError::Newer { found, .. } if found == SCHEMA_VERSION + 1),
            "{err}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn refuses_another_applications_database() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("h.sqlite3");
        {
            let c = Connection::open(&path).unwrap();
            c.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');")
                .unwrap();
        }
        let err = History::open(&path).err().unwrap();
        assert!(matches!(err, HistoryError::NotOurs { .. }), "{err}");
        let c = Connection::open(&path).unwrap();
        let body: String = c
            .query_row("SELECT body FROM notes", [], |r| r.get(0))
            .unwrap();
        assert_eq!(body, "mine");
    }
}
