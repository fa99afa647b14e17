//! [`Verdict`]s and the one pure function that decides them, [`classify`].
//!
//! # Precedence
//!
//! A run can show several problems at once (a program that floods its output is also killed by a
//! signal; one that runs out of memory also exits non-zero). The verdict is the first that
//! applies, in this order:
//!
//! 1. **IE**: the program could not be started, or the checker failed: a fault of the judge or of
//!    the problem, never of the solution.
//! 2. **OLE**: it wrote more than the output cap.
//! 3. **MLE**: it reached the memory limit, or died of an allocation failure
//!    (Python `MemoryError`, Rust `memory allocation of N bytes failed`): one huge allocation is
//!    refused before the resident peak grows, so the peak alone is not evidence enough.
//! 4. **TLE**: it used more CPU time than the limit, or hit the wall-clock backstop.
//! 5. **RE**: it exited with a non-zero code or was killed by a signal.
//! 6. **WA** / **AC**: it exited normally; the comparison decides.
//!
//! CE is decided before any test runs, when compilation fails.

use std::fmt;

use sandbox::LimitKind;

/// The verdict of a test or a whole run. The short codes are also the JSON values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Verdict {
    /// Accepted.
    AC,
    /// Wrong answer.
    WA,
    /// Time limit exceeded.
    TLE,
    /// Memory limit exceeded.
    MLE,
    /// Output limit exceeded.
    OLE,
    /// Runtime error.
    RE,
    /// Compilation error.
    CE,
    /// Internal error of the judge or the problem.
    IE,
}

impl Verdict {
    pub fn code(self) -> &'static str {
        match self {
            Verdict::AC => "AC",
            Verdict::WA => "WA",
            Verdict::TLE => "TLE",
            Verdict::MLE => "MLE",
            Verdict::OLE => "OLE",
            Verdict::RE => "RE",
            Verdict::CE => "CE",
            Verdict::IE => "IE",
        }
    }

    /// The verdict of a short code, as written by [`Verdict::code`].
    pub fn from_code(code: &str) -> Option<Verdict> {
        [
            Verdict::AC,
            Verdict::WA,
            Verdict::TLE,
            Verdict::MLE,
            Verdict::OLE,
            Verdict::RE,
            Verdict::CE,
            Verdict::IE,
        ]
        .into_iter()
        .find(|v| v.code() == code)
    }

    pub fn description(self) -> &'static str {
        match self {
            Verdict::AC => "accepted",
            Verdict::WA => "wrong answer",
            Verdict::TLE => "time limit exceeded",
            Verdict::MLE => "memory limit exceeded",
            Verdict::OLE => "output limit exceeded",
            Verdict::RE => "runtime error",
            Verdict::CE => "compilation error",
            Verdict::IE => "internal error",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// How the process ended, as far as the verdict cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Exited(i32),
    Signaled(i32),
    NotStarted,
}

/// What the comparison of the output said, if it ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// Not compared (the run failed before).
    NotRun,
    Accepted,
    Wrong,
    /// The checker program itself failed.
    CheckerFailed,
}

/// Everything [`classify`] looks at.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    pub ending: Ending,
    pub limits_hit: &'a [LimitKind],
    /// The language recognised an allocation failure in the stderr tail.
    pub memory_error_reported: bool,
    pub check: Check,
}

/// Decides the verdict of one test run; see the module documentation for the precedence.
pub fn classify(f: &Facts) -> Verdict {
    let hit = |k| f.limits_hit.contains(&k);
    let failed = !matches!(f.ending, Ending::Exited(0));
    if f.ending == Ending::NotStarted || f.check == Check::CheckerFailed {
        Verdict::IE
    } else if hit(LimitKind::Output) {
        Verdict::OLE
    } else if hit(LimitKind::Memory) || (failed && f.memory_error_reported) {
        Verdict::MLE
    } else if hit(LimitKind::Cpu) || hit(LimitKind::Wall) {
        Verdict::TLE
    } else if failed {
        Verdict::RE
    } else {
        match f.check {
            Check::Accepted => Verdict::AC,
            // Not compared although the run succeeded: the caller has a bug; be loud, not AC.
            Check::NotRun | Check::CheckerFailed => Verdict::IE,
            Check::Wrong => Verdict::WA,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use LimitKind::*;

    #[test]
    fn classify_table() {
        use Check::*;
        use Ending::*;
        #[rustfmt::skip]
        let table: &[(Ending, &[LimitKind], bool, Check, Verdict)] = &[
            // ending         limits hit        mem error  check          verdict
            (Exited(0),       &[],              false,     Accepted,      Verdict::AC),
            (Exited(0),       &[],              false,     Wrong,         Verdict::WA),
            (Exited(0),       &[],              false,     CheckerFailed, Verdict::IE),
            (Exited(0),       &[],              false,     NotRun,        Verdict::IE),
            (NotStarted,      &[],              false,     NotRun,        Verdict::IE),
            (Exited(1),       &[],              false,     NotRun,        Verdict::RE),
            (Signaled(11),    &[],              false,     NotRun,        Verdict::RE),
            (Signaled(6),     &[],              false,     NotRun,        Verdict::RE),
            (Exited(1),       &[],              true,      NotRun,        Verdict::MLE),
            (Signaled(6),     &[],              true,      NotRun,        Verdict::MLE),
            // A program that prints "MemoryError" and exits 0 is judged on its output.
            (Exited(0),       &[],              true,      Accepted,      Verdict::AC),
            (Signaled(9),     &[Cpu],           false,     NotRun,        Verdict::TLE),
            (Signaled(24),    &[Cpu],           false,     NotRun,        Verdict::TLE),
            (Signaled(9),     &[Wall],          false,     NotRun,        Verdict::TLE),
            // A run that finished correctly but over the CPU limit is still TLE.
            (Exited(0),       &[Cpu],           false,     Accepted,      Verdict::TLE),
            (Signaled(9),     &[Memory],        false,     NotRun,        Verdict::MLE),
            (Exited(0),       &[Memory],        false,     Accepted,      Verdict::MLE),
            (Signaled(9),     &[Memory, Cpu],   false,     NotRun,        Verdict::MLE),
            (Signaled(25),    &[Output],        false,     NotRun,        Verdict::OLE),
            (Exited(1),       &[Output],        false,     NotRun,        Verdict::OLE),
            (Signaled(9),     &[Output, Cpu],   false,     NotRun,        Verdict::OLE),
            (Signaled(9),     &[Output, Memory],false,     NotRun,        Verdict::OLE),
            (NotStarted,      &[Output],        false,     NotRun,        Verdict::IE),
        ];
        for (i, (ending, hit, mem, check, want)) in table.iter().enumerate() {
            let got = classify(&Facts {
                ending: *ending,
                limits_hit: hit,
                memory_error_reported: *mem,
                check: *check,
            });
            assert_eq!(
                got, *want,
                "row {i}: {ending:?} {hit:?} mem={mem} {check:?}"
            );
        }
    }
}
