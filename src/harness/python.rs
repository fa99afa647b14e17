//! The Python harness: one static script (`python/harness.py`) that reads the test's document,
//! runs the user's file with LeetCode's pre-imports, calls the function or the design sequence
//! and writes the result file. Run once in `--check` mode per run to catch signature errors.
//! The commands that run it are built by `lang::python` (harness_executables).

pub const HARNESS: &str = include_str!("python/harness.py");
