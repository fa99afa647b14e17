//! The complexity report's core: [`measure`] runs a solution on inputs from the problem's
//! `sizes:` generator at growing sizes n (1, 2, 4, ... up to `max`, and past it while the times
//! are still too small to show a growth), a few seeds per size, in the normal sandboxed runner,
//! and keeps the fastest CPU time of each size (interference from other processes only ever
//! adds time, so the minimum is the least disturbed); [`fit::classify`] names the growth. It returns
//! facts ([`Measurement`]); `report::complexity` says them.
//!
//! Inputs and expected outputs are made by [`crate::generate`] (the generator, then the
//! reference), cached like any generated test, so a second report on the same problem only runs
//! the solution. A wrong answer, a crash or a limit during the measurement ends it and is part
//! of the facts, never dropped.

pub mod fit;

use std::path::Path;
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::catalog::{Growth, Problem, TestCase};
use crate::generate::SayWhy;
use crate::lang::Language;
use crate::runner::{self, RunConfig, RunError, TestResult};
use crate::verdict::Verdict;
pub use fit::{classify, Candidate, Classified, Finding, Point, Unclear};

/// How long to measure and how many inputs per size.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// The solution's CPU time the whole measurement may take (about).
    pub budget: Duration,
    /// Inputs (generator seeds) per size.
    pub seeds: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            budget: Duration::from_secs(10),
            seeds: 3,
        }
    }
}

/// What a size's times are: of the solution's calls, or of its whole process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Timing {
    /// The CPU time of the calls of the user's code, as the harness measured it: without
    /// starting the program, parsing the input and printing the result (function and design
    /// problems). Parsing is O(n), and at the sizes a problem allows it is often most of a
    /// process's time, which hides the log n of an O(n log n) solution.
    Call,
    /// The CPU time of the whole process (stdio problems, or a harness that could not read a
    /// CPU clock).
    Process,
}

/// One size: every run's CPU time and the fastest of them.
#[derive(Debug, Clone, Serialize)]
pub struct Size {
    pub n: u64,
    /// CPU seconds of each run (of the calls or of the process: see [`Timing`]).
    pub samples: Vec<f64>,
    /// The fastest: the point that is fitted. On a shared machine other processes slow a run
    /// (cache and memory bandwidth taken, CPU time charged while waiting on them) but never
    /// speed it up, so the minimum of a size's runs is the most faithful of its times, and
    /// far steadier than their median.
    pub fastest: f64,
    /// The fastest run's whole process, in CPU seconds (the budget is spent on processes).
    pub process: f64,
    /// Larger than the constraints' `max` (measured to see a growth at all).
    pub beyond_max: bool,
}

/// A run that did not pass during the measurement.
#[derive(Debug, Clone)]
pub struct Trouble {
    pub n: u64,
    pub seed: u64,
    pub result: TestResult,
    /// The time limit of the run (what is left of the budget): a TLE here is "too slow to
    /// measure further", not a failure of the solution.
    pub limit: Duration,
}

/// Why the sizes stopped growing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stop {
    /// The next size would pass the time budget.
    Budget,
    /// The solution's runs took [`WALL_FACTOR`] times the budget in wall-clock time: a machine
    /// so loaded that CPU time no longer bounds the wait.
    Wall,
    /// `max` was reached (or the largest size measured past it).
    Largest,
    /// A run failed (see [`Measurement::trouble`]).
    Failed,
}

/// Everything measured, and the fit.
#[derive(Debug, Clone)]
pub struct Measurement {
    pub language: Language,
    /// The constraints' largest size.
    pub max: u64,
    /// The class the problem expects, if it says.
    pub expected: Option<Growth>,
    /// The problem's time limit for this language.
    pub limit: Duration,
    pub sizes: Vec<Size>,
    /// What the sizes' times are.
    pub timing: Timing,
    pub stop: Stop,
    pub trouble: Option<Trouble>,
    pub classified: Classified,
    /// The fitted class's time at `max`, in seconds, when a class was named.
    pub at_max: Option<f64>,
    /// The solution's CPU seconds over the whole measurement.
    pub spent: f64,
}

#[derive(Debug, thiserror::Error)]
pub enum MeasureError {
    #[error("`{0}` has no `sizes:` in its problem.yaml: there is no generator of inputs of a given size to measure with")]
    NoSizes(String),
    #[error("{0}")]
    Run(#[from] RunError),
    #[error("the solution does not compile: {0}")]
    Compile(String),
    #[error("{0}")]
    Generate(String),
}

/// Past `max`, sizes keep growing while the largest time has grown less than this above the
/// smallest, or less than this many times it (too little to tell classes apart), up to `max`
/// times [`BEYOND`].
const ENOUGH_GROWTH_SECONDS: f64 = 0.25;
/// [`ENOUGH_GROWTH_SECONDS`] for the times of the calls alone, which are exact to the
/// microsecond: sizes past `max` add what the data outgrowing the processor's caches does
/// (an O(n) Rust scan went from 0.5 to 2 ns per element between 10^5 and 3·10^6 values).
const ENOUGH_CALL_GROWTH_SECONDS: f64 = 0.05;
const ENOUGH_GROWTH_RATIO: f64 = 10.0;
const BEYOND: u64 = 64;
/// The measurement ends when the wall-clock time of the solution's runs passes this many times
/// the budget (a machine with 16 busy processes per 2 cores runs each at about 1/8 of a core).
pub const WALL_FACTOR: f64 = 20.0;

/// Measures `solution` on `problem` at growing sizes; `progress` hears of each size measured.
pub async fn measure(
    problem: &Problem,
    solution: &Path,
    config: &RunConfig,
    opts: Options,
    say_why: SayWhy,
    progress: &mut dyn FnMut(&Size),
) -> Result<Measurement, MeasureError> {
    let sizes = problem
        .sizes
        .clone()
        .ok_or_else(|| MeasureError::NoSizes(problem.slug().to_string()))?;
    let language = Language::from_path(solution).map_err(RunError::from)?;
    let probe = TestCase {
        name: String::new(),
        sample: false,
        input: "".into(),
        output: "".into(),
        values: None,
        limits: Default::default(),
        compare: None,
        generate: None,
    };
    let limit = problem.limits_for(&probe, language.name());
    let budget = opts.budget.as_secs_f64();
    // Wall-clock seconds of the solution's runs (not of making the inputs, which are cached).
    let mut wall = 0.0;
    let mut measured: Vec<Size> = Vec::new();
    let mut spent = 0.0;
    let mut trouble = None;
    // The calls' times while every run so far reported them; one run that did not (a harness
    // without a CPU clock) makes the whole measurement use the processes' times.
    let mut timing = Timing::Call;
    let stop;
    let mut n = sizes.min;
    loop {
        let repeats = 1;
        let left = (budget - spent).max(1.0);
        let run_limit = Duration::from_secs_f64(left.min(budget.max(1.0)));
        let mut p = problem.clone();
        p.tests = (1..=opts.seeds)
            .flat_map(|seed| (0..repeats).map(move |r| (seed, r)))
            .map(|(seed, r)| TestCase {
                name: format!("n={n} seed={seed} run={r}"),
                generate: Some(generate(&sizes, n, seed)),
                ..probe.clone()
            })
            .collect();
        p.limits.base.time = run_limit;
        for o in p.limits.by_language.values_mut() {
            o.time = None;
        }
        crate::generate::materialize(&mut p, config, false, say_why)
            .await
            .map_err(MeasureError::Generate)?;
        let cfg = RunConfig {
            fail_fast: true,
            samples_only: false,
            filter: None,
            keep_outputs: false,
            time_calls: true,
            ..config.clone()
        };
        let running = Instant::now();
        let report = runner::run(&p, solution, &cfg, &mut ()).await?;
        wall += running.elapsed().as_secs_f64();
        if let Some(msg) = report.compile_error {
            return Err(MeasureError::Compile(msg));
        }
        spent += report
            .tests
            .iter()
            .map(|t| t.cpu.as_secs_f64())
            .sum::<f64>();
        if let Some(bad) = report.tests.iter().find(|t| t.verdict != Verdict::AC) {
            if n > sizes.max && matches!(bad.verdict, Verdict::TLE | Verdict::MLE) {
                // Past the constraints, a limit is where measuring ends, not a fault.
                stop = Stop::Largest;
                break;
            }
            let seed = (bad.index / repeats) as u64 + 1;
            trouble = Some(Trouble {
                n,
                seed,
                result: bad.clone(),
                limit: run_limit,
            });
            stop = Stop::Failed;
            break;
        }
        if report.tests.iter().any(|t| t.call_cpu.is_none()) && timing == Timing::Call {
            timing = Timing::Process;
            for s in &mut measured {
                s.samples = vec![s.process];
                s.fastest = s.process;
            }
        }
        let mut runs: Vec<(f64, f64)> = report
            .tests
            .iter()
            .map(|t| {
                let process = t.cpu.as_secs_f64();
                match (timing, t.call_cpu) {
                    (Timing::Call, Some(c)) => (c.as_secs_f64(), process),
                    _ => (process, process),
                }
            })
            .collect();
        runs.sort_by(|x, y| x.0.total_cmp(&y.0));
        let fastest = runs[0].0;
        let process = runs.iter().map(|r| r.1).fold(f64::MAX, f64::min);
        let size = Size {
            n,
            samples: runs.iter().map(|r| r.0).collect(),
            fastest,
            process,
            beyond_max: n > sizes.max,
        };
        progress(&size);
        measured.push(size);
        let fastest_process = process;

        let first = measured[0].fastest;
        let enough = match timing {
            Timing::Call => ENOUGH_CALL_GROWTH_SECONDS,
            Timing::Process => ENOUGH_GROWTH_SECONDS,
        };
        let grown = fastest - first >= enough && fastest >= first * ENOUGH_GROWTH_RATIO;
        if n >= sizes.max && (grown || n >= sizes.max.saturating_mul(BEYOND)) {
            stop = Stop::Largest;
            break;
        }
        // The next size's time, guessed from the last growth (at least doubling, as the work
        // of reading an input of twice the size does).
        let growth = match measured.len() {
            0 | 1 => 2.0,
            k => (fastest_process / measured[k - 2].process).clamp(1.5, 64.0),
        };
        let next = fastest_process * growth * (opts.seeds * repeats as u64) as f64;
        if spent + next > budget {
            stop = Stop::Budget;
            break;
        }
        if wall > WALL_FACTOR * budget {
            stop = Stop::Wall;
            break;
        }
        // While the times are flat (start-up only), sizes grow by 4: nothing is learnt there
        // but the start-up cost, which the first sizes already give. Once they grow, by √2,
        // so that the sizes that tell the classes apart are many.
        let next_n = if measured.len() >= 3 && fastest < first * 1.25 {
            n.saturating_mul(4)
        } else {
            ((n as f64 * std::f64::consts::SQRT_2).ceil() as u64).max(n + 1)
        };
        n = next_size(n, next_n, sizes.max);
    }
    let points: Vec<Point> = measured
        .iter()
        .map(|s| Point {
            n: s.n,
            seconds: s.fastest,
        })
        .collect();
    let mut classified = fit::classify_within(
        &points,
        match timing {
            Timing::Call => fit::MIN_CALL_WORK_SECONDS,
            Timing::Process => fit::MIN_WORK_SECONDS,
        },
        Some(sizes.max),
    );
    // When the calls' times leave the class unclear, the processes' may not: a fast O(n)
    // solution whose per-element time the caches raise past `max` looks O(n) again once reading
    // the input (a constant per element) is most of its time. Only when the calls' power of
    // log n is above any log, or their times are noisy (a quickselect's random pivots) and the
    // power leans to O(n): a power between (an O(n log n) recursion with a large O(n) part) is
    // a log the processes' reading of the input would hide (a Python merge sort, noisy or
    // between in its calls, was named O(n) by its processes).
    let cache_or_noise = match classified.finding {
        Finding::Unclear(Unclear::Noisy { .. }) => classified
            .log_power
            .is_some_and(|lp| lp.p <= 0.5 - fit::LOG_POWER_MARGIN),
        Finding::Unclear(_) => classified
            .log_power
            .is_some_and(|lp| lp.p > fit::LOG_POWER_MAX),
        Finding::Looks { .. } => false,
    };
    if timing == Timing::Call && cache_or_noise {
        let process: Vec<Point> = measured
            .iter()
            .map(|s| Point {
                n: s.n,
                seconds: s.process,
            })
            .collect();
        let whole = classify(&process);
        if matches!(whole.finding, Finding::Looks { .. }) {
            classified = whole;
            timing = Timing::Process;
            for s in &mut measured {
                s.fastest = s.process;
            }
        }
    }
    let at_max = match classified.finding {
        Finding::Looks { class, .. } => classified.candidate(class).map(|c| c.predict(sizes.max)),
        Finding::Unclear(_) => None,
    };
    Ok(Measurement {
        language,
        max: sizes.max,
        expected: problem.complexity,
        limit: limit.time,
        sizes: measured,
        timing,
        stop,
        trouble,
        classified,
        at_max,
        spent,
    })
}

/// The size after `n`, given the growth step's `next`: the maximum itself is measured, not a
/// size just below it or past it, before any size beyond it.
fn next_size(n: u64, next: u64, max: u64) -> u64 {
    if n < max && next.saturating_mul(8) >= max.saturating_mul(7) {
        max
    } else {
        next
    }
}

/// The generated test of size `n` and this seed: `{n}` in the generator's arguments replaced by
/// `n`, which may pass `max` (unlike [`crate::catalog::Sizes::generate`]) when the times at
/// `max` are too small to measure.
fn generate(sizes: &crate::catalog::Sizes, n: u64, seed: u64) -> crate::catalog::Generate {
    let n = n.max(sizes.min).to_string();
    crate::catalog::Generate {
        program: sizes.program.clone(),
        source: sizes.source.clone(),
        seed,
        args: (sizes.complexity_args.as_ref())
            .unwrap_or(&sizes.args)
            .iter()
            .map(|a| a.replace("{n}", &n))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::next_size;

    #[test]
    fn the_maximum_is_measured_on_the_way() {
        assert_eq!(
            next_size(69_512, 98_305, 100_000),
            100_000,
            "close below: the maximum"
        );
        assert_eq!(
            next_size(49_152, 196_608, 100_000),
            100_000,
            "past it: the maximum"
        );
        assert_eq!(
            next_size(12_288, 49_152, 100_000),
            49_152,
            "far below: the step"
        );
        assert_eq!(
            next_size(100_000, 141_422, 100_000),
            141_422,
            "beyond: the step"
        );
    }
}
