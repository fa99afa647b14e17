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

use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::catalog::{design_calls, function_args, Interface, Problem, TestValues};
use crate::lang::Python;
use crate::runner::{self, RunConfig, TestResult};
use crate::verdict::Verdict;

/// The cached product of one generated test.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Generated {
    /// What the generator printed.
    input: String,
    /// What the reference solution produced on it.
    output: String,
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
    let files: std::collections::HashMap<usize, std::path::PathBuf> = pending
        .iter()
        .map(|&i| (i, cache.join(format!("{}.json", key(problem, i)))))
        .collect();
    let mut missing = Vec::new();
    let mut cached_before = Vec::new();
    for &i in &pending {
        let cached: Option<Generated> = std::fs::read(&files[&i])
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok());
        match cached {
            Some(g) if !fresh => apply(problem, i, &g)?,
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
        let g = Generated {
            input,
            output: r.produced.take().unwrap_or_default(),
        };
        apply_output(problem, i, &g.output)?;
        if let Some((_, Some(before))) = cached_before.iter().find(|(j, _)| *j == i) {
            if *before != g {
                changed.push(problem.tests[i].name.clone());
            }
        }
        if std::fs::create_dir_all(&cache).is_ok() {
            if let Ok(tmp) = tempfile::NamedTempFile::new_in(&cache) {
                if serde_json::to_writer(&tmp, &g).is_ok() {
                    let _ = tmp.persist(&files[&i]);
                }
            }
        }
    }
    Ok(changed)
}

fn apply(problem: &mut Problem, i: usize, g: &Generated) -> Result<(), String> {
    apply_input(problem, i, &g.input)?;
    apply_output(problem, i, &g.output)
}

/// Sets a test's input from what its generator printed.
pub(crate) fn apply_input(problem: &mut Problem, i: usize, text: &str) -> Result<(), String> {
    let (input, values) = input_values(&problem.interface, text)
        .map_err(|e| format!("generated input of `{}`: {e}", problem.tests[i].name))?;
    let t = &mut problem.tests[i];
    t.input = input.into();
    t.values = values;
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
            (
                shown,
                Some(TestValues::Function {
                    args,
                    expected: serde_json::Value::Null,
                }),
            )
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
            (
                shown,
                Some(TestValues::Design {
                    calls: c.calls,
                    args: c.args,
                    expected: Vec::new(),
                }),
            )
        }
    })
}

/// Sets a test's expected output from what the reference produced.
pub(crate) fn apply_output(problem: &mut Problem, i: usize, output: &str) -> Result<(), String> {
    let t = &mut problem.tests[i];
    t.output = output.into();
    match &mut t.values {
        None => {}
        Some(TestValues::Function { expected, .. }) => {
            *expected = serde_json::from_str(output)
                .map_err(|e| format!("reference output of `{}` is not JSON: {e}", t.name))?;
        }
        Some(TestValues::Design { expected, .. }) => {
            *expected = serde_json::from_str(output)
                .map_err(|e| format!("reference output of `{}` is not a JSON list: {e}", t.name))?;
        }
    }
    t.generate = None;
    Ok(())
}
