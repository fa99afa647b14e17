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
//! 2. **OLE**: it wrote more than the output cap, or filled its scratch directory past the quota.
//! 3. **MLE**: the sandbox measured the memory limit reached: the resident peak, or one
//!    allocation request that would have passed the limit. Never from what the program prints
//!    (a program can print `MemoryError` as well as the interpreter can).
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
    pub check: Check,
}

/// Decides the verdict of one test run; see the module documentation for the precedence.
pub fn classify(f: &Facts) -> Verdict {
    let hit = |k| f.limits_hit.contains(&k);
    let failed = !matches!(f.ending, Ending::Exited(0));
    if f.ending == Ending::NotStarted || f.check == Check::CheckerFailed {
        Verdict::IE
    } else if hit(LimitKind::Output) || hit(LimitKind::Scratch) {
        Verdict::OLE
    } else if hit(LimitKind::Memory) {
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
        let table: &[(Ending, &[LimitKind], Check, Verdict)] = &[
            // ending         limits hit          check          verdict
            (Exited(0),       &[],                Accepted,      Verdict::AC),
            (Exited(0),       &[],                Wrong,         Verdict::WA),
            (Exited(0),       &[],                CheckerFailed, Verdict::IE),
            (Exited(0),       &[],                NotRun,        Verdict::IE),
            (NotStarted,      &[],                NotRun,        Verdict::IE),
            (Exited(1),       &[],                NotRun,        Verdict::RE),
            (Signaled(11),    &[],                NotRun,        Verdict::RE),
            // An allocation failure the sandbox did not measure (whatever stderr says) is RE.
            (Signaled(6),     &[],                NotRun,        Verdict::RE),
            (Signaled(9),     &[Cpu],             NotRun,        Verdict::TLE),
            (Signaled(24),    &[Cpu],             NotRun,        Verdict::TLE),
            (Signaled(9),     &[Wall],            NotRun,        Verdict::TLE),
            // A run that finished correctly but over the CPU limit is still TLE.
            (Exited(0),       &[Cpu],             Accepted,      Verdict::TLE),
            (Signaled(9),     &[Memory],          NotRun,        Verdict::MLE),
            (Exited(0),       &[Memory],          Accepted,      Verdict::MLE),
            (Signaled(9),     &[Memory, Cpu],     NotRun,        Verdict::MLE),
            (Signaled(25),    &[Output],          NotRun,        Verdict::OLE),
            (Exited(1),       &[Output],          NotRun,        Verdict::OLE),
            (Signaled(9),     &[Output, Cpu],     NotRun,        Verdict::OLE),
            (Signaled(9),     &[Output, Memory],  NotRun,        Verdict::OLE),
            (Signaled(9),     &[Scratch],         NotRun,        Verdict::OLE),
            (Signaled(9),     &[Scratch, Memory], NotRun,        Verdict::OLE),
            (Signaled(9),     &[Threads],         NotRun,        Verdict::RE),
            (Signaled(9),     &[Memory, Threads], NotRun,        Verdict::MLE),
            (NotStarted,      &[Output],          NotRun,        Verdict::IE),
        ];
        for (i, (ending, hit, check, want)) in table.iter().enumerate() {
            let got = classify(&Facts {
                ending: *ending,
                limits_hit: hit,
                check: *check,
            });
            assert_eq!(got, *want, "row {i}: {ending:?} {hit:?} {check:?}");
        }
    }
}
