//! `judge watch`: re-runs a solution's samples every time its file is saved.
//!
//! The file's folder is watched (inotify through `notify`), not the file itself, because editors
//! save by writing a new file and renaming it over the old one. Events come in bursts, so a run
//! starts once the folder has been quiet for a moment. During a mock session the time left is
//! redrawn every second under the result. Ctrl-C is caught, so the terminal is left clean; a run
//! in progress is abandoned and its sandboxed process dies with its launcher.
//!
//! Watch runs are not recorded in the history: saving is not submitting.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use notify::{RecursiveMode, Watcher};
use tokio::sync::mpsc;

use super::mock::{self, Context};
use crate::app::{self, Global, Prepared};
use crate::exit::Failure;
use crate::history::History;
use crate::report::Terminal;
use crate::runner::{self, EventSink};

/// How long the folder must be quiet after a change before the run starts.
const SETTLE: Duration = Duration::from_millis(150);

pub fn watch(global: &Global, slug: &str, file: &Path, all: bool) -> Result<(), Failure> {
    let Prepared {
        problem, judging, ..
    } = app::prepare(global, slug, file, None, None)?;
    let style = global.style();
    let mut config = judging.config;
    let rt = judging.runtime;
    config.samples_only = !all;

    let abs = std::path::absolute(file)
        .map_err(|e| Failure::internal(format!("cannot resolve {}: {e}", file.display())))?;
    let dir = abs
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("/"));
    let name = abs.file_name().map(|n| n.to_os_string());
    let (tx, mut rx) = mpsc::unbounded_channel::<()>();
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        if let Ok(ev) = res {
            let ours = ev.paths.iter().any(|p| p.file_name() == name.as_deref());
            let change = matches!(
                ev.kind,
                notify::EventKind::Create(_) | notify::EventKind::Modify(_)
            );
            if ours && change {
                let _ = tx.send(());
            }
        }
    })
    .map_err(|e| Failure::internal(format!("cannot watch files: {e}")))?;
    watcher
        .watch(&dir, RecursiveMode::NonRecursive)
        .map_err(|e| Failure::internal(format!("cannot watch {}: {e}", dir.display())))?;

    let name_width = app::name_width(&problem);
    let result = rt.block_on(async {
        let mut ctrl_c = std::pin::pin!(tokio::signal::ctrl_c());
        loop {
            // The session is looked up for every run: it may have started or ended meanwhile.
            let now = crate::clock::from_env().map_or(0, |c| c.now_ms());
            let session =
                History::open_existing().ok().flatten().and_then(|h| {
                    match mock::context(&h, now, slug, false) {
                        Ok(Context::InSession(s)) => {
                            let board = mock::board(&h, &s).ok()?;
                            Some((s, board))
                        }
                        _ => None,
                    }
                });
            let mut run_config = config.clone();
            if session.is_some() {
                run_config.samples_only = true;
            }
            let mut out = std::io::stdout().lock();
            let _ = write!(out, "\x1b[2J\x1b[H");
            if let Some((s, b)) = &session {
                let _ = writeln!(
                    out,
                    "{}",
                    crate::mock::report::header_line(s, b, now, style)
                );
            }
            drop(out);
            let mut term = Terminal::new(std::io::stdout(), style, name_width);
            let run = runner::run(&problem, file, &run_config, &mut term as &mut dyn EventSink);
            tokio::select! {
                r = run => {
                    if let Err(e) = r {
                        println!("{} {e}", style.error("error:"));
                    }
                }
                _ = &mut ctrl_c => return Ok(()),
            }
            // Wait for the next save, redrawing the countdown every second during a mock.
            let mut tick = tokio::time::interval(Duration::from_secs(1));
            loop {
                let status = status_line(&session, file, style);
                print!("\r\x1b[K{status}");
                let _ = std::io::stdout().flush();
                tokio::select! {
                    got = rx.recv() => {
                        if got.is_none() {
                            return Err(Failure::internal("the file watcher stopped"));
                        }
                        // Let the burst of events of one save settle, then run once.
                        while let Ok(Some(())) = tokio::time::timeout(SETTLE, rx.recv()).await {}
                        break;
                    }
                    _ = tick.tick(), if session.is_some() => {}
                    _ = &mut ctrl_c => return Ok(()),
                }
            }
        }
    });
    println!();
    // A run abandoned by Ctrl-C may still hold blocking threads: do not wait for them.
    rt.shutdown_background();
    drop(watcher);
    result
}

fn status_line(
    session: &Option<(crate::mock::Session, crate::mock::score::Scoreboard)>,
    file: &Path,
    style: crate::report::Style,
) -> String {
    let watching = style.dim(&format!(
        "watching {} · save to run again · Ctrl-C to quit",
        file.display()
    ));
    match session {
        Some((s, b)) => {
            let now = crate::clock::from_env().map_or(0, |c| c.now_ms());
            format!(
                "{} {watching}",
                crate::mock::report::header_line(s, b, now, style)
            )
        }
        None => watching,
    }
}
