//! The command line: clap types whose doc comments are the help text, and the step that turns
//! them into plain options for [`commands`](crate::commands). Nothing else knows clap.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::app::{Format, Global};
use crate::commands::{self, history, list::ListOptions, mock, run::RunOptions};
use crate::exit::Failure;

const EXAMPLES: &str = "\
Examples:
  judge list                                   problems in the built-in catalog
  judge list --tag arrays --difficulty easy    filtered
  judge show range-sum-queries                 statement and samples
  judge run range-sum-queries solution.py      judge a solution
  judge run range-sum-queries sol.rs --samples --fail-fast
  judge run range-sum-queries sol.py --format json
  judge new two-sum --lang rs                  starter file with the exact signature
  judge history                                your attempts, newest first
  judge stats                                  solved by difficulty and tag, streak, activity
  judge next                                   what to practise next
  judge mock start --preset contest            a timed mock assessment
  judge submit two-sum two-sum.py              all tests, counted in the mock
  judge watch two-sum two-sum.py               re-run the samples on every save
  judge check                                  every solution of a practice repository
  judge import kattis ~/pkg/hello              a Kattis problem package into problems/

Exit codes:
  0  accepted            2  usage or input error (bad arguments, unknown problem, bad YAML)
  1  not accepted        3  internal error of the judge";

/// A local judge for coding-interview practice: runs Python and Rust solutions against a
/// problem's tests in a sandbox, with time and memory limits, and says exactly what went wrong.
#[derive(Debug, Parser)]
#[command(name = "judge", version, after_help = EXAMPLES, max_term_width = 100)]
pub struct Cli {
    /// Read problems from this folder instead of the built-in catalog.
    #[arg(long, global = true, env = "JUDGE_CATALOG", value_name = "DIR")]
    catalog: Option<PathBuf>,

    /// When to use colours (`NO_COLOR` set means never, unless `always`).
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FormatArg {
    Text,
    Json,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Text => Format::Text,
            FormatArg::Json => Format::Json,
        }
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run a solution against a problem's tests.
    #[command(after_help = "\
Examples:
  judge run range-sum-queries prefix.py
  judge run range-sum-queries prefix.rs --jobs 1 --fail-fast
  judge run range-sum-queries prefix.py --samples
  judge run range-sum-queries prefix.py --filter large --format json

The language comes from the file extension: .py (Python 3) or .rs (Rust, compiled with
rustc -O --edition 2021 and cached). Time limits are CPU time per test.")]
    #[command(display_order = 1)]
    Run {
        /// The problem's slug (see `judge list`).
        problem: String,
        /// The solution file: .py or .rs.
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
        /// Tests to run at once [default: number of CPU cores].
        #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=256))]
        jobs: Option<u32>,
        /// Stop at the first test that fails.
        #[arg(long)]
        fail_fast: bool,
        /// Run only the visible sample tests.
        #[arg(long)]
        samples: bool,
        /// Run only the tests whose name contains this text.
        #[arg(long, value_name = "TEXT")]
        filter: Option<String>,
        /// Instead of the tests, measure how the CPU time grows with n (as `judge complexity`).
        #[arg(long, conflicts_with_all = ["fail_fast", "samples", "filter"])]
        complexity: bool,
        /// With --complexity: the solution's CPU time the measurement may take, in seconds.
        #[arg(long, value_name = "N", default_value_t = 10.0, requires = "complexity")]
        seconds: f64,
    },
    /// Measure how a solution's CPU time grows with the input size, and name its complexity.
    #[command(after_help = "\
Examples:
  judge complexity two-sum two_sum.py
  judge complexity maximum-subarray kadane.rs --seconds 20
  judge complexity two-sum two_sum.py --format json

The problem's generator makes inputs of sizes 1, 2, 4, ... up to the largest the constraints
allow (further while the times are too small to show a growth), three inputs per size, until
the next size would pass the time budget. Each class from O(1) to O(2^n) is fitted to the median
CPU time of each size; the report names the class only when it fits clearly better than the
others, and says \"unclear\" otherwise. See docs/complexity.md.")]
    #[command(display_order = 2)]
    Complexity {
        /// The problem's slug; it must declare `sizes:` in its problem.yaml.
        problem: String,
        /// The solution file: .py or .rs.
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
        /// The solution's CPU time the measurement may take, in seconds (about).
        #[arg(long, value_name = "N", default_value_t = 10.0)]
        seconds: f64,
        /// Inputs to run at once [default: number of CPU cores].
        #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=256))]
        jobs: Option<u32>,
    },
    /// Submit a solution: run all tests, hidden ones reported as counts only. During a mock
    /// session it counts as an attempt and is scored.
    #[command(after_help = "\
Examples:
  judge submit two-sum mock-3/two-sum.py
  judge submit two-sum two-sum.rs --format json

During a mock session, a submission after the time is up is refused and recorded as late.
Outside a session it is a full run, recorded like any other.")]
    #[command(display_order = 2)]
    Submit {
        /// The problem's slug.
        problem: String,
        /// The solution file: .py or .rs.
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
        /// Tests to run at once [default: number of CPU cores].
        #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=256))]
        jobs: Option<u32>,
    },
    /// Re-run a solution's samples every time the file is saved.
    #[command(after_help = "\
Examples:
  judge watch two-sum two-sum.py
  judge watch range-sum-queries sol.rs --all

The screen is cleared before each run; during a mock session the time left is shown and counts
down. Ctrl-C exits.")]
    #[command(display_order = 3)]
    Watch {
        /// The problem's slug.
        problem: String,
        /// The solution file to watch: .py or .rs.
        file: PathBuf,
        /// Run all tests, not only the samples (not during a mock session: runs there are samples).
        #[arg(long)]
        all: bool,
    },
    /// Your attempts, newest first; `history show ID` shows one with its source.
    #[command(
        args_conflicts_with_subcommands = true,
        after_help = "\
Examples:
  judge history
  judge history two-sum --limit 5
  judge history show 42
  judge history --format json

Every `judge run` and `judge submit` is recorded in the data directory ($JUDGE_HOME/data,
$XDG_DATA_HOME/judge or ~/.local/share/judge)."
    )]
    #[command(display_order = 7)]
    History {
        #[command(subcommand)]
        show: Option<HistoryCommand>,
        /// Only the attempts at this problem.
        problem: Option<String>,
        /// How many attempts to list.
        #[arg(long, default_value_t = 20, value_name = "N")]
        limit: usize,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
    /// What you solved by difficulty and by tag, attempts per solve, median time to first AC,
    /// your streak, and your activity.
    #[command(after_help = "\
Examples:
  judge stats
  judge stats --format json
  judge stats --list neetcode-150      progress on a study list, per section and pattern")]
    #[command(display_order = 8)]
    Stats {
        /// Progress on a study list instead: neetcode-150, blind-75, grind-75, grind-169.
        #[arg(long, value_name = "KEY")]
        list: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
    /// Suggest what to practise next: unfinished problems, the weakest tag, old solves to review.
    #[command(after_help = "\
Examples:
  judge next
  judge next --limit 10 --format json
  judge next --list grind-75           the list's next unsolved problems, in its order")]
    #[command(display_order = 9)]
    Next {
        /// The next unsolved problems of a study list, in its order, instead: neetcode-150,
        /// blind-75, grind-75, grind-169.
        #[arg(long, value_name = "KEY")]
        list: Option<String>,
        /// How many suggestions.
        #[arg(long, default_value_t = 5, value_name = "N")]
        limit: usize,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
    /// Timed mock assessments: start one, see where you are, end it, read reports.
    #[command(subcommand)]
    #[command(display_order = 10)]
    Mock(MockCommand),
    /// List the problems in the catalog.
    #[command(after_help = "\
Examples:
  judge list
  judge list --tag sliding-window
  judge list --list neetcode-150          in the list's order, by pattern
  judge list --list grind-75 --format json
  judge list --difficulty medium --format json")]
    #[command(display_order = 5)]
    List {
        /// Only problems with this tag.
        #[arg(long)]
        tag: Option<String>,
        /// The problems of a study list, in its order: neetcode-150, blind-75, grind-75,
        /// grind-169.
        #[arg(long)]
        list: Option<String>,
        /// Only problems of this difficulty.
        #[arg(long, value_parser = ["easy", "medium", "hard"])]
        difficulty: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
    /// Write a starter file with the problem's exact signature and its examples as comments.
    #[command(after_help = "\
Examples:
  judge new two-sum                       writes two-sum.py
  judge new two-sum --lang rs             writes two-sum.rs
  judge new lru-cache --lang rs -o lru.rs
  judge new two-sum --force               overwrite an existing file

The stub compiles and returns a placeholder, so `judge run` on it gives WA until you solve it.")]
    #[command(display_order = 4)]
    New {
        /// The problem's slug.
        problem: String,
        /// The language of the starter file.
        #[arg(long, value_parser = ["py", "rs"], default_value = "py")]
        lang: String,
        /// Where to write it [default: PROBLEM.py or PROBLEM.rs].
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Overwrite the file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Check problems: schema, statement, samples, duplicates, and that every solution under
    /// solutions/<verdict>/ gets that verdict.
    #[command(after_help = "\
Examples:
  judge validate                              the whole catalog
  judge validate two-sum lru-cache
  judge --catalog my-problems validate --calibrate
  judge validate two-sum --regenerate         generate the large tests again, compare
  judge validate --format json

Solution folders: accepted (AC), wrong_answer (WA), time_limit_exceeded (TLE),
runtime_error (RE), memory_limit_exceeded (MLE). Exit code 1 if any check fails.")]
    #[command(display_order = 12)]
    Validate {
        /// Problems to check [default: all].
        problems: Vec<String>,
        /// Enforce the margins: each accepted solution uses at most a third of every test's
        /// time limit, and each too-slow one still gets TLE at 1.5 times the limits.
        #[arg(long)]
        calibrate: bool,
        /// Generate the generated tests again even when they are cached, and fail if they
        /// differ from the cache (the generator and the reference must be deterministic).
        #[arg(long)]
        regenerate: bool,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
    /// Show the isolation level the sandbox reaches on this machine, each layer and its fix.
    #[command(after_help = "\
Examples:
  judge doctor
  judge doctor --format json")]
    #[command(display_order = 14)]
    Doctor {
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
    /// Convert a problem from another format into a judge problem folder.
    #[command(display_order = 13)]
    Import {
        #[command(subcommand)]
        from: ImportFrom,
    },
    /// Judge every solution of a practice repository: found by name (two-sum.py,
    /// two-sum/solution.rs) or by a judge.yaml manifest, run in parallel, reported as a table,
    /// JSON, JUnit XML and GitHub annotations.
    #[command(after_help = "\
Examples:
  judge check                                  the current folder
  judge check ~/practice --jobs 4 --fail-fast
  judge check --junit report.xml               also write JUnit XML for CI
  judge check --format json                    one JSON document on stdout
  judge check --partition 2/3                  the second of three shares (a CI matrix)
  judge check --changed-since origin/main      only solutions changed since a revision
  judge check --filter lru                     solutions whose path or problem contains lru

Discovery: <slug>.py or .rs anywhere (two_sum.rs counts as two-sum), <slug>/solution.py or .rs,
and the files judge.yaml maps to problems; judge.yaml can also add the repository's own problems
folder to the catalog. Files that name no problem are listed as not checked. With
GITHUB_ACTIONS=true, failures are also printed as GitHub annotations. See docs/check.md.

Exit codes: 0 all accepted, 1 some not accepted, 2 usage error or bad judge.yaml, 3 internal
error (an IE verdict).")]
    #[command(display_order = 11)]
    Check {
        /// The practice repository (or one of its folders).
        #[arg(default_value = ".", value_name = "DIR")]
        dir: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
        /// Also write a JUnit XML report to this file.
        #[arg(long, value_name = "FILE")]
        junit: Option<PathBuf>,
        /// Tests to run at once within a file [default: number of CPU cores]; two files run at
        /// once unless N is 1.
        #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=256))]
        jobs: Option<u32>,
        /// Stop at the first solution that is not accepted.
        #[arg(long)]
        fail_fast: bool,
        /// Only solutions whose path or problem contains this text.
        #[arg(long, value_name = "TEXT")]
        filter: Option<String>,
        /// Only the K-th of N shares of the solutions (sorted by path, the i-th goes to share
        /// i mod N + 1), for a CI matrix.
        #[arg(long, value_name = "K/N")]
        partition: Option<crate::check::Partition>,
        /// Only solutions changed since this git revision (and new files), or whose problem in
        /// the repository changed.
        #[arg(long, value_name = "REV")]
        changed_since: Option<String>,
    },
    /// Show a problem's statement, limits and sample tests.
    #[command(after_help = "\
Examples:
  judge show range-sum-queries
  judge show range-sum-queries --format json")]
    #[command(display_order = 6)]
    Show {
        /// The problem's slug.
        problem: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
}

#[derive(Debug, Subcommand)]
enum HistoryCommand {
    /// One attempt: its result per test and its source.
    Show {
        /// The attempt's id (see `judge history`).
        id: i64,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
}

#[derive(Debug, Subcommand)]
enum MockCommand {
    /// Start a timed session: picks problems, writes starter files, prints the rules.
    #[command(after_help = "\
Examples:
  judge mock start --preset codesignal
  judge mock start --preset contest --problems two-sum,valid-parentheses,lru-cache
  judge mock start --preset hackerrank --difficulty medium --lang rs --seed 7
  judge mock start --preset interview --minutes 30 --dir ~/practice/today

Presets:
  codesignal  4 tasks easy to hard, 70 min; points per test passed, speed bonus
  hackerrank  3 problems, 90 min; hidden tests, partial credit per test
  contest     4 problems, 120 min; ICPC: solved, then time + 20 min per rejected submission
  interview   2 problems, 45 min; solved, then time

The clock is wall time from the start: the session survives closing the terminal.")]
    Start {
        /// The kind of assessment.
        #[arg(long, default_value = "contest", value_parser = ["codesignal", "hackerrank", "contest", "interview"])]
        preset: String,
        /// Length in minutes [default: the preset's].
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1440))]
        minutes: Option<u32>,
        /// These problems, in this order, instead of the preset's pick.
        #[arg(long, value_delimiter = ',', value_name = "SLUG,...")]
        problems: Vec<String>,
        /// Pick every problem of this difficulty instead of the preset's ladder.
        #[arg(long, value_parser = ["easy", "medium", "hard"], conflicts_with = "problems")]
        difficulty: Option<String>,
        /// Seed of the pick, to get the same problems again.
        #[arg(long, value_name = "N")]
        seed: Option<u64>,
        /// The language of the starter files.
        #[arg(long, value_parser = ["py", "rs"], default_value = "py")]
        lang: String,
        /// Where to write the starter files [default: mock-ID].
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
    /// Time left, and per problem whether it is solved, its attempts, penalty and score.
    Status {
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
    /// End the session now and print its final report.
    End {
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
    /// Past sessions with their results.
    List {
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
    /// The report of a session [default: the latest]: per problem, timeline, comparison.
    Report {
        /// The session's id (see `judge mock list`).
        id: Option<i64>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
}

#[derive(Debug, Subcommand)]
enum ImportFrom {
    /// Convert a Kattis / ICPC problem package (legacy or 2023-07 format): statement, tests,
    /// limits, the default output validator's flags and the Python and Rust submissions.
    #[command(after_help = "\
Examples:
  judge import kattis ~/packages/hello                 writes problems/hello
  judge import kattis ~/packages/hello -o my-problems --difficulty easy
  judge import kattis pkg --slug hello-world --force   replace an existing problem
  judge import kattis pkg --format json
  judge --catalog my-problems validate hello           then prove the submissions' verdicts

Interactive problems and custom output validators cannot be imported (exit 2); what else is
left out (input validators, C++ and Java submissions, ...) is listed as warnings.
See docs/kattis.md.")]
    Kattis {
        /// The package folder (unpacked; it holds problem.yaml and data/).
        package: PathBuf,
        /// The catalog folder to write the problem folder into.
        #[arg(short, long, value_name = "DIR", default_value = "problems")]
        output: PathBuf,
        /// The problem's slug [default: the package folder's name, as a slug].
        #[arg(long)]
        slug: Option<String>,
        /// The difficulty to record (Kattis packages have none).
        #[arg(long, value_parser = ["easy", "medium", "hard"], default_value = "medium")]
        difficulty: String,
        /// Replace the problem folder if it exists.
        #[arg(long)]
        force: bool,
        /// Import a problem with a custom output validator anyway, judged by the default
        /// validator's rules (right only if every correct output matches the answer file).
        #[arg(long)]
        ignore_output_validator: bool,
        /// Output format of the summary.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
}

/// Parses the command line, runs the command, and returns its failure if any.
pub fn run() -> Result<(), Failure> {
    let cli = Cli::parse();
    let color = match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            use std::io::IsTerminal;
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    };
    colored::control::set_override(color);
    let global = Global {
        catalog: cli.catalog,
        color,
    };
    // During a mock session every command but the session's own shows where it stands.
    if !matches!(cli.command, Command::Mock(_) | Command::Watch { .. }) {
        if let Some(line) = mock::header(&global) {
            eprintln!("{line}");
        }
    }
    match cli.command {
        Command::Run {
            problem,
            file,
            format,
            jobs,
            complexity: true,
            seconds,
            ..
        }
        | Command::Complexity {
            problem,
            file,
            format,
            seconds,
            jobs,
        } => commands::complexity::complexity(
            &global,
            commands::complexity::ComplexityOptions {
                problem,
                file,
                format: format.into(),
                seconds,
                jobs: jobs.map(|j| j as usize),
            },
        ),
        Command::Run {
            problem,
            file,
            format,
            jobs,
            fail_fast,
            samples,
            filter,
            ..
        } => commands::run::run(
            &global,
            RunOptions {
                problem,
                file,
                format: format.into(),
                jobs: jobs.map(|j| j as usize),
                fail_fast,
                samples_only: samples,
                filter,
                submit: false,
            },
        ),
        Command::Submit {
            problem,
            file,
            format,
            jobs,
        } => commands::run::run(
            &global,
            RunOptions {
                problem,
                file,
                format: format.into(),
                jobs: jobs.map(|j| j as usize),
                fail_fast: false,
                samples_only: false,
                filter: None,
                submit: true,
            },
        ),
        Command::Watch { problem, file, all } => {
            commands::watch::watch(&global, &problem, &file, all)
        }
        Command::History {
            show: Some(HistoryCommand::Show { id, format }),
            ..
        } => history::show(&global, id, format.into()),
        Command::History {
            show: None,
            problem,
            limit,
            format,
        } => history::history(
            &global,
            history::HistoryOptions {
                problem,
                limit,
                format: format.into(),
            },
        ),
        Command::Stats { list, format } => match list {
            Some(key) => commands::study::stats(&global, &key, format.into()),
            None => history::stats(&global, format.into()),
        },
        Command::Next {
            list,
            limit,
            format,
        } => match list {
            Some(key) => commands::study::next(&global, &key, limit, format.into()),
            None => history::next(&global, limit, format.into()),
        },
        Command::Mock(m) => match m {
            MockCommand::Start {
                preset,
                minutes,
                problems,
                difficulty,
                seed,
                lang,
                dir,
                format,
            } => mock::start(
                &global,
                mock::StartOptions {
                    preset,
                    minutes,
                    problems,
                    difficulty,
                    seed,
                    lang,
                    dir,
                    format: format.into(),
                },
            ),
            MockCommand::Status { format } => mock::status(&global, format.into()),
            MockCommand::End { format } => mock::end(&global, format.into()),
            MockCommand::List { format } => mock::list(&global, format.into()),
            MockCommand::Report { id, format } => mock::report(&global, id, format.into()),
        },
        Command::List {
            tag,
            list,
            difficulty,
            format,
        } => commands::list::list(
            &global,
            ListOptions {
                tag,
                list,
                difficulty,
                format: format.into(),
            },
        ),
        Command::Show { problem, format } => commands::show::show(&global, &problem, format.into()),
        Command::Doctor { format } => commands::doctor::doctor(&global, format.into()),
        Command::Validate {
            problems,
            calibrate,
            regenerate,
            format,
        } => commands::validate::validate(
            &global,
            problems,
            format.into(),
            crate::validate::Options {
                calibrate,
                regenerate,
            },
        ),
        Command::New {
            problem,
            lang,
            output,
            force,
        } => commands::new::new(&global, &problem, &lang, output, force),
        Command::Import {
            from:
                ImportFrom::Kattis {
                    package,
                    output,
                    slug,
                    difficulty,
                    force,
                    ignore_output_validator,
                    format,
                },
        } => commands::import::import_kattis(
            &global,
            commands::import::KattisOptions {
                package,
                output,
                slug,
                difficulty: match difficulty.as_str() {
                    "easy" => crate::catalog::Difficulty::Easy,
                    "hard" => crate::catalog::Difficulty::Hard,
                    _ => crate::catalog::Difficulty::Medium,
                },
                force,
                ignore_output_validator,
                format: format.into(),
            },
        ),
        Command::Check {
            dir,
            format,
            junit,
            jobs,
            fail_fast,
            filter,
            partition,
            changed_since,
        } => commands::check::check(
            &global,
            commands::check::CheckOptions {
                dir,
                format: format.into(),
                junit,
                jobs: jobs.map(|j| j as usize),
                fail_fast,
                filter,
                partition,
                changed_since,
            },
        ),
    }
}
