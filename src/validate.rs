//! `judge validate`: proves a problem correct, for problem authors (in the spirit of Kattis's
//! verifyproblem). The schema loads; there is a statement and a sample; no two tests are the
//! same; every solution under `solutions/<verdict>/` gets that verdict (an expected failure stops
//! at its first failing test); and with `--calibrate`, how much of the time limit each accepted
//! solution uses.

use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;

use serde::Serialize;

use crate::catalog::{Catalog, Problem};
use crate::generate::SayWhy;
use crate::lang::Language;
use crate::runner::{self, RunConfig, RunReport};
use crate::verdict::Verdict;

/// One check of one problem.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub check: String,
    pub ok: bool,
    pub detail: String,
    /// Wall-clock seconds this check took, for the checks that run programs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seconds: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProblemValidation {
    pub problem: String,
    pub ok: bool,
    pub checks: Vec<Check>,
    /// Wall-clock seconds the whole problem took.
    pub seconds: f64,
}

/// With `--calibrate`, every accepted solution must use at most 1/MIN_MARGIN of each test's time
/// limit (Kattis verifyproblem's rule), so an ordinary solution of the same complexity passes
/// on a slower machine.
pub const MIN_MARGIN: f64 = 3.0;

/// With `--calibrate`, a too-slow solution runs against this multiple of the time limits and
/// must still get TLE, so it is not a borderline case that a faster machine would accept.
pub const TOO_SLOW_FACTOR: f64 = 1.5;

/// The verdict a solution category must get.
fn expected_verdict(category: &str) -> Option<Verdict> {
    Some(match category {
        "accepted" => Verdict::AC,
        "wrong_answer" => Verdict::WA,
        "time_limit_exceeded" => Verdict::TLE,
        "runtime_error" => Verdict::RE,
        "memory_limit_exceeded" => Verdict::MLE,
        _ => return None,
    })
}

fn check(name: &str, ok: bool, detail: impl Into<String>) -> Check {
    Check {
        check: name.to_string(),
        ok,
        detail: detail.into(),
        seconds: None,
    }
}

/// What `judge validate` is asked to do beyond its checks.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Enforce the time margins ([`MIN_MARGIN`], [`TOO_SLOW_FACTOR`]).
    pub calibrate: bool,
    /// Generate the generated tests even when cached, and compare with the cache.
    pub regenerate: bool,
}

/// Validates one problem; solutions run with `config`.
pub async fn validate(
    catalog: &Catalog,
    slug: &str,
    config: &RunConfig,
    options: Options,
    work: &Path,
    say_why: SayWhy,
) -> ProblemValidation {
    let calibrate = options.calibrate;
    let started = std::time::Instant::now();
    let mut checks = Vec::new();
    let mut problem = match catalog.problem(slug) {
        Ok(p) => p,
        Err(e) => {
            checks.push(check(
                "schema",
                false,
                format!("{e} {}", e.details().trim()),
            ));
            return ProblemValidation {
                problem: slug.to_string(),
                ok: false,
                checks,
                seconds: started.elapsed().as_secs_f64(),
            };
        }
    };
    checks.push(check(
        "schema",
        true,
        format!("{} tests", problem.tests.len()),
    ));
    let generated = problem
        .tests
        .iter()
        .filter(|t| t.generate.is_some())
        .count();
    if generated > 0 {
        // Generated tests come from the cache (keyed by the generator, its arguments and the
        // reference); with --regenerate they are made again and must equal the cache, since the
        // generator and the reference must be deterministic.
        let began = std::time::Instant::now();
        let outcome =
            crate::generate::materialize(&mut problem, config, options.regenerate, say_why).await;
        let timed = |mut c: Check| {
            c.seconds = Some(began.elapsed().as_secs_f64());
            c
        };
        match outcome {
            Ok(changed) if changed.is_empty() => checks.push(timed(check(
                "generated",
                true,
                if options.regenerate {
                    format!("{generated} tests regenerated")
                } else {
                    format!("{generated} tests")
                },
            ))),
            Ok(changed) => checks.push(timed(check(
                "generated",
                false,
                format!(
                    "regenerated tests differ from the cache: {}",
                    changed.join(", ")
                ),
            ))),
            Err(e) => {
                checks.push(timed(check("generated", false, e)));
                return ProblemValidation {
                    problem: slug.to_string(),
                    ok: false,
                    checks,
                    seconds: started.elapsed().as_secs_f64(),
                };
            }
        }
    }
    checks.push(check(
        "statement",
        !problem.statement.trim().is_empty(),
        format!("{} characters", problem.statement.trim().len()),
    ));
    if let Some(c) = teaching(&problem.teaching, matches!(catalog, Catalog::Builtin)) {
        checks.push(c);
    }
    if problem.validator.is_some() {
        checks.push(run_validator(&problem, config, work, options.regenerate));
    }
    let samples = problem.tests.iter().filter(|t| t.sample).count();
    checks.push(check(
        "samples",
        samples > 0,
        format!("{samples} visible samples"),
    ));
    checks.push(duplicates(&problem));

    let copies = working_copies(catalog, config);
    let files = match catalog.solution_files(slug) {
        Ok(f) => f,
        Err(e) => {
            checks.push(check("solutions", false, e.to_string()));
            Vec::new()
        }
    };
    let has = |lang: &str| {
        files
            .iter()
            .any(|f| f.category == "accepted" && f.name.ends_with(lang))
    };
    // The built-in catalog promises a reference in both languages; another catalog (an imported
    // package, a practice repository's own problems) needs one accepted solution to prove it.
    let (py, rs) = (has(".py"), has(".rs"));
    let python_only = crate::lang::rust_unsupported(&problem.interface).is_some();
    checks.push(match catalog {
        Catalog::Builtin if python_only => check(
            "references",
            py,
            "an accepted solution in Python (the problem has no Rust version)",
        ),
        Catalog::Builtin => check(
            "references",
            py && rs,
            "accepted solutions in Python and in Rust",
        ),
        _ => check(
            "references",
            py || rs,
            match (py, rs) {
                (true, true) => "accepted solutions in Python and in Rust",
                (true, false) => "an accepted solution in Python (none in Rust)",
                (false, true) => "an accepted solution in Rust (none in Python)",
                (false, false) => "no accepted solution: add one under solutions/accepted/",
            },
        ),
    });
    let levels = problem.level_count();
    if levels > 0 {
        // Each level needs a solution that passes the levels before it and fails it.
        let missing: Vec<String> = (1..=levels)
            .filter(|n| {
                !files
                    .iter()
                    .any(|f| f.category != "accepted" && solution_level(&f.name) == Some(*n))
            })
            .map(|n| format!("level{n}_*"))
            .collect();
        checks.push(check(
            "levels",
            missing.is_empty(),
            if missing.is_empty() {
                format!("{levels} levels, each with a solution that fails it")
            } else {
                format!(
                    "no failing solution named {} (under solutions/wrong_answer/ or another failing verdict)",
                    missing.join(", ")
                )
            },
        ));
    }
    for f in &files {
        let label = format!("{}/{}", f.category, f.name);
        let Some(want) = expected_verdict(&f.category) else {
            checks.push(check(
                &label,
                false,
                format!("unknown solution folder `{}`", f.category),
            ));
            continue;
        };
        // Working copies live at a path that is the same from run to run (for this catalog), so
        // a second validation finds the Rust solutions compiled: the compile cache is keyed by
        // content and path.
        let dir = copies.join(slug).join("solutions").join(&f.category);
        let path = dir.join(&f.name);
        if write_copy(&dir, &path, &f.contents).is_err() {
            checks.push(check(&label, false, "cannot write a working copy"));
            continue;
        }
        if Language::from_path(&path).is_err() {
            continue; // notes, inputs and other files may live beside solutions
        }
        // A solution expected to fail stops at its first failure, and runs one test at a time:
        // the first failing test is usually a large one, and a second test started beside it
        // would burn its whole limit too before being stopped (other problems use the cores).
        let cfg = RunConfig {
            fail_fast: want != Verdict::AC,
            jobs: if want == Verdict::AC { config.jobs } else { 1 },
            ..config.clone()
        };
        // A too-slow solution must be too slow by a margin: with --calibrate it runs against
        // TOO_SLOW_FACTOR times its limits and must still get TLE.
        let slow_check = calibrate && want == Verdict::TLE;
        // `levelN_*` of a progressive problem is judged at level N and must fail there.
        let level = solution_level(&f.name).filter(|_| levels > 0 && want != Verdict::AC);
        let leveled = match level.map(|n| problem.at_level(n)) {
            None => None,
            Some(Ok(p)) => Some(p),
            Some(Err(why)) => {
                checks.push(check(&label, false, why));
                continue;
            }
        };
        let base = leveled.as_ref().unwrap_or(&problem);
        // An expected failure runs first the test it failed on in the last validation.
        let recall = (want != Verdict::AC)
            .then(|| FirstFailure::of(config, slug, &label, level, &f.contents));
        let recalled = recall.as_ref().and_then(FirstFailure::recall);
        let reordered;
        let judged = if want == Verdict::TLE || recalled.is_some() {
            let mut p = if slow_check {
                base.with_time_scaled(TOO_SLOW_FACTOR)
            } else {
                base.clone()
            };
            if want == Verdict::TLE {
                largest_first(&mut p);
            }
            if let Some(name) = &recalled {
                run_first(&mut p, name);
            }
            reordered = p;
            &reordered
        } else {
            base
        };
        let began = std::time::Instant::now();
        let mut verdict_check = match runner::run(judged, &path, &cfg, &mut ()).await {
            Err(e) => check(&label, false, e.to_string()),
            Ok(mut r) => {
                if calibrate && want == Verdict::AC && r.verdict == Verdict::AC {
                    remeasure(&problem, &path, &cfg, &mut r).await;
                }
                let ok = r.verdict == want;
                let failing = r.tests.iter().find(|t| t.verdict != Verdict::AC);
                if let (true, Some(recall), Some(t)) = (ok, &recall, failing) {
                    recall.remember(&t.name);
                }
                let mut detail = match (ok, failing) {
                    (true, None) => format!("AC on {} tests", r.total),
                    (true, Some(t)) => format!("{} on {}", r.verdict, t.name),
                    (false, Some(t)) => format!(
                        "got {} on {} ({}), expected {want}",
                        t.verdict,
                        t.name,
                        say_why(t)
                    ),
                    (false, None) => match &r.compile_error {
                        Some(m) => format!("got {}: {}", r.verdict, m.lines().next().unwrap_or("")),
                        None => format!("got {}, expected {want}", r.verdict),
                    },
                };
                let mut ok = ok;
                if let (Some(n), Some(t), Some(prog)) = (level, failing, &problem.progression) {
                    let at = prog.level_of(&t.name).unwrap_or(0);
                    detail.push_str(&format!(" (level {at})"));
                    if ok && at != n {
                        ok = false;
                        detail.push_str(&format!(
                            "; a level{n}_ solution must pass levels 1 to {} and fail level {n}",
                            n - 1
                        ));
                    }
                }
                if calibrate && want == Verdict::AC {
                    let (cpu, limit) = slowest_share(&problem, &r);
                    let share = cpu.as_secs_f64() / limit.as_secs_f64().max(1e-9);
                    let margin = 1.0 / share.max(1e-9);
                    detail.push_str(&format!(
                        "; max CPU {:.3} s of {:.2} s ({:.0}%, {:.1}x margin)",
                        cpu.as_secs_f64(),
                        limit.as_secs_f64(),
                        share * 100.0,
                        margin
                    ));
                    if ok && margin < MIN_MARGIN {
                        ok = false;
                        detail.push_str(&format!(
                            "; below the {MIN_MARGIN}x margin an accepted solution needs: raise the limit or shrink the tests"
                        ));
                    }
                }
                if slow_check {
                    if ok {
                        detail.push_str(&format!(" even at {TOO_SLOW_FACTOR}x the time limit"));
                    } else if r.verdict != Verdict::TLE {
                        // How far it is from the mark tells the author what to change: a
                        // larger test, or a tighter limit.
                        let (cpu, limit) = slowest_share(judged, &r);
                        let share =
                            cpu.as_secs_f64() / limit.as_secs_f64().max(1e-9) * TOO_SLOW_FACTOR;
                        detail.push_str(&format!(
                            " (its slowest test used {share:.2}x the time limit; at {TOO_SLOW_FACTOR}x the time limit: a too-slow solution must need at least that much)"
                        ));
                    }
                }
                check(&label, ok, detail)
            }
        };
        verdict_check.seconds = Some(began.elapsed().as_secs_f64());
        checks.push(verdict_check);
    }
    ProblemValidation {
        problem: slug.to_string(),
        ok: checks.iter().all(|c| c.ok),
        checks,
        seconds: started.elapsed().as_secs_f64(),
    }
}

/// How many more times `--calibrate` runs an accepted solution's test that used more than
/// 1/[`MIN_MARGIN`] of its time limit, keeping its least CPU time.
const REMEASURES: usize = 2;

/// Runs again, one at a time, each test on which the accepted solution of `report` used more
/// than 1/[`MIN_MARGIN`] of its time limit, [`REMEASURES`] more times, and keeps each test's
/// least CPU time: CPU time grows when the other checks run beside it (shared caches, a busy
/// sibling core), and a margin must not depend on the machine being idle. A solution that is
/// slow on a quiet machine stays slow: every run of it is.
async fn remeasure(problem: &Problem, path: &Path, cfg: &RunConfig, report: &mut RunReport) {
    let language = report.language.name();
    let heavy = over_margin(&report.tests, |name| {
        let case = problem.tests.iter().find(|c| c.name == name)?;
        Some(problem.limits_for(case, language).time)
    });
    if heavy.is_empty() {
        return;
    }
    let mut again = problem.clone();
    again.tests.retain(|t| heavy.contains(&t.name));
    let cfg = RunConfig {
        jobs: 1,
        fail_fast: true,
        ..cfg.clone()
    };
    for _ in 0..REMEASURES {
        let Ok(rerun) = runner::run(&again, path, &cfg, &mut ()).await else {
            return;
        };
        keep_least(&mut report.tests, &rerun.tests);
    }
}

/// The names of the tests on which the solution used more than 1/[`MIN_MARGIN`] of its time
/// limit (`limit_of` a test's name; a test it does not know is left out).
fn over_margin(
    tests: &[crate::runner::TestResult],
    limit_of: impl Fn(&str) -> Option<Duration>,
) -> Vec<String> {
    tests
        .iter()
        .filter(|t| {
            limit_of(&t.name)
                .is_some_and(|limit| t.cpu.as_secs_f64() * MIN_MARGIN > limit.as_secs_f64())
        })
        .map(|t| t.name.clone())
        .collect()
}

/// Keeps, for each test of `kept`, the lesser of its CPU time and that of an accepted run of
/// the same test in `rerun` (a failed run measures nothing).
fn keep_least(kept: &mut [crate::runner::TestResult], rerun: &[crate::runner::TestResult]) {
    for t in rerun.iter().filter(|t| t.verdict == Verdict::AC) {
        if let Some(k) = kept.iter_mut().find(|k| k.name == t.name) {
            k.cpu = k.cpu.min(t.cpu);
        }
    }
}

/// The CPU time and the time limit of the test of `report` that used the largest share of its
/// own limit (each test may have limits of its own), zero when no test ran.
fn slowest_share(problem: &Problem, report: &RunReport) -> (Duration, Duration) {
    let share =
        |(cpu, limit): &(Duration, Duration)| cpu.as_secs_f64() / limit.as_secs_f64().max(1e-9);
    report
        .tests
        .iter()
        .filter_map(|t| {
            let case = problem.tests.iter().find(|c| c.name == t.name)?;
            Some((t.cpu, problem.limits_for(case, report.language.name()).time))
        })
        .max_by(|a, b| share(a).total_cmp(&share(b)))
        .unwrap_or_default()
}

/// Orders the tests of a solution expected to be too slow from the largest input down, so it
/// meets its first TLE on the first test instead of first spending most of its limit on every
/// smaller test (too-slow solutions took 64% of the CPU time of the whole catalog's checks). The
/// check asks for TLE on some test and no other failure on the tests it ran, the rule of the
/// Kattis package format for `time_limit_exceeded` (required TLE, permitted AC); stopping at the
/// first TLE leaves the later, smaller tests unrun, as every expected failure does.
fn largest_first(problem: &mut Problem) {
    problem
        .tests
        .sort_by_key(|t| std::cmp::Reverse(t.input.len()));
}

/// Where validation remembers the test an expected failure (a wrong or too-slow solution)
/// first failed on, so the next validation runs that test first and stops there: ordering by
/// size alone let a too-slow solution spend most of its limit on several large tests it passes
/// before the one it fails. The name is kept under a hash of the solution's path and contents
/// (and its level), so an edited solution starts afresh. It changes only the order of the
/// tests, never what a check asks: a remembered test that no longer fails (the tests changed)
/// is followed by the others, as in a first validation.
struct FirstFailure {
    file: std::path::PathBuf,
}

impl FirstFailure {
    fn of(
        config: &RunConfig,
        slug: &str,
        label: &str,
        level: Option<usize>,
        contents: &[u8],
    ) -> Self {
        let key = cache_key(&[
            slug.as_bytes(),
            label.as_bytes(),
            &level.unwrap_or(0).to_le_bytes(),
            contents,
        ]);
        FirstFailure {
            file: config.cache_dir.join("first-failures").join(slug).join(key),
        }
    }

    fn recall(&self) -> Option<String> {
        let name = std::fs::read_to_string(&self.file).ok()?;
        (!name.is_empty()).then_some(name)
    }

    fn remember(&self, test: &str) {
        if self.recall().as_deref() == Some(test) {
            return;
        }
        // A cache that cannot be written only costs the next validation time.
        if let Some(dir) = self.file.parent() {
            let _ = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&self.file, test));
        }
    }
}

/// Moves the test named `name` to the front, the others keeping their order.
fn run_first(problem: &mut Problem, name: &str) {
    if let Some(i) = problem.tests.iter().position(|t| t.name == name) {
        let t = problem.tests.remove(i);
        problem.tests.insert(0, t);
    }
}

/// The level a solution of a progressive problem is written to fail: `level3_no_ttl.py` → 3.
fn solution_level(name: &str) -> Option<usize> {
    let rest = name.strip_prefix("level")?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if rest[digits.len()..].starts_with('_') {
        digits.parse().ok()
    } else {
        None
    }
}

/// Where `judge validate` keeps the working copies of this catalog's solutions: one folder per
/// catalog in the cache, named by a hash of the catalog's identity (built-in, or its folders).
fn working_copies(catalog: &Catalog, config: &RunConfig) -> std::path::PathBuf {
    use sha2::{Digest, Sha256};
    let id = Sha256::digest(format!("{catalog:?}").as_bytes());
    let name: String = id.iter().take(8).map(|b| format!("{b:02x}")).collect();
    config.cache_dir.join("validate").join(name)
}

/// Writes a working copy unless it already holds `contents`; through a temporary file renamed
/// into place, so a validation running beside this one never reads half a file.
fn write_copy(dir: &Path, path: &Path, contents: &[u8]) -> std::io::Result<()> {
    if std::fs::read(path).is_ok_and(|old| old == contents) {
        return Ok(());
    }
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, contents)?;
    // Readable like a file written in place (a temporary file is private).
    use std::os::unix::fs::PermissionsExt;
    tmp.as_file()
        .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// The input a validator reads for a test: stdin text, or the JSON of the arguments or calls.
pub(crate) fn validator_input(problem: &Problem, t: &crate::catalog::TestCase) -> String {
    match t.values.as_deref() {
        Some(values) => values.input_json(&problem.interface),
        None => t.input.to_string(),
    }
}

/// Runs the problem's input validator on every test; each must exit 0.
///
/// An input the validator accepted is remembered in the cache directory by a hash of all that
/// decides the answer (the validator's name and source, the interpreter, the author limits and
/// the input), so a later validation runs the validator only on what changed; with `fresh`
/// (`--regenerate`) every input is checked again. A rejection is never remembered: its message
/// is always the validator's own, from this run.
fn run_validator(problem: &Problem, config: &RunConfig, work: &Path, fresh: bool) -> Check {
    let (name, source) = problem.validator.clone().expect("called with a validator");
    let fail = |m: String| check("validator", false, m);
    let unprivileged = config.isolation.apply.run_as.is_some();
    let python = match crate::lang::Python::resolve(unprivileged) {
        Ok(p) => p,
        Err(e) => return fail(e.to_string()),
    };
    let dir = work.join(problem.slug()).join("validator");
    let copy = dir.join(Path::new(&name).file_name().unwrap_or_default());
    if std::fs::create_dir_all(&dir)
        .and_then(|()| std::fs::write(&copy, source.as_slice()))
        .is_err()
    {
        return fail("cannot write a working copy".to_string());
    }
    let sandbox =
        sandbox::Sandbox::new(&config.launcher).with_layers(config.isolation.apply.clone());
    let limits = runner::authors::limits(&problem.limits.authors);
    let script = python.script(&copy);
    // The validator as a stdio program of the harness's fork-server, started on the first
    // input that is not remembered.
    let mut server: Option<sandbox::Server> = None;
    let mut server_tried = false;
    let start_server = |sandbox: &sandbox::Sandbox| -> Option<sandbox::Server> {
        let served_copy = dir.join("served").join(Path::new(&name).file_name()?);
        std::fs::create_dir_all(served_copy.parent()?).ok()?;
        let exe = python
            .executable(Path::new(&name), source.as_slice(), &served_copy)
            .ok()?;
        let cmd = exe.server_command(limits.clone())?;
        sandbox.start_server(&cmd).ok()?.ok()
    };
    let mut rejected = Vec::new();
    let mut remembered = 0;
    let accepted_dir = config.cache_dir.join("validated").join(problem.slug());
    let accepted_before = |key: &str| !fresh && accepted_dir.join(key).is_file();
    let remember = |key: &str| {
        if std::fs::create_dir_all(&accepted_dir).is_ok() {
            // A cache that cannot be written only costs the next validation time.
            let _ = std::fs::write(accepted_dir.join(key), b"");
        }
    };
    for t in &problem.tests {
        let input = validator_input(problem, t);
        let key = validated_key(&name, &source, &python, &problem.limits.authors, &input);
        if accepted_before(&key) {
            remembered += 1;
            continue;
        }
        if !server_tried && !runner::fork_server_off_by_env() {
            server_tried = true;
            server = start_server(&sandbox);
        }
        let cmd = script
            .command(limits.clone())
            .stdin(sandbox::Stdin::Bytes(input.into_bytes()));
        // In the fork-server when there is one (a fork instead of an interpreter's start per
        // test); with exec when it cannot take this input.
        let served = server.as_mut().and_then(|s| s.run(&cmd).ok());
        let outcome = match served {
            Some(o) => Ok(o),
            None => {
                server = None;
                sandbox.run(&cmd)
            }
        };
        match outcome {
            Ok(o) if o.success() => remember(&key),
            // Stopped by a limit: the validator's fault, not the input's.
            Ok(o) if !o.limits_hit.is_empty() => {
                return fail(format!(
                    "{name} {} on {}",
                    runner::authors::exceeded(&o.limits_hit, &problem.limits.authors),
                    t.name
                ))
            }
            Ok(o) => {
                let why = String::from_utf8_lossy(&o.stdout).trim().to_string()
                    + String::from_utf8_lossy(&o.stderr_tail).trim();
                rejected.push(format!(
                    "{} ({})",
                    t.name,
                    why.lines().last().unwrap_or("rejected")
                ));
            }
            Err(e) => return fail(format!("sandbox failed: {e}")),
        }
    }
    if rejected.is_empty() {
        check(
            "validator",
            true,
            if remembered == 0 {
                format!("{name} accepts all {} inputs", problem.tests.len())
            } else {
                format!(
                    "{name} accepts all {} inputs ({remembered} remembered from an earlier validation)",
                    problem.tests.len()
                )
            },
        )
    } else {
        fail(format!("{name} rejects: {}", rejected.join(", ")))
    }
}

/// The name under which a validator's acceptance of `input` is remembered.
fn validated_key(
    name: &str,
    source: &[u8],
    python: &crate::lang::Python,
    limits: &impl std::fmt::Debug,
    input: &str,
) -> String {
    cache_key(&[
        name.as_bytes(),
        source,
        python.executable.as_os_str().as_encoded_bytes(),
        python.version.as_bytes(),
        format!("{limits:?}").as_bytes(),
        input.as_bytes(),
    ])
}

/// A name for a cache entry: the first 16 bytes, in hex, of the SHA-256 of `parts`, each
/// preceded by its length (so no two lists of parts share a name by their joins).
fn cache_key(parts: &[&[u8]]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for part in parts {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part);
    }
    h.finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The fewest and the most hints a problem has: a nudge first, the key idea last.
pub const HINTS: std::ops::RangeInclusive<usize> = 2..=4;

/// Hints and the explanation (`judge hint`, `judge solution`): the built-in catalog must have
/// them, [`HINTS`] hints and an explanation; another catalog may leave both out (no check is
/// listed), but what it writes is held to the same rule.
fn teaching(t: &crate::catalog::Teaching, required: bool) -> Option<Check> {
    let explained = t
        .explanation
        .as_deref()
        .is_some_and(|e| !e.trim().is_empty());
    if !required && t.hints.is_empty() && !explained {
        return None;
    }
    let n = t.hints.len();
    let mut missing = Vec::new();
    if !HINTS.contains(&n) {
        missing.push(format!(
            "{n} hint{} ({} to {} are needed)",
            if n == 1 { "" } else { "s" },
            HINTS.start(),
            HINTS.end()
        ));
    }
    if !explained {
        missing.push("no explanation".to_string());
    }
    Some(if missing.is_empty() {
        check("hints", true, format!("{n} hints and an explanation"))
    } else {
        check("hints", false, format!("missing: {}", missing.join(", ")))
    })
}

/// Tests with the same input, which test nothing new.
fn duplicates(problem: &Problem) -> Check {
    let mut seen: HashMap<&str, &str> = HashMap::new();
    let mut dups = Vec::new();
    for t in &problem.tests {
        if let Some(first) = seen.insert(&*t.input, t.name.as_str()) {
            dups.push(format!("{} = {first}", t.name));
        }
    }
    check(
        "duplicates",
        dups.is_empty(),
        if dups.is_empty() {
            "no two tests have the same input".to_string()
        } else {
            format!("same input: {}", dups.join(", "))
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Teaching;

    fn teaching_of(hints: usize, explanation: Option<&str>) -> Teaching {
        Teaching {
            hints: (0..hints).map(|i| format!("hint {i}")).collect(),
            explanation: explanation.map(String::from),
        }
    }

    #[test]
    fn hints_and_an_explanation_are_required_of_the_builtin_catalog_only() {
        let cases = [
            // (hints, explanation, built-in) -> (listed, ok, detail contains)
            (
                0,
                None,
                true,
                Some((
                    false,
                    "missing: 0 hints (2 to 4 are needed), no explanation",
                )),
            ),
            (
                3,
                Some("Hash map. O(n)."),
                true,
                Some((true, "3 hints and an explanation")),
            ),
            (2, Some("x"), true, Some((true, "2 hints"))),
            (4, Some("x"), true, Some((true, "4 hints"))),
            (1, Some("x"), true, Some((false, "1 hint (2 to 4"))),
            (5, Some("x"), false, Some((false, "5 hints (2 to 4"))),
            (
                3,
                Some("  \n"),
                true,
                Some((false, "missing: no explanation")),
            ),
            (3, None, false, Some((false, "no explanation"))),
            (0, None, false, None),
        ];
        for (hints, explanation, builtin, want) in cases {
            let got = teaching(&teaching_of(hints, explanation), builtin);
            match (got, want) {
                (None, None) => {}
                (Some(c), Some((ok, text))) => {
                    assert_eq!(c.ok, ok, "{hints} {explanation:?} {builtin}: {}", c.detail);
                    assert!(c.detail.contains(text), "{}", c.detail);
                    assert_eq!(c.check, "hints");
                }
                (got, want) => panic!("{hints} {explanation:?} {builtin}: {got:?} vs {want:?}"),
            }
        }
    }

    fn ran(name: &str, verdict: Verdict, ms: u64) -> crate::runner::TestResult {
        let mut t = crate::runner::TestResult::internal_error("");
        t.name = name.to_string();
        t.verdict = verdict;
        t.cpu = Duration::from_millis(ms);
        t
    }

    #[test]
    fn a_margin_is_measured_again_on_the_tests_over_it_keeping_the_least_time() {
        let limits = |name: &str| match name {
            "small" | "large" | "edge" => Some(Duration::from_secs(1)),
            "strict" => Some(Duration::from_millis(300)),
            _ => None,
        };
        let mut kept = vec![
            ran("small", Verdict::AC, 200),
            ran("large", Verdict::AC, 400),
            ran("edge", Verdict::AC, 340),
            ran("strict", Verdict::AC, 90),
            ran("unknown", Verdict::AC, 900),
        ];
        // 1/3 of a second is the bar for a 1 s limit, 0.1 s for 0.3 s.
        assert_eq!(over_margin(&kept, limits), ["large", "edge"]);
        kept[3].cpu = Duration::from_millis(101);
        assert_eq!(over_margin(&kept, limits), ["large", "edge", "strict"]);
        // A faster accepted run replaces a time, a slower one does not, a failed one is ignored.
        keep_least(
            &mut kept,
            &[
                ran("large", Verdict::AC, 300),
                ran("edge", Verdict::AC, 500),
                ran("strict", Verdict::TLE, 10),
            ],
        );
        let times: Vec<u64> = kept.iter().map(|t| t.cpu.as_millis() as u64).collect();
        assert_eq!(times, [200, 300, 340, 101, 900]);
        assert_eq!(over_margin(&kept, limits), ["edge", "strict"]);
    }
}
