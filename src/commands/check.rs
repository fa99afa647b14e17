//! [`check`]: the `judge check` command, from the folder to the exit code. Finds the manifest
//! and the solutions, selects some, loads their problems, judges them all in one runtime, and
//! reports: the table or JSON on stdout, JUnit to a file, GitHub annotations.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use crate::app::{self, Format, Global, Judging};
use crate::catalog::{Catalog, Problem};
use crate::check::discover::{discover, Discovery, Skipped, Solution};
use crate::check::json::{self, Selection};
use crate::check::manifest::{join_shown, Manifest, MANIFEST_FILE};
use crate::check::run::{run_all, CheckDone, FileResult, Job, Plan, SharedSink};
use crate::check::select::{Changes, Partition};
use crate::check::terminal::Table;
use crate::check::{github, junit};
use crate::exit::Failure;
use crate::report::{Reporter, Reporters};
use crate::verdict::Verdict;

/// What `judge check` was asked to do.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// The practice repository (or a folder of it).
    pub dir: PathBuf,
    pub format: Format,
    /// Also write a JUnit XML report here.
    pub junit: Option<PathBuf>,
    /// Tests run at once within a file [default: number of cores]; two files run at once
    /// unless it is 1.
    pub jobs: Option<usize>,
    /// Stop at the first file that is not accepted.
    pub fail_fast: bool,
    /// Only solutions whose path or problem contains this.
    pub filter: Option<String>,
    pub partition: Option<Partition>,
    /// Only solutions changed since this git revision.
    pub changed_since: Option<String>,
}

pub fn check(global: &Global, opts: CheckOptions) -> Result<(), Failure> {
    let start = Instant::now();
    let root = opts.dir.as_path();
    if !root.is_dir() {
        return Err(Failure::usage(
            format!("{} is not a folder", root.display()),
            "help: give the folder of a practice repository; `judge run PROBLEM FILE` judges \
             one file",
        ));
    }
    let shown_root = root.display().to_string();
    let manifest = Manifest::find(root, &shown_root)?;
    let mut catalog = global.catalog();
    if let Some(dir) = manifest.as_ref().and_then(|m| m.problems_dir(root)) {
        catalog = catalog.layered_under(dir);
    }
    let slugs = catalog.slugs()?;
    let found = discover(root, manifest.as_ref(), &slugs)?;
    if found.solutions.is_empty() {
        return Err(nothing_found(&shown_root, &found));
    }

    let discovered = found.solutions.len();
    let problems_dir = manifest.as_ref().and_then(|m| m.problems.as_deref());
    let (selected, mut skipped) = select(root, &opts, problems_dir, found)?;
    for k in &mut skipped {
        k.path = join_shown(&shown_root, &k.path);
    }

    let slots = opts
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let plan = Plan::for_jobs(slots, selected.len());
    let mut judging = Judging::new(
        global,
        Some(plan.jobs_per_file),
        Some(plan.blocking_threads()),
    )?;
    // Messages go to JSON, JUnit and annotations as well as the terminal: no escape codes.
    judging.config.color = false;

    let jobs = load_jobs(&catalog, &selected, &shown_root, &judging)?;
    let Judging {
        config,
        runtime: rt,
    } = judging;

    let style = global.style();
    let text = opts.format == Format::Text;
    if text {
        let head = headline(
            &opts,
            &shown_root,
            jobs.len(),
            discovered,
            manifest.is_some(),
        );
        let title = style.bold("judge check");
        writeln!(app::stdout(), "{title} {head}")?;
    }

    // The reporters, in the order they finish: the table or the document on stdout, then JUnit,
    // then the annotations.
    let mut reporters: Vec<Box<dyn Reporter<CheckDone>>> = Vec::new();
    match opts.format {
        Format::Text => {
            use std::io::IsTerminal;
            let progress = std::io::stderr().is_terminal();
            let mut table = Table::new(app::stdout(), style, &jobs, progress);
            if !jobs.is_empty() {
                table.header()?;
            }
            reporters.push(Box::new(table));
        }
        Format::Json => reporters.push(Box::new(json::Json(app::stdout()))),
    }
    if let Some(path) = &opts.junit {
        reporters.push(Box::new(junit::Junit(path.clone())));
    }
    if github::enabled() {
        // Workflow commands are read from stdout; with JSON there, they go to stderr so that
        // stdout stays one document.
        reporters.push(match opts.format {
            Format::Text => Box::new(github::Annotations(app::stdout())),
            Format::Json => Box::new(github::Annotations(std::io::stderr())),
        });
    }
    let reporters = Arc::new(Mutex::new(Reporters(reporters)));

    let results = if jobs.is_empty() {
        Vec::new()
    } else {
        let sink: SharedSink = reporters.clone();
        let all = rt.block_on(run_all(jobs, &config, plan, opts.fail_fast, sink));
        if let Some(e) = all.fatal {
            return Err(e.into());
        }
        all.results
    };

    let done = CheckDone {
        results,
        skipped,
        elapsed: start.elapsed(),
        root: shown_root,
        catalog: catalog.describe(),
        selection: Selection {
            discovered,
            filter: opts.filter.clone(),
            changed_since: opts.changed_since.clone(),
            partition: opts.partition.map(|p| p.to_string()),
        },
    };
    reporters
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .finish(&done)?;
    exit_for(&done.results)
}

/// Applies `--filter`, `--changed-since` and `--partition` to what discovery found; returns
/// the solutions to judge and the files to report as not checked.
fn select(
    root: &Path,
    opts: &CheckOptions,
    problems_dir: Option<&str>,
    found: Discovery,
) -> Result<(Vec<Solution>, Vec<Skipped>), Failure> {
    let changes = match &opts.changed_since {
        None => None,
        Some(rev) => Some(Changes::since(root, rev).map_err(|e| {
            Failure::usage(
                format!("--changed-since {rev}: {e}"),
                "help: run it in a git repository, with a revision git knows (a commit, \
                 branch or tag, like HEAD~1 or origin/main)",
            )
        })?),
    };
    let wanted = |path: &str, problem: Option<&str>| {
        opts.filter
            .as_ref()
            .is_none_or(|f| path.contains(f.as_str()) || problem.is_some_and(|p| p.contains(f)))
            && changes.as_ref().is_none_or(|c| match problem {
                Some(p) => c.touches(path, p, problems_dir),
                None => c.contains(path),
            })
    };
    let selected = found
        .solutions
        .into_iter()
        .filter(|s| wanted(&s.path, Some(&s.problem)))
        .enumerate()
        .filter(|(i, _)| opts.partition.is_none_or(|p| p.holds(*i)))
        .map(|(_, s)| s)
        .collect();
    // Partition 1 reports the files that were not checked, so a CI matrix reports each once.
    let skipped = if opts.partition.is_none_or(|p| p.index == 1) {
        found
            .skipped
            .into_iter()
            .filter(|k| wanted(&k.path, None))
            .collect()
    } else {
        Vec::new()
    };
    Ok((selected, skipped))
}

/// Loads each problem (and makes its generated tests) once, however many files use it.
fn load_jobs(
    catalog: &Catalog,
    selected: &[Solution],
    shown_root: &str,
    judging: &Judging,
) -> Result<Vec<Job>, Failure> {
    let mut problems: BTreeMap<&str, Arc<Problem>> = BTreeMap::new();
    for s in selected {
        if problems.contains_key(s.problem.as_str()) {
            continue;
        }
        let p = judging.problem(catalog, &s.problem)?;
        problems.insert(&s.problem, Arc::new(p));
    }
    Ok(selected
        .iter()
        .map(|s| Job {
            shown: join_shown(shown_root, &s.path),
            problem: problems[s.problem.as_str()].clone(),
            solution: s.clone(),
        })
        .collect())
}

/// What the table is about: `. · 3 solutions of 7 · partition 1/2 · judge.yaml`.
fn headline(
    opts: &CheckOptions,
    shown_root: &str,
    selected: usize,
    discovered: usize,
    manifest: bool,
) -> String {
    let mut head = format!(
        "{shown_root} · {selected} solution{}",
        if selected == 1 { "" } else { "s" }
    );
    if selected < discovered {
        head.push_str(&format!(" of {discovered}"));
    }
    if let Some(p) = opts.partition {
        head.push_str(&format!(" · partition {p}"));
    }
    if let Some(rev) = &opts.changed_since {
        head.push_str(&format!(" · changed since {rev}"));
    }
    if manifest {
        head.push_str(&format!(" · {MANIFEST_FILE}"));
    }
    head
}

/// IE anywhere means the judge failed (3); else any other failure means not accepted (1).
fn exit_for(results: &[FileResult]) -> Result<(), Failure> {
    let verdicts: Vec<Option<Verdict>> = results.iter().map(FileResult::verdict).collect();
    if verdicts.contains(&Some(Verdict::IE)) {
        Err(Failure::InternalVerdict)
    } else if verdicts.iter().any(|v| *v != Some(Verdict::AC)) {
        Err(Failure::NotAccepted)
    } else {
        Ok(())
    }
}

fn nothing_found(root: &str, found: &Discovery) -> Failure {
    let mut details = String::new();
    if !found.skipped.is_empty() {
        details.push_str("files that name no problem:\n");
        for k in found.skipped.iter().take(10) {
            details.push_str(&format!("  {}: {}\n", k.path, k.reason));
        }
    }
    details.push_str(&format!(
        "help: name a solution after its problem (two-sum.py, two-sum/solution.rs) or map files \
         to problems in {MANIFEST_FILE}; see docs/check.md"
    ));
    Failure::usage(format!("found no solutions in {root}"), details)
}
