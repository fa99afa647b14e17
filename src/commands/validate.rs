//! `judge validate`: checks problems and their reference solutions.

use std::io::{IsTerminal, Write};

/// How many problems `judge validate` checks at once: one more than two cores, so that while a
/// problem runs one program at a time (its generator, a compile, a solution expected to fail)
/// the cores stay busy. Verdicts and margins are measured in CPU time, so sharing is safe.
const PROBLEMS_AT_ONCE: usize = 3;

use crate::app::Judging;
use crate::app::{Format, Global};
use crate::catalog::CatalogError;
use crate::exit::Failure;

/// `judge validate`: checks problems and their solutions; exit 1 if any check fails.
pub fn validate(
    global: &Global,
    slugs: Vec<String>,
    format: Format,
    options: crate::validate::Options,
) -> Result<(), Failure> {
    let calibrate = options.calibrate;
    let catalog = global.catalog();
    let all = catalog.slugs()?;
    for s in &slugs {
        if !all.contains(s) {
            return Err(CatalogError::UnknownProblem {
                slug: s.clone(),
                suggestion: crate::catalog::did_you_mean(s, all.iter().map(String::as_str)),
            }
            .into());
        }
    }
    let slugs = if slugs.is_empty() { all } else { slugs };
    let Judging {
        mut config,
        runtime: rt,
    } = Judging::new(global, None, None)?;
    if slugs.len() > 1 {
        // Several problems at once already keep the cores busy: each check runs one test at a
        // time, so an accepted Python check starts one fork-server, not one per core, and the
        // cores are not shared by more tests than there are problems at once.
        config.jobs = 1;
    }
    let work = tempfile::Builder::new()
        .prefix("judge-validate-")
        .tempdir()
        .map_err(|e| Failure::internal(format!("cannot create a working directory: {e}")))?;
    if config.isolation.apply.run_as.is_some() {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(work.path(), std::fs::Permissions::from_mode(0o755));
    }
    let start = std::time::Instant::now();
    let style = global.style();
    let mut results = Vec::new();
    let mut out = crate::app::stdout();
    // Problems are independent: PROBLEMS_AT_ONCE of them are validated at once (each runs its
    // tests in parallel too), and their reports are printed in order as they complete.
    let progress = std::io::stderr().is_terminal() && format == Format::Text;
    let total = slugs.len();
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let limit = std::sync::Arc::new(tokio::sync::Semaphore::new(PROBLEMS_AT_ONCE));
    // One task hands out the slots in catalog order (tasks that each waited for a slot would get
    // them in the order the runtime first polls them), so the in-order report never waits on a
    // problem that started late.
    let work_dir = work.path().to_path_buf();
    let order = slugs.clone();
    rt.spawn(async move {
        for (i, slug) in order.into_iter().enumerate() {
            let Ok(permit) = limit.clone().acquire_owned().await else {
                return;
            };
            let (catalog, config, work, tx) = (
                catalog.clone(),
                config.clone(),
                work_dir.clone(),
                tx.clone(),
            );
            tokio::spawn(async move {
                let _permit = permit;
                let v = crate::validate::validate(
                    &catalog,
                    &slug,
                    &config,
                    options,
                    &work,
                    crate::report::words::why,
                )
                .await;
                let _ = tx.send((i, v));
            });
        }
    });
    let mut done: Vec<Option<crate::validate::ProblemValidation>> =
        (0..total).map(|_| None).collect();
    let mut next = 0;
    // The progress line is drawn by indicatif on stderr (nothing when it is not a terminal), and
    // cleared while results are printed.
    let bar = progress.then(|| {
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(total as u64),
            indicatif::ProgressDrawTarget::stderr(),
        );
        bar.set_style(
            indicatif::ProgressStyle::with_template("validating: {pos}/{len} problems, {elapsed}")
                .expect("a valid template"),
        );
        bar
    });
    while let Some((i, v)) = rt.block_on(rx.recv()) {
        done[i] = Some(v);
        let mut print_ready = || {
            while let Some(v) = done.get_mut(next).and_then(Option::take) {
                next += 1;
                let slug = &v.problem;
                if format == Format::Text {
                    let mark = if v.ok {
                        style.added("ok  ")
                    } else {
                        style.removed("FAIL")
                    };
                    let _ = writeln!(out, "{mark} {}", style.bold(slug));
                    for c in &v.checks {
                        if !c.ok || calibrate || c.check.contains('/') {
                            let m = if c.ok {
                                style.added("✓")
                            } else {
                                style.removed("✗")
                            };
                            let _ =
                                writeln!(out, "     {m} {:<40} {}", c.check, style.dim(&c.detail));
                        }
                    }
                }
                results.push(v);
            }
        };
        match &bar {
            Some(bar) => {
                bar.inc(1);
                bar.suspend(print_ready);
            }
            None => print_ready(),
        }
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let failing = results.iter().filter(|v| !v.ok).count();
    match format {
        Format::Json => {
            let doc = serde_json::json!({
                "ok": failing == 0,
                "problems": results,
                "seconds": start.elapsed().as_secs_f64(),
            });
            let _ = serde_json::to_writer_pretty(&mut out, &doc);
            let _ = writeln!(out);
        }
        Format::Text => {
            let _ = writeln!(
                out,
                "validated {} problems: {} ok, {failing} failing ({:.1} s)",
                results.len(),
                results.len() - failing,
                start.elapsed().as_secs_f64()
            );
        }
    }
    if failing == 0 {
        Ok(())
    } else {
        Err(Failure::NotAccepted)
    }
}
