//! `judge stress`: random small inputs from the problem's `sizes:` generator, kept if the
//! problem's input validator accepts them, each run through the solution and through the
//! reference (or the user's own brute force), until they disagree, the solution crashes or runs
//! out of time; then the failing input is shrunk ([`shrink`]) to a small one that still fails.
//!
//! Every program runs in the sandbox: generators and the validator as the problem's own programs
//! (`runner::authors` limits), the solution and the reference through the runner with the
//! problem's limits and comparison, each prepared once ([`runner::prepare`]) and run on a few
//! inputs at a time. [`stress`] returns facts ([`StressReport`]); the reporting
//! layer says them.

pub mod shrink;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::catalog::{Interface, Problem, TestCase, ValueType};
use crate::lang::Python;
use crate::runner::{self, RunConfig, TestResult};
use crate::verdict::Verdict;
use shrink::Shape;

/// What the solution is compared with.
#[derive(Debug, Clone)]
pub enum Oracle {
    /// The problem's `reference:` solution.
    Reference,
    /// Another solution file (`--against`): the user's brute force.
    Program(PathBuf),
}

#[derive(Debug, Clone)]
pub struct Options {
    /// How long the random search may run.
    pub search: Duration,
    /// How long shrinking may run after a failure is found.
    pub shrink: Duration,
    /// The seed of the search: the same seed, the same inputs.
    pub seed: u64,
}

/// The largest size the random search reaches: inputs stay small so that a failure is small
/// already and shrinking is short.
pub const MAX_SEARCH_SIZE: u64 = 30;

/// Inputs judged at once.
const BATCH: usize = 8;

/// An input the search or the shrinker made: the text the generator prints (stdin text, or the
/// JSON of the arguments or calls).
#[derive(Debug, Clone, Serialize)]
pub struct Input {
    /// The generator's size and seed, for inputs it made; none for shrunk ones.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seed: Option<u64>,
    pub text: String,
}

/// A failing input and what happened on it.
#[derive(Debug, Clone, Serialize)]
pub struct Counterexample {
    pub input: Input,
    /// The input as `judge run` shows a test's input.
    pub shown: String,
    pub verdict: Verdict,
    /// What the oracle produced: the expected output.
    pub expected: String,
    /// The solution's result on it (verdict, why, its output).
    #[serde(skip)]
    pub result: TestResult,
}

/// How the shrinking went.
#[derive(Debug, Clone, Serialize)]
pub struct ShrinkStats {
    /// The smallest generator size that still failed, and its seed.
    pub size: u64,
    pub seed: u64,
    /// Smaller inputs taken, and candidates tried, by the structural shrinker.
    pub steps: usize,
    pub tried: usize,
    /// No smaller candidate fails (false: the time budget ran out first).
    pub minimal: bool,
    pub seconds: f64,
}

/// The facts of one `judge stress`.
#[derive(Debug, Clone, Serialize)]
pub struct StressReport {
    pub problem: String,
    pub solution: String,
    /// `reference solutions/accepted/x.py` or the `--against` file.
    pub oracle: String,
    pub seed: u64,
    /// Random inputs judged, and those the validator rejected.
    pub inputs: usize,
    pub rejected: usize,
    /// Inputs the oracle itself failed on (crashed, ran out of time): not judged.
    pub undecided: usize,
    /// The largest size reached.
    pub largest_size: u64,
    pub search_seconds: f64,
    /// Where the search failed first, and the input it was shrunk to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found: Option<Counterexample>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shrunk: Option<Counterexample>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shrinking: Option<ShrinkStats>,
    /// The oracle's first failure, when it failed on some inputs.
    #[serde(skip)]
    pub oracle_failure: Option<TestResult>,
}

#[derive(Debug, thiserror::Error)]
pub enum StressError {
    #[error("`{0}` has no `sizes:` generator, so there is nothing to make random inputs with")]
    NoSizes(String),
    #[error("`{0}` has no `reference:` solution: give your own with --against FILE")]
    NoReference(String),
    #[error("{0} does not compile: {1}")]
    Compile(String, String),
    #[error("the generator {program} failed on every input; first: {message}")]
    Generator { program: String, message: String },
    #[error(transparent)]
    Run(#[from] runner::RunError),
    #[error("{0}")]
    Io(String),
}

/// The verdict of one input.
enum Outcome {
    /// Not parsed, or rejected by the validator.
    Rejected,
    /// The oracle failed on it.
    Undecided(Box<TestResult>),
    Passed,
    Failed(Box<Counterexample>),
}

/// The programs of one stress run, ready in a working directory.
struct Lab<'a> {
    problem: &'a Problem,
    /// The solution and the oracle, each prepared (compiled, checked) once.
    solution: runner::Ready,
    oracle: runner::Ready,
    config: RunConfig,
    runtime: &'a tokio::runtime::Runtime,
    sandbox: sandbox::Sandbox,
    python: Python,
    generator: PathBuf,
    validator: Option<PathBuf>,
    _work: tempfile::TempDir,
}

/// Runs the stress test of `solution` on `problem`.
pub fn stress(
    problem: &Problem,
    solution: &Path,
    oracle: &Oracle,
    config: &RunConfig,
    runtime: &tokio::runtime::Runtime,
    options: &Options,
) -> Result<StressReport, StressError> {
    let slug = problem.slug().to_string();
    let sizes = problem
        .sizes
        .clone()
        .ok_or_else(|| StressError::NoSizes(slug.clone()))?;
    let io = |e: std::io::Error| StressError::Io(e.to_string());
    let work = tempfile::Builder::new()
        .prefix("judge-stress-")
        .tempdir()
        .map_err(io)?;
    let unprivileged = config.isolation.apply.run_as.is_some();
    if unprivileged {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(work.path(), std::fs::Permissions::from_mode(0o755));
    }
    // Each program in its own folder, under its own file name (a Rust reference compiles by it).
    let copy = |folder: &str, name: &str, source: &[u8]| -> Result<PathBuf, StressError> {
        let dir = work.path().join(folder);
        std::fs::create_dir_all(&dir).map_err(io)?;
        let path = dir.join(Path::new(name).file_name().unwrap_or_default());
        std::fs::write(&path, source).map_err(io)?;
        Ok(path)
    };
    let (oracle_path, oracle_name) = match oracle {
        Oracle::Program(p) => (p.clone(), p.display().to_string()),
        Oracle::Reference => {
            let (name, source) = problem
                .reference
                .clone()
                .ok_or_else(|| StressError::NoReference(slug.clone()))?;
            (
                copy("reference", &name, &source)?,
                format!("reference {name}"),
            )
        }
    };
    let generator = copy("generator", &sizes.program, &sizes.source)?;
    let validator = match &problem.validator {
        Some((name, source)) => Some(copy("validator", name, source)?),
        None => None,
    };
    let python = Python::resolve(unprivileged).map_err(|e| StressError::Io(e.to_string()))?;
    let config = RunConfig {
        fail_fast: false,
        samples_only: false,
        filter: None,
        keep_outputs: true,
        ..config.clone()
    };
    let ready = |path: &Path, shown: String| -> Result<runner::Ready, StressError> {
        let ready = runtime.block_on(runner::prepare(problem, path, &config))?;
        match ready.compile_error() {
            Some(m) => Err(StressError::Compile(
                shown,
                m.lines().next().unwrap_or("").to_string(),
            )),
            None => Ok(ready),
        }
    };
    let sandbox =
        sandbox::Sandbox::new(&config.launcher).with_layers(config.isolation.apply.clone());
    let lab = Lab {
        problem,
        solution: ready(solution, solution.display().to_string())?,
        oracle: ready(&oracle_path, oracle_name.clone())?,
        config,
        runtime,
        sandbox,
        python,
        generator,
        validator,
        _work: work,
    };
    let mut report = StressReport {
        problem: slug,
        solution: solution.display().to_string(),
        oracle: oracle_name,
        seed: options.seed,
        inputs: 0,
        rejected: 0,
        undecided: 0,
        largest_size: 0,
        search_seconds: 0.0,
        found: None,
        shrunk: None,
        shrinking: None,
        oracle_failure: None,
    };

    // 1. The random search: sizes from the smallest up, a little larger each batch.
    let started = Instant::now();
    let mut rng = SplitMix(options.seed);
    let (min, max) = (sizes.min, sizes.max.min(sizes.min + MAX_SEARCH_SIZE));
    let mut round = 0u64;
    let mut generated_any = false;
    let mut first_generator_error = None;
    while started.elapsed() < options.search {
        let cap = (min + 2 + round).min(max);
        round += 1;
        let picks: Vec<(u64, u64)> = (0..BATCH)
            .map(|_| (min + rng.below(cap - min + 1), rng.next() % 1_000_000_000))
            .collect();
        let inputs = lab.generate(&sizes, &picks);
        let mut texts = Vec::new();
        for ((n, seed), made) in picks.iter().zip(inputs) {
            match made {
                Ok(text) => texts.push(Input {
                    size: Some(*n),
                    seed: Some(*seed),
                    text,
                }),
                Err(e) => {
                    first_generator_error.get_or_insert(e);
                }
            }
        }
        if texts.is_empty() {
            if !generated_any {
                return Err(StressError::Generator {
                    program: sizes.program.clone(),
                    message: first_generator_error.unwrap_or_default(),
                });
            }
            continue;
        }
        generated_any = true;
        report.largest_size = report
            .largest_size
            .max(texts.iter().filter_map(|t| t.size).max().unwrap_or(0));
        let outcomes = lab.judge(&texts)?;
        report.inputs += texts.len();
        for (input, outcome) in texts.into_iter().zip(outcomes) {
            match outcome {
                Outcome::Rejected => report.rejected += 1,
                Outcome::Undecided(r) => {
                    report.undecided += 1;
                    report.oracle_failure.get_or_insert(*r);
                }
                Outcome::Passed => {}
                Outcome::Failed(mut c) => {
                    if report.found.is_none() {
                        c.input = input;
                        report.found = Some(*c);
                    }
                }
            }
        }
        if report.found.is_some() {
            break;
        }
    }
    report.search_seconds = started.elapsed().as_secs_f64();
    let Some(found) = report.found.clone() else {
        return Ok(report);
    };

    // 2. Delta debugging over the generator's size and seed: the smallest size that still
    // fails (with the same verdict), trying a few seeds per size.
    let shrink_started = Instant::now();
    let out_of_time = || shrink_started.elapsed() >= options.shrink;
    let verdict = found.verdict;
    let mut best = found.clone();
    let (mut best_n, mut best_seed) = (
        found.input.size.unwrap_or(min),
        found.input.seed.unwrap_or(0),
    );
    let mut n = min;
    'sizes: while n < best_n && !out_of_time() {
        let sizes_now: Vec<u64> = (n..best_n).take(2).collect();
        let mut picks = Vec::new();
        for &size in &sizes_now {
            picks.push((size, best_seed));
            for _ in 0..3 {
                picks.push((size, rng.next() % 1_000_000_000));
            }
        }
        let made = lab.generate(&sizes, &picks);
        let texts: Vec<Input> = picks
            .iter()
            .zip(made)
            .filter_map(|(&(size, seed), m)| {
                m.ok().map(|text| Input {
                    size: Some(size),
                    seed: Some(seed),
                    text,
                })
            })
            .collect();
        for (input, outcome) in texts.iter().zip(lab.judge(&texts)?) {
            if let Outcome::Failed(mut c) = outcome {
                if c.verdict == verdict {
                    c.input = input.clone();
                    (best_n, best_seed) = (input.size.unwrap_or(min), input.seed.unwrap_or(0));
                    best = *c;
                    break 'sizes;
                }
            }
        }
        n += sizes_now.len() as u64;
    }

    // 3. Structural shrinking of the input itself.
    let shape = shape_of(&problem.interface);
    let mut last: Option<Counterexample> = None;
    let shrunk = shrink::greedy(
        best.input.text.clone(),
        |text| shrink::candidates(text, &shape),
        |batch: &[String]| -> Result<Vec<bool>, StressError> {
            let inputs: Vec<Input> = batch
                .iter()
                .map(|t| Input {
                    size: None,
                    seed: None,
                    text: t.clone(),
                })
                .collect();
            let outcomes = lab.judge(&inputs)?;
            let mut answers = Vec::new();
            for (input, outcome) in inputs.into_iter().zip(outcomes) {
                let fails = match outcome {
                    Outcome::Failed(mut c) if c.verdict == verdict => {
                        if !answers.contains(&true) {
                            c.input = input;
                            last = Some(*c);
                        }
                        true
                    }
                    _ => false,
                };
                answers.push(fails);
            }
            Ok(answers)
        },
        BATCH,
        out_of_time,
    )?;
    let shrunk_case = match last {
        Some(c) if c.input.text == shrunk.value => c,
        _ => best,
    };
    report.shrinking = Some(ShrinkStats {
        size: best_n,
        seed: best_seed,
        steps: shrunk.steps,
        tried: shrunk.tried,
        minimal: shrunk.minimal,
        seconds: shrink_started.elapsed().as_secs_f64(),
    });
    report.shrunk = Some(shrunk_case);
    Ok(report)
}

/// How inputs of this interface are shrunk.
fn shape_of(interface: &Interface) -> Shape {
    match interface {
        Interface::Stdio => Shape::Text,
        Interface::Design(_) => Shape::Calls,
        Interface::Function(sig) => Shape::Arguments {
            trees: sig
                .params
                .iter()
                .filter(|p| p.ty == ValueType::TreeNode)
                .map(|p| p.name.clone())
                .collect(),
        },
    }
}

impl Lab<'_> {
    /// Runs the generator for each (size, seed), in parallel; what each printed, or why not.
    fn generate(
        &self,
        sizes: &crate::catalog::Sizes,
        picks: &[(u64, u64)],
    ) -> Vec<Result<String, String>> {
        let authors = &self.problem.limits.authors;
        self.parallel(picks, |&(n, seed)| {
            let g = sizes.generate(n, seed);
            let cmd = self
                .python
                .script(&self.generator)
                .command(runner::authors::limits(authors))
                .arg(g.seed.to_string())
                .args(g.args.iter());
            match self.sandbox.run(&cmd) {
                Ok(o) if o.success() => String::from_utf8(o.stdout)
                    .map_err(|_| format!("size {n}, seed {seed}: invalid UTF-8")),
                Ok(o) => Err(format!(
                    "size {n}, seed {seed}: {:?}{} {}",
                    o.termination,
                    if o.limits_hit.is_empty() {
                        String::new()
                    } else {
                        format!(", {}", runner::authors::exceeded(&o.limits_hit, authors))
                    },
                    String::from_utf8_lossy(&o.stderr_tail).trim()
                )),
                Err(e) => Err(e.to_string()),
            }
        })
    }

    /// `f` on every item, `config.jobs` at a time, results in order.
    fn parallel<T: Sync, R: Send>(&self, items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
        let jobs = self.config.jobs.max(1);
        let chunk = items.len().div_ceil(jobs).max(1);
        std::thread::scope(|s| {
            let handles: Vec<_> = items
                .chunks(chunk)
                .map(|part| s.spawn(|| part.iter().map(&f).collect::<Vec<R>>()))
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().expect("a sandbox run does not panic"))
                .collect()
        })
    }

    /// Whether the validator accepts each input (all, without one).
    fn valid(&self, inputs: &[String]) -> Vec<bool> {
        let Some(validator) = &self.validator else {
            return vec![true; inputs.len()];
        };
        let authors = &self.problem.limits.authors;
        self.parallel(inputs, |text| {
            let cmd = self
                .python
                .script(validator)
                .command(runner::authors::limits(authors))
                .stdin(sandbox::Stdin::Bytes(text.clone().into_bytes()));
            self.sandbox.run(&cmd).is_ok_and(|o| o.success())
        })
    }

    /// Judges a batch of inputs: validator, oracle, solution.
    fn judge(&self, inputs: &[Input]) -> Result<Vec<Outcome>, StressError> {
        let mut outcomes: Vec<Option<Outcome>> = inputs.iter().map(|_| None).collect();
        // Parsed against the interface, then checked by the validator.
        let mut subset = self.problem.clone();
        subset.tests = Vec::new();
        let mut index = Vec::new();
        for (i, input) in inputs.iter().enumerate() {
            subset.tests.push(blank_test(index.len()));
            let at = subset.tests.len() - 1;
            if crate::generate::apply_input(&mut subset, at, &input.text).is_ok() {
                index.push(i);
            } else {
                subset.tests.pop();
                outcomes[i] = Some(Outcome::Rejected);
            }
        }
        let texts: Vec<String> = index.iter().map(|&i| inputs[i].text.clone()).collect();
        let valid = self.valid(&texts);
        let mut kept = Vec::new();
        let mut tests = Vec::new();
        for ((&i, t), ok) in index.iter().zip(subset.tests.drain(..)).zip(valid) {
            if ok {
                kept.push(i);
                tests.push(t);
            } else {
                outcomes[i] = Some(Outcome::Rejected);
            }
        }
        if !kept.is_empty() {
            // The oracle's outputs are the expected outputs.
            let mut ask = subset.clone();
            ask.tests = tests;
            ask.compare = crate::compare::Comparison::Exact;
            let report = self.run(&ask, &self.oracle)?;
            let mut decided = Vec::new();
            let mut judged = subset.clone();
            judged.tests = Vec::new();
            for (pos, mut r) in report.tests.into_iter().enumerate() {
                let i = kept[pos];
                let mut test = ask.tests[pos].clone();
                test.name = format!("stress-{}", judged.tests.len() + 1);
                judged.tests.push(test);
                let at = judged.tests.len() - 1;
                let ok = matches!(r.verdict, Verdict::AC | Verdict::WA)
                    && crate::generate::apply_produced(&mut judged, at, &mut r).is_ok();
                if ok {
                    decided.push(i);
                } else {
                    judged.tests.pop();
                    outcomes[i] = Some(Outcome::Undecided(Box::new(r)));
                }
            }
            if !decided.is_empty() {
                let report = self.run(&judged, &self.solution)?;
                for (pos, r) in report.tests.into_iter().enumerate() {
                    let i = decided[pos];
                    let t = &judged.tests[pos];
                    outcomes[i] = Some(if r.verdict == Verdict::AC {
                        Outcome::Passed
                    } else {
                        Outcome::Failed(Box::new(Counterexample {
                            input: inputs[i].clone(),
                            shown: t.input.to_string(),
                            verdict: r.verdict,
                            expected: t.output.to_string(),
                            result: r,
                        }))
                    });
                }
            }
        }
        Ok(outcomes
            .into_iter()
            .map(|o| o.unwrap_or(Outcome::Rejected))
            .collect())
    }

    /// One run of a prepared program on `problem`'s tests.
    fn run(
        &self,
        problem: &Problem,
        program: &runner::Ready,
    ) -> Result<runner::RunReport, StressError> {
        Ok(self.runtime.block_on(runner::run_prepared(
            program,
            problem,
            &self.config,
            &mut (),
        ))?)
    }
}

/// A visible test with no data yet (the input and output are applied to it).
fn blank_test(i: usize) -> TestCase {
    TestCase {
        name: format!("stress-{}", i + 1),
        sample: true,
        input: "".into(),
        output: "".into(),
        values: None,
        limits: Default::default(),
        compare: None,
        generate: None,
    }
}

/// A small deterministic generator (SplitMix64): the same seed gives the same inputs.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}
