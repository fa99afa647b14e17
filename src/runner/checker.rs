//! Running a problem's checker program on one test's input, expected and actual output.
//!
//! The checker runs in the sandbox like a solution, under the problem's author limits
//! (`limits.authors`), and gets three file names in its scratch directory: `input`, `expected`
//! and `actual`. Exit code 0 accepts, 1 rejects with its output as the message, and anything else
//! (a crash, a limit) is a fault of the problem (IE naming the checker).

use super::{authors, TestContext};
use crate::compare::Judgement;
use crate::lang::Python;
use sandbox::{Limits, Termination};

/// The most of a checker's message that is kept.
const MESSAGE_LINES: usize = 5;

/// The most a checker may print: its output is a message of a few lines, and all of it is held
/// in the judge's memory, so this caps it below the author output limit.
const MESSAGE_BYTES: u64 = 64 << 10;

/// What a checker may use: the problem's author limits, with output capped at [`MESSAGE_BYTES`].
fn checker_limits(l: &crate::catalog::Limits) -> Limits {
    Limits {
        output_bytes: l.output_bytes.min(MESSAGE_BYTES),
        ..authors::limits(l)
    }
}

pub(super) fn run(
    ctx: &TestContext,
    name: &str,
    source: &[u8],
    input: &str,
    expected: &crate::catalog::Expected,
    (actual, actual_file): (&[u8], Option<&std::sync::Arc<std::fs::File>>),
) -> Result<Judgement, String> {
    let exe = {
        let mut slot = ctx.checker.lock().expect("checker lock is not poisoned");
        slot.get_or_insert_with(|| {
            let unprivileged = ctx.sandbox.layers().run_as.is_some();
            let python = Python::resolve(unprivileged)
                .map_err(|e| format!("checker `{name}` cannot run: {e}"))?;
            let copy = ctx.run_dir.join("checker.py");
            python
                .executable(std::path::Path::new(name), source, &copy)
                .map_err(|e| format!("checker `{name}` cannot run: {e}"))
        })
        .clone()?
    };
    let mut cmd = exe
        .command(checker_limits(&ctx.authors))
        .args(["input", "expected", "actual"])
        .scratch_file("input", input.as_bytes().to_vec());
    // Outputs larger than the runner keeps in memory are copied from their files in pieces.
    cmd = match expected.file() {
        Some(f) => cmd.scratch_file_from("expected", f.clone()),
        None => cmd.scratch_file("expected", expected.as_bytes().to_vec()),
    };
    cmd = match actual_file {
        Some(f) => cmd.scratch_file_from("actual", f.clone()),
        None => cmd.scratch_file("actual", actual.to_vec()),
    };
    let outcome = ctx
        .sandbox
        .run(&cmd)
        .map_err(|e| format!("checker `{name}`: sandbox failed: {e}"))?;
    let mut text = String::from_utf8_lossy(&outcome.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&outcome.stderr_tail));
    let message = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(MESSAGE_LINES)
        .collect::<Vec<_>>()
        .join("\n");
    // Python exits 1 on an uncaught exception, the code that means "rejected": a checker that
    // crashes is a fault of the problem (IE naming it), never a WA for the solution.
    let crashed = String::from_utf8_lossy(&outcome.stderr_tail)
        .contains("Traceback (most recent call last):");
    if !outcome.limits_hit.is_empty() {
        let limits = crate::catalog::Limits {
            output_bytes: ctx.authors.output_bytes.min(MESSAGE_BYTES),
            ..ctx.authors
        };
        return Err(format!(
            "checker `{name}` {}{}",
            authors::exceeded(&outcome.limits_hit, &limits),
            if message.is_empty() {
                String::new()
            } else {
                format!(": {message}")
            }
        ));
    }
    match &outcome.termination {
        Termination::Exited(0) => Ok(Judgement::Accepted),
        Termination::Exited(1) if crashed => Err(format!(
            "checker `{name}` crashed (uncaught exception): {message}"
        )),
        Termination::Exited(1) => Ok(Judgement::Wrong {
            message: if message.is_empty() {
                "the checker rejected the output".to_string()
            } else {
                format!("checker: {message}")
            },
            presentation: false,
        }),
        t => Err(format!(
            "checker `{name}` failed ({}): {message}",
            match t {
                Termination::Exited(c) => format!("exit code {c}"),
                Termination::Signaled(s) => format!("killed by {}", sandbox::signal_name(*s)),
                Termination::NotStarted(why) => why.clone(),
            }
        )),
    }
}
