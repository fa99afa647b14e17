//! The command line: clap types whose doc comments are the help text, and the step that turns
//! them into plain options for [`commands`](crate::commands). Nothing else knows clap.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::app::{Format, Global};
use crate::commands::{self, history, list::ListOptions, mock, run::RunOptions};
use crate::exit::Failure;

mod shell;

const EXAMPLES: &str = "\
Examples:
  judge list                                   problems in the built-in catalog
  judge list --tag arrays --difficulty easy    filtered
  judge show range-sum-queries                 statement and samples
  judge run range-sum-queries solution.py      judge a solution
  judge run range-sum-queries sol.rs --samples --fail-fast
  judge run range-sum-queries sol.py --format json
  judge new two-sum --lang rs                  starter file with the exact signature
  judge run two-sum two-sum.py --input my.txt  your own input, beside the reference's output
  judge hint two-sum                           the next hint, one at a time
  judge solution two-sum                       reference solutions, once solved
  judge history                                your attempts, newest first
  judge stats                                  solved by difficulty and tag, streak, activity
  judge next                                   what to practise next
  judge mock start --preset contest            a timed mock assessment
  judge submit two-sum two-sum.py              all tests, counted in the mock
  judge watch two-sum two-sum.py               re-run the samples on every save
  judge stress maximum-subarray sol.py         random inputs against the reference, shrunk
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ListFormatArg {
    Text,
    Json,
    Slugs,
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
  judge run two-sum two-sum.py --input my-test.txt
  printf '[3,3]\\n6\\n' | judge run two-sum two-sum.rs --input -
  judge run banking-system bank.py --level 2   a progressive problem: levels 1 and 2

--input takes the problem's YAML test syntax (`input: {nums: [3, 3], target: 6}`; `calls:` and
`args:` for a class; the stdin text for a program) or LeetCode's example format: one JSON
argument per line, or for a class its two lines, [\"LRUCache\",\"put\",...] and [[2],[1,1],...].
The problem's input validator checks it first; the reference solution's output is shown beside
yours and compared with the problem's comparison (exit 0 when they agree, 1 when not).

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
        /// Run on your own input instead of the tests (a file, or - for stdin), checked by the
        /// problem's input validator, beside the reference's output. Not recorded.
        #[arg(long, value_name = "FILE", conflicts_with_all = ["samples", "filter", "fail_fast", "jobs"])]
        input: Option<PathBuf>,
        /// A progressive problem: judge levels 1 to N only (the methods of later levels need
        /// not exist yet) [default: every level].
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=99))]
        level: Option<u32>,
        /// Instead of the tests, measure how the CPU time grows with n (as `judge complexity`).
        #[arg(long, conflicts_with_all = ["fail_fast", "samples", "filter"])]
        complexity: bool,
        /// With --complexity: the solution's CPU time the measurement may take, in seconds.
        #[arg(
            long,
            value_name = "N",
            default_value_t = 10.0,
            requires = "complexity"
        )]
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
the next size would pass the time budget. Each class from O(1) to O(2^n) is fitted to the fastest
CPU time of each size (O(n) and O(n log n) are told apart by how the time per element grows with
log n); the report names the class only when it fits clearly better than the others, and says
\"unclear\" otherwise. See docs/complexity.md.")]
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
  judge submit banking-system bank.py --level 2     a progressive problem, levels 1 and 2

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
        /// A progressive problem: judge levels 1 to N only (the methods of later levels need
        /// not exist yet) [default: every level].
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=99))]
        level: Option<u32>,
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
    /// Random small inputs against the reference (or your own brute force) until they disagree,
    /// then the failing input shrunk to a small one, with both outputs and their diff.
    #[command(after_help = "\
Examples:
  judge stress maximum-subarray max_sub.py
  judge stress maximum-subarray max_sub.rs --seconds 60
  judge stress maximum-subarray max_sub.py --against brute.py
  judge stress maximum-subarray max_sub.py --seed 42 --save
  judge stress maximum-subarray max_sub.py --format json

Inputs come from the problem's `sizes:` generator (small sizes, many seeds) and must pass its
input validator. A failure is a different answer, a crash or a time-out. Exit code 1 when a
failing input is found, 0 when none is. See docs/stress.md.")]
    #[command(display_order = 3)]
    Stress {
        /// The problem's slug (see `judge list`).
        problem: String,
        /// The solution file: .py or .rs.
        file: PathBuf,
        /// Compare with this solution (a brute force of yours) instead of the reference.
        #[arg(long, value_name = "FILE")]
        against: Option<PathBuf>,
        /// How long to search, in seconds; shrinking a failure may take up to twice as long
        /// more (at least 30 s).
        #[arg(long, default_value_t = 20.0, value_name = "N", value_parser = seconds)]
        seconds: f64,
        /// Seed of the random inputs: the same seed makes the same search [default: from the
        /// clock, printed].
        #[arg(long, value_name = "N")]
        seed: Option<u64>,
        /// Keep the shrunk input as a test in .judge/stress/PROBLEM.yaml beside the solution;
        /// `judge run` runs it from then on.
        #[arg(long)]
        save: bool,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
        /// Programs to run at once [default: number of CPU cores].
        #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=256))]
        jobs: Option<u32>,
    },
    /// Your attempts, newest first; `history show ID` shows one with its source.
    #[command(
        args_conflicts_with_subcommands = true,
        after_help = "\
Examples:
  judge history
  judge history two-sum --limit 5
  judge history show 42
  judge history diff 41 42              what changed between two attempts
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
        /// How many attempts to list (at least 1).
        #[arg(long, default_value_t = 20, value_name = "N", value_parser = at_least_one)]
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
    /// Suggest what to practise next: unfinished problems, reviews due (`judge review`), the
    /// weakest tag, new problems.
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
        /// How many suggestions (at least 1).
        #[arg(long, default_value_t = 5, value_name = "N", value_parser = at_least_one)]
        limit: usize,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
    /// Write your progress as one self-contained HTML page: solved over time, study lists and
    /// patterns, time to first AC, mock sessions, the review queue, the weakest patterns.
    #[command(after_help = "\
Examples:
  judge report --html progress.html
  judge mock report 3 --html mock-3.html        one mock session

The page has no scripts and loads nothing from the network: its charts are inline SVG.")]
    #[command(display_order = 9)]
    Report {
        /// The HTML file to write.
        #[arg(long, value_name = "FILE")]
        html: PathBuf,
    },
    /// Spaced review: the solved problems due for a re-solve from a blank file today, with the
    /// time each took last time.
    #[command(after_help = "\
Examples:
  judge review                     what is due today, and what comes next
  judge review --all               the whole schedule
  judge review --format json
  judge new two-sum -o review/two-sum.py --force && judge run two-sum review/two-sum.py

A problem comes back 1, 3, 7, 21 and 60 days after it is solved. A re-solve is an ordinary
`judge run` or `judge submit` once the review is due: a rejected full run on the way sends it
back to 1 day, one slower than 30 minutes repeats the interval, one within 10 minutes skips a
step. `judge next` mixes the due reviews with new problems. See docs/review.md.")]
    #[command(display_order = 9)]
    Review {
        /// Every scheduled problem, not only the next few.
        #[arg(long)]
        all: bool,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
    /// Timed mock assessments: start one, see where you are, end it, read reports.
    #[command(
        subcommand,
        after_help = "\
Examples:
  judge mock start --preset codesignal       4 tasks, easy to hard, 70 minutes
  judge mock status                          time left and the score so far
  judge submit two-sum mock-1/two-sum.py     a counted attempt
  judge mock end                             end now, print the report
  judge mock list                            past sessions
  judge mock report 3                        a past session's report

See docs/mock.md for the presets and their scoring."
    )]
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
        /// Output format (`slugs`: only the slugs, one a line, for scripts and completions).
        #[arg(long, value_enum, default_value_t = ListFormatArg::Text)]
        format: ListFormatArg,
    },
    /// Write a starter file with the problem's exact signature and its examples as comments.
    #[command(after_help = "\
Examples:
  judge new two-sum                       writes two-sum.py
  judge new two-sum --lang rs             writes two-sum.rs
  judge new lru-cache --lang rs -o lru.rs
  judge new two-sum --force               overwrite an existing file
  judge new banking-system --level 3       a progressive problem: the class up to level 3

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
        /// A progressive problem: the interface up to level N [default: 1].
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=99))]
        level: Option<u32>,
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
    #[command(after_help = "\
Examples:
  judge import kattis ~/packages/hello                  writes problems/hello
  judge import kattis ~/packages/hello -o my-problems
  judge --catalog my-problems validate hello            then prove its submissions")]
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
    /// Show the next hint of a problem, one at a time, from a nudge to the key idea.
    #[command(after_help = "\
Examples:
  judge hint two-sum                 the next hint (and the ones shown before)
  judge hint two-sum --all           every hint left
  judge hint two-sum --format json

Each hint shown is recorded in the history, so the next `judge hint` goes one further. During a
running mock session hints are refused (an assessment gives no help).")]
    #[command(display_order = 6)]
    Hint {
        /// The problem's slug.
        problem: String,
        /// Show every hint not shown yet, not only the next.
        #[arg(long)]
        all: bool,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
    /// Show a problem's reference solutions (Python and Rust) and the explanation of the
    /// approach, once you have solved it.
    #[command(after_help = "\
Examples:
  judge solution two-sum                  after an accepted `judge run` or `judge submit`
  judge solution two-sum --spoil          before: shown, and recorded as a spoiler
  judge solution two-sum --lang rs        only the Rust solutions
  judge solution two-sum --format json

Solved means a run of all tests accepted in your history. Every solution shown is recorded;
during a running mock session solutions are refused.")]
    #[command(display_order = 6)]
    Solution {
        /// The problem's slug.
        problem: String,
        /// Show it even though the problem is not solved yet (recorded as a spoiler).
        #[arg(long)]
        spoil: bool,
        /// Only the solutions in this language.
        #[arg(long, value_parser = ["py", "rs"])]
        lang: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
    /// Print a shell completion script (subcommands, options, and problem slugs in bash and
    /// fish).
    #[command(after_help = "\
Examples:
  judge completions bash > ~/.local/share/bash-completion/completions/judge
  judge completions zsh > ~/.zfunc/_judge          (with fpath+=~/.zfunc before compinit)
  judge completions fish > ~/.config/fish/completions/judge.fish
  judge completions powershell >> $PROFILE

In bash and fish, `judge run two-<TAB>` completes the problem's slug from `judge list`.")]
    #[command(display_order = 15)]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: shell::Shell,
    },
    /// Print the man page (roff), or write one page per command into a folder.
    #[command(after_help = "\
Examples:
  judge man | man -l -                           read it now
  judge man --dir ~/.local/share/man/man1        install: then `man judge`, `man judge-run`")]
    #[command(display_order = 16)]
    Man {
        /// Write judge.1 and a page per command (judge-run.1, ...) into this folder.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    /// Show a problem's statement, limits and sample tests.
    #[command(after_help = "\
Examples:
  judge show range-sum-queries
  judge show range-sum-queries --format json
  judge show banking-system --level 2      a progressive problem: levels 1 and 2 [default: 1]")]
    #[command(display_order = 6)]
    Show {
        /// The problem's slug.
        problem: String,
        /// A progressive problem: the statement and samples up to level N [default: 1].
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=99))]
        level: Option<u32>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
}

#[derive(Debug, Subcommand)]
enum HistoryCommand {
    /// What changed between two attempts (a rejected one and the accepted one): both verdicts
    /// and figures, the tests whose verdict changed, and the diff of the sources.
    #[command(after_help = "\
Examples:
  judge history diff 41 42              the rejected attempt, then the accepted one
  judge history diff 41 42 --format json

The ids are the first column of `judge history` (or `judge history SLUG`).")]
    Diff {
        /// The first attempt's id (usually the earlier, rejected one).
        a: i64,
        /// The second attempt's id.
        b: i64,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
    /// One attempt: its result per test and its source.
    #[command(after_help = "\
Examples:
  judge history show 42
  judge history show 42 --format json

The id is the first column of `judge history`, and `attempt` in a `--format json` run report.")]
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
  judge mock start --preset progressive --problems banking-system
  judge mock start --preset oa-backend --lang py

Presets:
  codesignal  4 tasks easy to hard, 70 min; points per test passed, speed bonus
  hackerrank  3 problems, 90 min; hidden tests, partial credit per test
  contest     4 problems, 120 min; ICPC: solved, then time + 20 min per rejected submission
  interview   2 problems, 45 min; solved, then time
  progressive 1 system in 4 levels, 90 min; levels unlock as they pass, level k worth 100 x k
  oa-backend  2 algorithm problems and 1 backend problem, 90 min; partial credit per test

The clock is wall time from the start: the session survives closing the terminal.")]
    Start {
        /// The kind of assessment.
        #[arg(long, default_value = "contest", value_parser = ["codesignal", "hackerrank", "contest", "interview", "progressive", "oa-backend"])]
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
    #[command(after_help = "\
Examples:
  judge mock status
  judge mock status --format json")]
    Status {
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
    /// End the session now and print its final report.
    #[command(after_help = "\
Examples:
  judge mock end
  judge mock end --format json")]
    End {
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
    /// Past sessions with their results.
    #[command(after_help = "\
Examples:
  judge mock list
  judge mock list --format json")]
    List {
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
    },
    /// The report of a session [default: the latest]: per problem, timeline, comparison.
    #[command(after_help = "\
Examples:
  judge mock report             the latest session
  judge mock report 3           session 3 (see `judge mock list`)
  judge mock report 3 --format json
  judge mock report 3 --html mock-3.html   one self-contained page, for a browser")]
    Report {
        /// The session's id (see `judge mock list`).
        id: Option<i64>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
        /// Write the report as one self-contained HTML page (inline SVG, no network) instead.
        #[arg(long, value_name = "FILE")]
        html: Option<PathBuf>,
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

/// `--seconds`: a positive number of seconds, at most a day.
fn seconds(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v > 0.0 && v <= 86_400.0 => Ok(v),
        _ => Err("a number of seconds between 0 and 86400".to_string()),
    }
}

/// A count that must be at least 1 (`--limit 0` would show nothing and look like an empty
/// history).
fn at_least_one(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(0) => Err("must be at least 1".to_string()),
        Ok(n) => Ok(n),
        Err(e) => Err(e.to_string()),
    }
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
    if !matches!(
        cli.command,
        Command::Mock(_)
            | Command::Watch { .. }
            | Command::Completions { .. }
            | Command::Man { .. }
    ) {
        if let Some(line) = mock::header(&global) {
            eprintln!("{line}");
        }
    }
    match cli.command {
        Command::Completions { shell } => shell::completions(shell),
        Command::Man { dir } => shell::man(dir.as_deref()),
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
            input,
            level,
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
                input,
                level: level.map(|l| l as usize),
            },
        ),
        Command::Submit {
            problem,
            file,
            format,
            jobs,
            level,
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
                input: None,
                level: level.map(|l| l as usize),
            },
        ),
        Command::Stress {
            problem,
            file,
            against,
            seconds,
            seed,
            save,
            format,
            jobs,
        } => commands::stress::stress(
            &global,
            commands::stress::StressOptions {
                problem,
                file,
                against,
                seconds,
                seed,
                save,
                format: format.into(),
                jobs: jobs.map(|j| j as usize),
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
            show: Some(HistoryCommand::Diff { a, b, format }),
            ..
        } => commands::attempt_diff::diff(&global, a, b, format.into()),
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
        Command::Report { html } => commands::report::progress_report(&global, &html),
        Command::Review { all, format } => commands::review::review(
            &global,
            commands::review::ReviewOptions {
                all,
                format: format.into(),
            },
        ),
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
            MockCommand::Report { id, format, html } => {
                mock::report(&global, id, format.into(), html.as_deref())
            }
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
                format: match format {
                    ListFormatArg::Json => Format::Json,
                    _ => Format::Text,
                },
                slugs_only: format == ListFormatArg::Slugs,
            },
        ),
        Command::Hint {
            problem,
            all,
            format,
        } => commands::teach::hint(
            &global,
            commands::teach::HintOptions {
                problem,
                all,
                format: format.into(),
            },
        ),
        Command::Solution {
            problem,
            spoil,
            lang,
            format,
        } => commands::teach::solution(
            &global,
            commands::teach::SolutionOptions {
                problem,
                spoil,
                lang,
                format: format.into(),
            },
        ),
        Command::Show {
            problem,
            level,
            format,
        } => commands::show::show(&global, &problem, level.map(|l| l as usize), format.into()),
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
            level,
        } => commands::new::new(
            &global,
            &problem,
            &lang,
            output,
            force,
            level.map(|l| l as usize),
        ),
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
