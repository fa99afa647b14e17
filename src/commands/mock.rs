//! The `judge mock` commands (`start`, `status`, `end`, `list`, `report`), the header every other
//! command prints while a session is open, and [`context`]: what a session means for a
//! `judge run` or `judge submit` of one of its problems.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::app::{self, Format, Global};
use crate::catalog::{did_you_mean, CatalogError, Difficulty};
use crate::clock::{clock_text, local_minute};
use crate::exit::Failure;
use crate::history::History;
use crate::lang::Language;
use crate::mock::preset::{self, Candidate, Preset};
use crate::mock::report::{self, Earlier};
use crate::mock::score::{score, Scoreboard};
use crate::mock::session::{NewSession, Session, SessionProblem, StartError, State};

#[derive(Debug, Clone)]
pub struct StartOptions {
    pub preset: String,
    pub minutes: Option<u32>,
    pub problems: Vec<String>,
    pub difficulty: Option<String>,
    pub seed: Option<u64>,
    pub lang: String,
    pub dir: Option<PathBuf>,
    pub format: Format,
}

pub(crate) fn open_history() -> Result<History, Failure> {
    History::open_default().map_err(Failure::from)
}

/// A session's scoreboard now.
pub(crate) fn board(history: &History, s: &Session) -> Result<Scoreboard, Failure> {
    Ok(score(s, &history.session_attempts(s.id)?))
}

/// `judge mock start`.
pub fn start(global: &Global, opts: StartOptions) -> Result<(), Failure> {
    let preset = preset::preset(&opts.preset).ok_or_else(|| {
        Failure::usage(
            format!("unknown preset `{}`", opts.preset),
            format!(
                "help: presets: {}",
                preset::names().collect::<Vec<_>>().join(", ")
            ),
        )
    })?;
    let language = match opts.lang.as_str() {
        "rs" => Language::Rust,
        _ => Language::Python,
    };
    let now = app::now()?;
    let mut history = open_history()?;
    if let Some(open) = history.open_session()? {
        match open.state(now) {
            State::Running => return Err(busy(&open, now)),
            // Its time ran out: starting a new one closes it.
            _ => {
                history.close_session(open.id, open.deadline_ms, "time")?;
            }
        }
    }
    let catalog = global.catalog();
    let slugs = choose(global, &history, preset, &opts, now)?;
    let mut problems = Vec::new();
    for slug in &slugs {
        problems.push(catalog.problem(slug)?);
    }
    if preset.progressive {
        if let Some(p) = problems.iter().find(|p| p.level_count() == 0) {
            return Err(Failure::usage(
                format!("{} is not a progressive problem", p.slug()),
                "help: `judge list --format json` shows each problem's kind; the preset needs `kind: progressive`",
            ));
        }
    }
    let minutes = opts.minutes.unwrap_or(preset.minutes);
    let seed = opts.seed.unwrap_or_else(|| {
        (now as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ u64::from(std::process::id())
    });
    let new = NewSession {
        preset: preset.name.to_string(),
        started_ms: now,
        deadline_ms: now + i64::from(minutes) * 60_000,
        seed,
        language: language.extension().to_string(),
        folder: String::new(),
        catalog: catalog.describe(),
        problems: problems
            .iter()
            .enumerate()
            .map(|(i, p)| SessionProblem {
                position: i,
                problem: p.summary.slug.clone(),
                title: p.summary.title.clone(),
                difficulty: p.summary.difficulty.as_str().to_string(),
                points: if preset.progressive {
                    preset::progressive_points(p.level_count())
                } else {
                    preset::points(preset.scoring, p.summary.difficulty)
                },
            })
            .collect(),
    };
    let cwd = std::env::current_dir()
        .map_err(|e| Failure::internal(format!("cannot read the current directory: {e}")))?;
    let mut shown_dir = PathBuf::new();
    let result = history.start_session(&new, |id| {
        let dir = opts
            .dir
            .clone()
            .unwrap_or_else(|| PathBuf::from(format!("mock-{id}")));
        write_folder(&dir, id, preset, &new, &problems, language, minutes)?;
        shown_dir = dir.clone();
        Ok(cwd.join(&dir).display().to_string())
    });
    let session = match result {
        Ok(s) => s,
        Err(StartError::Busy(open)) => return Err(busy(&open, now)),
        Err(StartError::History(e)) => return Err(e.into()),
        Err(StartError::Prepare(msg)) => {
            return Err(Failure::usage(
                msg,
                "help: pass --dir to write the session's files elsewhere",
            ))
        }
    };
    let mut out = app::stdout();
    if opts.format == Format::Json {
        let b = board(&history, &session)?;
        return write_json(&mut out, &report::view(&session, &b, now));
    }
    let s = global.style();
    let ext = language.extension();
    let w = slugs.iter().map(|x| x.len()).max().unwrap_or(8);
    let tw = session
        .problems
        .iter()
        .map(|p| p.title.chars().count())
        .max()
        .unwrap_or(8);
    let mut text = String::new();
    text.push_str(&format!(
        "{} · {} · {minutes} minutes · ends at {}\n\n",
        s.bold(&format!("mock #{} started", session.id)),
        preset.title,
        s.bold(&local_minute(session.deadline_ms))
    ));
    let rules = format!(
        "{} problems, {minutes} minutes. {}",
        session.problems.len(),
        preset.rules
    );
    text.push_str(&format!("{} {}\n\n", s.bold("rules:"), wrap(&rules, 92, 7)));
    for p in &session.problems {
        let file = shown_dir.join(format!("{}.{ext}", p.problem));
        text.push_str(&format!(
            "  {}  {}  {:<tw$}  {:<6}  {}\n",
            s.bold(&report::letter(p.position).to_string()),
            s.bold(&format!("{:<w$}", p.problem)),
            p.title,
            p.difficulty,
            s.dim(&file.display().to_string()),
        ));
    }
    text.push_str(&format!(
        "\nstatements: {} (or `judge show SLUG`)\n",
        shown_dir.join("README.md").display()
    ));
    text.push_str(&s.dim(
        "judge run SLUG FILE: samples only, free · judge submit SLUG FILE: all tests, counts\n\
         judge mock status · judge mock end · judge watch SLUG FILE",
    ));
    text.push('\n');
    Ok(out.write_all(text.as_bytes())?)
}

/// Wraps `text` at `width` columns, indenting continuation lines by `indent`.
fn wrap(text: &str, width: usize, indent: usize) -> String {
    let mut out = String::new();
    let mut col = indent;
    for word in text.split_whitespace() {
        if col > indent && col + 1 + word.len() > width {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            col = indent;
        } else if col > indent {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += word.chars().count();
    }
    out
}

fn busy(open: &Session, now: i64) -> Failure {
    Failure::usage(
        format!(
            "mock #{} is still running ({} left)",
            open.id,
            clock_text(open.time_left_ms(now))
        ),
        "help: `judge mock end` ends it early; `judge mock status` shows where you are",
    )
}

/// The problems of a new session: `--problems`, or a pick along the preset's ladder.
fn choose(
    global: &Global,
    history: &History,
    preset: &Preset,
    opts: &StartOptions,
    now_ms: i64,
) -> Result<Vec<String>, Failure> {
    let catalog = global.catalog();
    let all = catalog.slugs()?;
    if !opts.problems.is_empty() {
        let mut out: Vec<String> = Vec::new();
        for slug in &opts.problems {
            if !all.contains(slug) {
                return Err(CatalogError::UnknownProblem {
                    slug: slug.clone(),
                    suggestion: did_you_mean(slug, all.iter().map(String::as_str)),
                }
                .into());
            }
            if !out.contains(slug) {
                out.push(slug.clone());
            }
        }
        return Ok(out);
    }
    let difficulty = match opts.difficulty.as_deref() {
        Some("easy") => Some(Difficulty::Easy),
        Some("medium") => Some(Difficulty::Medium),
        Some("hard") => Some(Difficulty::Hard),
        _ => None,
    };
    let ladder: Vec<preset::Rung> = preset
        .ladder
        .iter()
        .map(|&rung| preset::Rung {
            difficulty: difficulty.unwrap_or(rung.difficulty),
            ..rung
        })
        .collect();
    let solved: std::collections::HashSet<String> = history
        .all_attempts()?
        .into_iter()
        .filter(|a| a.solves())
        .map(|a| a.problem)
        .collect();
    let candidates: Vec<Candidate> = catalog
        .summaries()?
        .into_iter()
        .map(|p| Candidate {
            pool: if p.kind == crate::catalog::Kind::Progressive {
                preset::Pool::Progressive
            } else if p.tags.iter().any(|t| t == "backend") {
                preset::Pool::Backend
            } else {
                preset::Pool::Algorithm
            },
            solved: solved.contains(&p.slug),
            slug: p.slug,
            difficulty: p.difficulty,
        })
        .collect();
    let seed = opts.seed.unwrap_or(now_ms as u64);
    let picked = preset::pick(&candidates, &ladder, seed);
    if picked.is_empty() {
        return Err(Failure::usage(
            format!("{} has no problems", catalog.describe()),
            "",
        ));
    }
    Ok(picked)
}

/// Writes the session's folder: a starter file per problem and a README with the rules and the
/// statements. The folder must be new or empty.
fn write_folder(
    dir: &Path,
    id: i64,
    preset: &Preset,
    new: &NewSession,
    problems: &[crate::catalog::Problem],
    language: Language,
    minutes: u32,
) -> Result<(), String> {
    if dir.exists() {
        let empty = std::fs::read_dir(dir)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        if !empty {
            return Err(format!("{} already exists and is not empty", dir.display()));
        }
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let mut readme = format!(
        "# Mock #{id}: {}\n\n{} problems, {minutes} minutes, from {} to {}.\n\n{}\n\n",
        preset.title,
        problems.len(),
        local_minute(new.started_ms),
        local_minute(new.deadline_ms),
        preset.rules
    );
    for (i, p) in problems.iter().enumerate() {
        // A progressive problem starts at level 1: its statement and class up to there.
        let leveled;
        let p = if p.level_count() > 0 {
            leveled = p.at_level(1)?;
            &leveled
        } else {
            p
        };
        let file = format!("{}.{}", p.summary.slug, language.extension());
        let path = dir.join(&file);
        let text = crate::starter::starter(p, language, &path.display().to_string());
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        readme.push_str(&format!(
            "## {}. {} (`{}`, {})\n\nYour file: `{file}` · `judge run {} {}` · `judge submit {} {}`\n\n{}\n\n",
            report::letter(i),
            p.summary.title,
            p.summary.slug,
            p.summary.difficulty.as_str(),
            p.summary.slug,
            path.display(),
            p.summary.slug,
            path.display(),
            p.statement.trim_end()
        ));
    }
    let path = dir.join("README.md");
    std::fs::write(&path, readme).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn no_session() -> Failure {
    Failure::usage(
        "no mock session is open",
        "help: `judge mock start` starts one; `judge mock list` shows past sessions",
    )
}

/// `judge mock status`.
pub fn status(global: &Global, format: Format) -> Result<(), Failure> {
    let now = app::now()?;
    let history = History::open_existing()?;
    let mut out = app::stdout();
    let open = match &history {
        Some(h) => h.open_session()?,
        None => None,
    };
    let (Some(history), Some(session)) = (history, open) else {
        if format == Format::Json {
            return write_json(&mut out, &serde_json::json!({ "session": null }));
        }
        return Ok(writeln!(
            out,
            "no mock session is open: `judge mock start` starts one"
        )?);
    };
    let b = board(&history, &session)?;
    match format {
        Format::Json => write_json(&mut out, &report::view(&session, &b, now)),
        Format::Text => Ok(report::write_status(
            &mut out,
            &session,
            &b,
            now,
            global.style(),
        )?),
    }
}

/// `judge mock end`: closes the open session and prints its report.
pub fn end(global: &Global, format: Format) -> Result<(), Failure> {
    let now = app::now()?;
    let history = History::open_existing()?.ok_or_else(no_session)?;
    let open = history.open_session()?.ok_or_else(no_session)?;
    let closed = match open.state(now) {
        State::Running => history.close_session(open.id, now, "ended")?,
        _ => history.close_session(open.id, open.deadline_ms, "time")?,
    };
    write_report(global, &history, &closed, now, format)
}

/// `judge mock report [ID]`: the report of a session, the latest by default.
pub fn report(
    global: &Global,
    id: Option<i64>,
    format: Format,
    html: Option<&std::path::Path>,
) -> Result<(), Failure> {
    let now = app::now()?;
    let history = History::open_existing()?.ok_or_else(|| {
        Failure::usage(
            "there are no mock sessions yet",
            "help: `judge mock start` starts one",
        )
    })?;
    let session = match id {
        Some(id) => history.session(id)?.ok_or_else(|| {
            Failure::usage(
                format!("there is no mock session #{id}"),
                "help: `judge mock list` shows the sessions",
            )
        })?,
        None => history.sessions()?.into_iter().next().ok_or_else(|| {
            Failure::usage(
                "there are no mock sessions yet",
                "help: `judge mock start` starts one",
            )
        })?,
    };
    if let Some(file) = html {
        return super::report::mock_report(&history, &session, file);
    }
    write_report(global, &history, &session, now, format)
}

fn write_report(
    global: &Global,
    history: &History,
    session: &Session,
    now: i64,
    format: Format,
) -> Result<(), Failure> {
    let attempts = history.session_attempts(session.id)?;
    let b = score(session, &attempts);
    let mut earlier = Vec::new();
    for s in history.sessions()? {
        if s.preset == session.preset
            && s.started_ms < session.started_ms
            && s.state(now) != State::Running
        {
            let board = board(history, &s)?;
            earlier.push(Earlier { session: s, board });
        }
    }
    let mut out = app::stdout();
    match format {
        Format::Json => {
            let timeline: Vec<_> = attempts
                .iter()
                .filter(|a| a.kind == crate::history::AttemptKind::Submit)
                .collect();
            let doc = serde_json::json!({
                "session": report::view(session, &b, now),
                "timeline": timeline,
                "earlier": earlier.iter().map(|e| serde_json::json!({
                    "id": e.session.id,
                    "solved": e.board.solved,
                    "score": e.board.score,
                    "penalty": e.board.penalty,
                })).collect::<Vec<_>>(),
            });
            write_json(&mut out, &doc)
        }
        Format::Text => Ok(report::write_report(
            &mut out,
            session,
            &b,
            &attempts,
            &earlier,
            now,
            global.style(),
        )?),
    }
}

/// `judge mock list`.
pub fn list(global: &Global, format: Format) -> Result<(), Failure> {
    let now = app::now()?;
    let mut rows = Vec::new();
    if let Some(history) = History::open_existing()? {
        for s in history.sessions()? {
            let b = board(&history, &s)?;
            rows.push((s, b));
        }
    }
    let mut out = app::stdout();
    match format {
        Format::Json => {
            let views: Vec<_> = rows.iter().map(|(s, b)| report::view(s, b, now)).collect();
            write_json(&mut out, &views)
        }
        Format::Text => Ok(report::write_list(&mut out, &rows, now, global.style())?),
    }
}

/// The one-line header of an open session, for every command but `judge mock`'s own. `None` when
/// there is no history, no open session, or the history cannot be read (the command itself will
/// say so if it needs the history).
pub fn header(global: &Global) -> Option<String> {
    let now = crate::clock::from_env().ok()?.now_ms();
    let history = History::open_existing().ok()??;
    let session = history.open_session().ok()??;
    let b = board(&history, &session).ok()?;
    Some(report::header_line(&session, &b, now, global.style()))
}

/// The level unlocked in the running session for its progressive problem `slug`: `None` when no
/// session is running or `slug` is not a progressive problem of it.
pub fn unlocked_level(history: &History, now_ms: i64, slug: &str) -> Option<(Session, usize)> {
    let session = history.open_session().ok()??;
    if session.state(now_ms) != State::Running {
        return None;
    }
    let b = board(history, &session).ok()?;
    let p = b
        .problems
        .iter()
        .find(|p| p.problem == slug && p.levels > 0)?;
    let level = p.unlocked();
    Some((session, level))
}

/// The level a command of a running progressive session works at: `asked` if it is unlocked
/// (the unlocked level if none is asked), a usage error if it is not.
pub fn session_level(
    session: &Session,
    unlocked: usize,
    slug: &str,
    asked: Option<usize>,
) -> Result<usize, Failure> {
    match asked {
        Some(n) if n > unlocked => Err(Failure::usage(
            format!(
                "level {n} of {slug} is locked in mock #{}: level {unlocked} is the one unlocked",
                session.id
            ),
            format!(
                "help: a submission that passes levels 1 to {unlocked} unlocks level {}",
                unlocked + 1
            ),
        )),
        Some(n) => Ok(n),
        None => Ok(unlocked),
    }
}

/// What an open session means for a run or submission of `slug`.
#[derive(Debug)]
pub enum Context {
    /// No session concerns this problem: a normal practice run.
    Practice,
    /// The problem belongs to the running session.
    InSession(Session),
    /// A submission to a session whose time ran out: refused, recorded as late.
    Late(Session),
}

pub fn context(
    history: &History,
    now_ms: i64,
    slug: &str,
    submit: bool,
) -> Result<Context, Failure> {
    let Some(open) = history.open_session()? else {
        return Ok(Context::Practice);
    };
    let member = open.problem(slug).is_some();
    Ok(match (open.state(now_ms), member, submit) {
        (State::Running, true, _) => Context::InSession(open),
        (State::Running, false, true) => {
            return Err(Failure::usage(
                format!("{slug} is not a problem of mock #{}", open.id),
                format!(
                    "help: its problems are {}; `judge mock end` ends the session",
                    open.slugs().join(", ")
                ),
            ))
        }
        (State::Expired, true, true) => Context::Late(open),
        _ => Context::Practice,
    })
}

fn write_json<T: serde::Serialize>(out: &mut dyn Write, v: &T) -> Result<(), Failure> {
    Ok(app::write_json_doc(out, v)?)
}
