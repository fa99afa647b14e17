//! Running a problem's checker program on one test's input, expected and actual output.
//!
//! The checker runs in the sandbox like a solution, with generous limits, and gets three file
//! names in its scratch directory: `input`, `expected` and `actual`. Exit code 0 accepts, 1
//! rejects with its output as the message, and anything else is a fault of the problem (IE).

use std::time::Duration;

use super::TestContext;
use crate::compare::Judgement;
use crate::lang::Python;
use sandbox::{Limits, Termination};

/// The most of a checker's message that is kept.
const MESSAGE_LINES: usize = 5;

/// What a checker may use: generous, since a checker is the problem's own trusted program and
/// its time is not the solution's. A checker that needs more is a fault of the problem (IE).
pub fn checker_limits() -> Limits {
    Limits {
        memory_bytes: Some(1 << 30),
        output_bytes: 64 << 10,
        ..Limits::with_cpu(Duration::from_secs(10))
    }
}

pub(super) fn run(
    ctx: &TestContext,
    name: &str,
    source: &[u8],
    input: &str,
    expected: &str,
    actual: &[u8],
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
    let cmd = exe
        .command(checker_limits())
        .args(["input", "expected", "actual"])
        .scratch_file("input", input.as_bytes().to_vec())
        .scratch_file("expected", expected.as_bytes().to_vec())
        .scratch_file("actual", actual.to_vec());
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
    match (&outcome.termination, outcome.limits_hit.is_empty()) {
        (Termination::Exited(0), true) => Ok(Judgement::Accepted),
        (Termination::Exited(1), true) => Ok(Judgement::Wrong {
            message: if message.is_empty() {
                "the checker rejected the output".to_string()
            } else {
                format!("checker: {message}")
            },
            presentation: false,
        }),
        (t, _) => Err(format!(
            "checker `{name}` failed ({}{}): {message}",
            match t {
                Termination::Exited(c) => format!("exit code {c}"),
                Termination::Signaled(s) => format!("killed by {}", sandbox::signal_name(*s)),
                Termination::NotStarted(why) => why.clone(),
            },
            if outcome.limits_hit.is_empty() {
                String::new()
            } else {
                format!(", limits hit: {:?}", outcome.limits_hit)
            }
        )),
    }
}
