//! Generated tests: inputs from a deterministic generator in the problem folder, expected
//! outputs from the problem's reference solution, both cached by content.
//!
//! A test `generate: {program: gen.py, seed: 7, args: [200000]}` runs
//! `python3 gen.py 7 200000` in the sandbox; what it prints is the test's input (stdin text for
//! stdio problems, a JSON object of the arguments for function problems, `{"calls", "args"}` for
//! design problems). The problem's `reference:` solution is then run on those inputs and what it
//! produces is the expected output. The pair is cached under the cache directory by a hash of
//! the generator, the seed and arguments, the reference solution and the interface, so large
//! tests cost their generation once and no megabytes of YAML live in git. `judge validate`
//! regenerates them and checks that the cache agrees.
//!
//! The cache holds two files per test: `<key>.input.json` (the input) and `<key>.output` (the
//! expected output, as the reference printed it). A stdio output larger than
//! [`runner::IN_MEMORY_BYTES`] is never read whole: the test keeps the open file
//! ([`crate::catalog::Expected::in_file`]) and the runner compares from it in pieces. The
//! expected value of a function or design test is parsed as JSON in memory, so it is bounded
//! by the reference's output cap (`limits.authors.output`) instead.

use std::fs::File;
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::catalog::{design_calls, function_args, Interface, Problem, TestValues};
use crate::lang::Python;
use crate::runner::{self, RunConfig, TestResult};
use crate::verdict::Verdict;

/// The cached input of one generated test (its output is a file beside it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Generated {
    /// What the generator printed.
    input: String,
}

/// The cache files of a test: its input and its expected output.
struct CacheFiles {
    input: std::path::PathBuf,
    output: std::path::PathBuf,
}

impl CacheFiles {
    /// What the cache holds, if both files are there.
    fn read(&self) -> Option<(String, File)> {
        let g: Generated = serde_json::from_slice(&std::fs::read(&self.input).ok()?).ok()?;
        Some((g.input, File::open(&self.output).ok()?))
    }

    /// Replaces what the cache holds, each file atomically; a cache that cannot be written is
    /// only slower next time.
    fn write(&self, input: &str, output: &mut dyn std::io::Read) {
        let Some(dir) = self.input.parent() else {
            return;
        };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        if let Ok(mut tmp) = tempfile::NamedTempFile::new_in(dir) {
            if std::io::copy(output, &mut tmp).is_ok() {
                let _ = tmp.persist(&self.output);
            }
        }
        if let Ok(tmp) = tempfile::NamedTempFile::new_in(dir) {
            let g = Generated {
                input: input.to_string(),
            };
            if serde_json::to_writer(&tmp, &g).is_ok() {
                let _ = tmp.persist(&self.input);
            }
        }
    }
}

/// Whether a fresh output is the cached one, read in pieces.
fn same_output(cached: &File, fresh: &mut crate::compare::text::Source) -> bool {
    use crate::compare::text::{first_difference, FileText, Text};
    let Ok(cached) = cached.try_clone() else {
        return false;
    };
    let Ok(mut cached) = FileText::new(std::sync::Arc::new(cached)) else {
        return false;
    };
    let (a, b) = (cached.len(), fresh.len());
    a == b && first_difference(&mut cached, 0..a, fresh, 0..b, false).is_none()
}

fn key(problem: &Problem, index: usize) -> String {
    let t = &problem.tests[index];
    let g = t.generate.as_ref().expect("a generated test");
    let (ref_name, ref_source) = problem.reference.as_ref().expect("checked at load");
    let mut h = Sha256::new();
    h.update(crate::harness::check_document(&problem.interface).as_bytes());
    h.update([0]);
    h.update(g.source.as_slice());
    h.update([0]);
    h.update(g.seed.to_le_bytes());
    for a in &g.args {
        h.update([0]);
        h.update(a.as_bytes());
    }
    h.update([0]);
    h.update(ref_name.as_bytes());
    h.update(ref_source.as_slice());
    h.finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// How a core module that writes a message for a problem author (a failed reference, a
/// solution with the wrong verdict) has a test's failure said: the caller passes the reporting
/// layer's sentence (`report::words::why`), so the core never imports a reporter.
pub type SayWhy = fn(&TestResult) -> String;

/// Fills in the input and expected output of every generated test of `problem`. With `fresh`,
/// the cache is not read (it is still written). Returns the names of tests whose fresh result
/// differs from what was cached: a generator or reference that is not deterministic.
pub async fn materialize(
    problem: &mut Problem,
    config: &RunConfig,
    fresh: bool,
    say_why: SayWhy,
) -> Result<Vec<String>, String> {
    let pending: Vec<usize> = (0..problem.tests.len())
        .filter(|&i| problem.tests[i].generate.is_some())
        .collect();
    if pending.is_empty() {
        return Ok(Vec::new());
    }
    let cache = config.cache_dir.join("generated").join(problem.slug());
    let files: std::collections::HashMap<usize, CacheFiles> = pending
        .iter()
        .map(|&i| {
            let key = key(problem, i);
            let files = CacheFiles {
                input: cache.join(format!("{key}.input.json")),
                output: cache.join(format!("{key}.output")),
            };
            (i, files)
        })
        .collect();
    let mut missing = Vec::new();
    let mut cached_before = Vec::new();
    for &i in &pending {
        match files[&i].read() {
            Some((input, output)) if !fresh => {
                apply_input(problem, i, &input)?;
                apply_output_file(problem, i, output)?;
            }
            other => {
                cached_before.push((i, other));
                missing.push(i);
            }
        }
    }
    if missing.is_empty() {
        return Ok(Vec::new());
    }

    let work = tempfile::Builder::new()
        .prefix("judge-generate-")
        .tempdir()
        .map_err(|e| e.to_string())?;
    let unprivileged = config.isolation.apply.run_as.is_some();
    if unprivileged {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(work.path(), std::fs::Permissions::from_mode(0o755));
    }
    let sandbox =
        sandbox::Sandbox::new(&config.launcher).with_layers(config.isolation.apply.clone());
    let python = Python::resolve(unprivileged).map_err(|e| e.to_string())?;
    // 1. Inputs, from the generators.
    let mut raw = Vec::new();
    for &i in &missing {
        let g = problem.tests[i].generate.clone().expect("a generated test");
        // Only the file name: the catalog confines `program` to the problem folder, and the copy
        // stays in the scratch directory whatever the name says.
        let copy = work.path().join(
            std::path::Path::new(&g.program)
                .file_name()
                .unwrap_or(std::ffi::OsStr::new("gen.py")),
        );
        std::fs::write(&copy, g.source.as_slice()).map_err(|e| e.to_string())?;
        let cmd = python
            .script(&copy)
            .command(runner::authors::limits(&problem.limits.authors))
            .arg(g.seed.to_string())
            .args(g.args.iter());
        let out = sandbox.run(&cmd).map_err(|e| e.to_string())?;
        let name = &problem.tests[i].name;
        if !out.success() {
            return Err(format!(
                "generator {} failed on test `{name}` ({:?}{}): {}",
                g.program,
                out.termination,
                if out.limits_hit.is_empty() {
                    String::new()
                } else {
                    format!(
                        ", {}",
                        runner::authors::exceeded(&out.limits_hit, &problem.limits.authors)
                    )
                },
                String::from_utf8_lossy(&out.stderr_tail).trim()
            ));
        }
        let input = String::from_utf8(out.stdout)
            .map_err(|_| format!("generator {} printed invalid UTF-8 for `{name}`", g.program))?;
        apply_input(problem, i, &input)?;
        raw.push(input);
    }
    // 2. Expected outputs, from the reference solution run on those inputs alone.
    let (ref_name, ref_source) = problem.reference.clone().expect("checked at load");
    let ref_path = work.path().join(
        Path::new(&ref_name)
            .file_name()
            .ok_or("the reference has no file name")?,
    );
    std::fs::write(&ref_path, ref_source.as_slice()).map_err(|e| e.to_string())?;
    let mut subset = problem.clone();
    subset.tests = missing.iter().map(|&i| problem.tests[i].clone()).collect();
    // No expected output exists yet: compare plainly, never through the problem's checker, which
    // would read an empty expected file (and rightly be an IE if it crashes on it).
    subset.compare = crate::compare::Comparison::Exact;
    // The reference is the author's program here, not a solution being judged: it runs under
    // the author limits, whatever the tests' own limits say.
    subset.limits.base = problem.limits.authors;
    subset.limits.by_language.clear();
    for t in &mut subset.tests {
        t.compare = None;
        t.limits = Default::default();
    }
    let cfg = RunConfig {
        keep_outputs: true,
        fail_fast: false,
        samples_only: false,
        filter: None,
        ..config.clone()
    };
    let mut report = runner::run(&subset, &ref_path, &cfg, &mut ())
        .await
        .map_err(|e| format!("reference {ref_name}: {e}"))?;
    if let Some(msg) = &report.compile_error {
        return Err(format!("reference {ref_name} does not compile: {msg}"));
    }
    // The tests' values are the problem's alone again: the expected values set below change
    // them in place instead of copying them.
    drop(subset);
    let mut changed = Vec::new();
    for ((&i, input), r) in missing.iter().zip(raw).zip(&mut report.tests) {
        // The expected output does not exist yet, so the comparison says nothing; the run
        // itself must have gone well.
        let hit = match r.verdict {
            Verdict::TLE => Some(sandbox::LimitKind::Cpu),
            Verdict::MLE => Some(sandbox::LimitKind::Memory),
            Verdict::OLE => Some(sandbox::LimitKind::Output),
            _ => None,
        };
        if let Some(hit) = hit {
            return Err(format!(
                "reference {ref_name} {} on generated test `{}`",
                runner::authors::exceeded(&[hit], &problem.limits.authors),
                r.name
            ));
        }
        if !matches!(r.verdict, Verdict::AC | Verdict::WA) {
            return Err(format!(
                "reference {ref_name} got {} on generated test `{}`: {}",
                r.verdict,
                r.name,
                say_why(r)
            ));
        }
        let output = r.produced.take().unwrap_or_default();
        let output_file = r.produced_file.take();
        {
            let mut fresh =
                crate::compare::text::Source::new(output.as_bytes(), output_file.as_ref())
                    .map_err(|e| format!("reference {ref_name}: cannot read its output: {e}"))?;
            if let Some((_, Some((before_input, before_output)))) =
                cached_before.iter().find(|(j, _)| *j == i)
            {
                if *before_input != input || !same_output(before_output, &mut fresh) {
                    changed.push(problem.tests[i].name.clone());
                }
            }
        }
        match output_file {
            Some(file) => {
                files[&i].write(&input, &mut sandbox::FileReader::new(file.clone()));
                apply_large_output(problem, i, file)?;
            }
            None => {
                files[&i].write(&input, &mut output.as_bytes());
                apply_output(problem, i, &output)?;
            }
        }
    }
    Ok(changed)
}

/// Sets a test's expected output from what a run of the reference produced: its file when it
/// was too large to keep in memory.
pub(crate) fn apply_produced(
    problem: &mut Problem,
    i: usize,
    r: &mut TestResult,
) -> Result<(), String> {
    match r.produced_file.take() {
        Some(file) if matches!(problem.interface, Interface::Stdio) => {
            apply_large_output(problem, i, file)
        }
        _ => apply_output(problem, i, r.produced.as_deref().unwrap_or_default()),
    }
}

/// What a run of the reference produced, all of it in memory (`judge run --input`, whose
/// outputs are typed by hand, keeps it as text).
pub(crate) fn produced_text(r: &mut TestResult) -> String {
    match r.produced_file.take() {
        Some(file) => {
            let mut bytes = Vec::new();
            let _ = std::io::Read::read_to_end(&mut sandbox::FileReader::new(file), &mut bytes);
            String::from_utf8_lossy(&bytes).into_owned()
        }
        None => r.produced.take().unwrap_or_default(),
    }
}

/// Sets a test's expected output from its cache file: read whole when it is small or a JSON
/// value, kept open as the file otherwise.
fn apply_output_file(problem: &mut Problem, i: usize, file: File) -> Result<(), String> {
    let len = file.metadata().map_err(|e| e.to_string())?.len();
    if matches!(problem.interface, Interface::Stdio) && len > runner::IN_MEMORY_BYTES {
        return apply_large_output(problem, i, std::sync::Arc::new(file));
    }
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut sandbox::FileReader::new_ref(&file), &mut bytes)
        .map_err(|e| format!("cached output of `{}`: {e}", problem.tests[i].name))?;
    apply_output(problem, i, &String::from_utf8_lossy(&bytes))
}

/// Sets a stdio test's expected output to a file too large to hold: the test keeps its start
/// (for display) and the open file (for comparing).
fn apply_large_output(
    problem: &mut Problem,
    i: usize,
    file: std::sync::Arc<File>,
) -> Result<(), String> {
    let mut head = Vec::new();
    std::io::Read::read_to_end(
        &mut std::io::Read::take(
            sandbox::FileReader::new(file.clone()),
            runner::SHOWN_BYTES as u64,
        ),
        &mut head,
    )
    .map_err(|e| format!("cached output of `{}`: {e}", problem.tests[i].name))?;
    let t = &mut problem.tests[i];
    t.output = crate::catalog::Expected::in_file(String::from_utf8_lossy(&head).into_owned(), file);
    t.generate = None;
    Ok(())
}

/// Sets a test's input from what its generator printed.
pub(crate) fn apply_input(problem: &mut Problem, i: usize, text: &str) -> Result<(), String> {
    let (input, values) = input_values(&problem.interface, text)
        .map_err(|e| format!("generated input of `{}`: {e}", problem.tests[i].name))?;
    let t = &mut problem.tests[i];
    t.input = input.into();
    t.values = values.map(std::sync::Arc::new);
    Ok(())
}

/// A test's input from its JSON form (what a generator prints, what an input validator reads):
/// stdin text for stdio problems, a JSON object of the arguments for function problems,
/// `{"calls": [...], "args": [...]}` for design problems. Returns the readable input and the
/// structured values (expected outputs left empty), or why the text does not fit the interface.
pub(crate) fn input_values(
    iface: &Interface,
    text: &str,
) -> Result<(String, Option<TestValues>), String> {
    Ok(match iface {
        Interface::Stdio => (text.to_string(), None),
        Interface::Function(sig) => {
            let map: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(text).map_err(|e| format!("not a JSON object: {e}"))?;
            let (args, shown) = function_args(sig, map, None)?;
            (shown, Some(TestValues::function(&args)))
        }
        Interface::Design(d) => {
            #[derive(Deserialize)]
            struct Calls {
                calls: Vec<String>,
                args: Vec<Vec<serde_json::Value>>,
            }
            let c: Calls = serde_json::from_str(text)
                .map_err(|e| format!("not {{\"calls\": [...], \"args\": [...]}}: {e}"))?;
            let shown = design_calls(d, &c.calls, &c.args, None)?;
            (shown, Some(TestValues::design(&c.calls, &c.args)))
        }
    })
}

/// Sets a test's expected output from what the reference produced.
pub(crate) fn apply_output(problem: &mut Problem, i: usize, output: &str) -> Result<(), String> {
    let t = &mut problem.tests[i];
    t.output = output.into();
    // The values keep only the input: the expected value is this text, parsed when judged, so
    // here it is only checked (a generated design test returns 2 * 10^5 values).
    use serde::de::IgnoredAny;
    match t.values.as_deref() {
        None => {}
        Some(TestValues::Function { .. }) => {
            serde_json::from_str::<IgnoredAny>(output)
                .map_err(|e| format!("reference output of `{}` is not JSON: {e}", t.name))?;
        }
        Some(TestValues::Design { .. }) => {
            serde_json::from_str::<Vec<IgnoredAny>>(output)
                .map_err(|e| format!("reference output of `{}` is not a JSON list: {e}", t.name))?;
        }
    }
    t.generate = None;
    Ok(())
}
