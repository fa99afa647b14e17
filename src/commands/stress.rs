//! `judge stress`: random small inputs against the reference (or `--against` another
//! solution) until they disagree, then the failing input shrunk; `--save` keeps it as a test
//! beside the solution (see [`crate::paths::saved_tests`]), which `judge run` then runs.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::app::{self, Format, Global};
use crate::catalog::Interface;
use crate::exit::Failure;
use crate::stress::{self, Oracle, StressError, StressReport};

#[derive(Debug, Clone)]
pub struct StressOptions {
    pub problem: String,
    pub file: PathBuf,
    pub against: Option<PathBuf>,
    pub seconds: f64,
    pub seed: Option<u64>,
    pub save: bool,
    pub format: Format,
    pub jobs: Option<usize>,
}

pub fn stress(global: &Global, opts: StressOptions) -> Result<(), Failure> {
    // The problem's own tests are not needed (nor generated): only its programs and interface.
    let problem = global.catalog().problem(&opts.problem)?;
    app::solution_language(&opts.file)?;
    if let Some(other) = &opts.against {
        app::solution_language(other)?;
    }
    let judging = app::Judging::new(global, opts.jobs, None)?;
    let oracle = match &opts.against {
        Some(p) => Oracle::Program(p.clone()),
        None => Oracle::Reference,
    };
    let seed = opts.seed.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64 % 1_000_000)
    });
    let options = stress::Options {
        search: Duration::from_secs_f64(opts.seconds),
        // Shrinking gets its own budget: a found failure is worth a smaller input.
        shrink: Duration::from_secs_f64((opts.seconds * 2.0).max(30.0)),
        seed,
    };
    let report = stress::stress(
        &problem,
        &opts.file,
        &oracle,
        &judging.config,
        &judging.runtime,
        &options,
    )
    .map_err(|e| match e {
        StressError::NoSizes(_) | StressError::NoReference(_) => Failure::usage(
            e.to_string(),
            "help: `judge stress` needs the problem's `sizes:` generator (docs/stress.md)",
        ),
        StressError::Compile(..) => Failure::usage(
            e.to_string(),
            "help: `judge run` shows the compiler's whole message",
        ),
        StressError::Run(crate::runner::RunError::Lang(l)) => l.into(),
        e => Failure::internal(e.to_string()),
    })?;
    let saved = match (&report.shrunk, opts.save) {
        (Some(_), true) => Some(save(&problem.interface, &opts.file, &report)?),
        _ => None,
    };
    let saved_shown = saved.as_ref().map(|p| p.display().to_string());
    let mut out = app::stdout();
    match opts.format {
        Format::Json => {
            app::write_json_doc(
                &mut out,
                &crate::report::stress::document(&report, saved_shown),
            )
            .map_err(Failure::Output)?;
        }
        Format::Text => {
            crate::report::stress::write_text(
                &mut out,
                &report,
                saved_shown.as_deref(),
                global.style(),
            )
            .map_err(Failure::Output)?;
        }
    }
    let _ = out.flush();
    if report.found.is_some() {
        Err(Failure::NotAccepted)
    } else {
        Ok(())
    }
}

/// Appends the shrunk input and the expected output to the saved tests of this problem, in
/// the problem's test syntax; returns the file.
fn save(iface: &Interface, solution: &Path, report: &StressReport) -> Result<PathBuf, Failure> {
    let case = report.shrunk.as_ref().expect("called with a shrunk input");
    let path = crate::paths::saved_tests(solution, &report.problem);
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    let mut text = if old.trim().is_empty() {
        format!(
            "# Inputs `judge stress` found and shrunk for {}. `judge run {} FILE` runs these\n\
             # tests too, for any solution file in this folder. Edit or delete them freely.\n\
             tests:\n",
            report.problem, report.problem
        )
    } else if old.ends_with('\n') {
        old.clone()
    } else {
        format!("{old}\n")
    };
    let taken = |n: usize| old.contains(&format!("name: stress-{n}\n"));
    let n = (1..).find(|&n| !taken(n)).expect("a free name");
    let q = |s: &str| serde_json::to_string(s).expect("a string serializes");
    text.push_str(&format!("  - name: stress-{n}\n"));
    match iface {
        Interface::Stdio => {
            text.push_str(&format!("    input: {}\n", q(&case.input.text)));
            text.push_str(&format!("    output: {}\n", q(&case.expected)));
        }
        Interface::Function(_) => {
            text.push_str(&format!("    input: {}\n", compact(&case.input.text)));
            text.push_str(&format!("    output: {}\n", compact(&case.expected)));
        }
        Interface::Design(_) => {
            let v: serde_json::Value = serde_json::from_str(&case.input.text).unwrap_or_default();
            text.push_str(&format!("    calls: {}\n", v["calls"]));
            text.push_str(&format!("    args: {}\n", v["args"]));
            text.push_str(&format!("    output: {}\n", compact(&case.expected)));
        }
    }
    let fail =
        |e: std::io::Error| Failure::internal(format!("cannot write {}: {e}", path.display()));
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(fail)?;
    }
    std::fs::write(&path, text).map_err(fail)?;
    Ok(path)
}

/// JSON on one line (JSON is YAML's flow syntax).
fn compact(json: &str) -> String {
    serde_json::from_str::<serde_json::Value>(json)
        .map(|v| v.to_string())
        .unwrap_or_else(|_| json.trim().to_string())
}
