//! [`Process`]: what the runner needs to know about one sandboxed run, taken from
//! `sandbox::Outcome` here and nowhere else, so that a change of the sandbox's outcome type
//! (a typed limit, the wall-clock rule moving into the sandbox) is absorbed in this one file.

use std::time::Duration;

use crate::verdict::Ending;
use sandbox::{LimitKind, Termination};

/// How a process ended, as reporters show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ended {
    Exited(i32),
    /// Killed by this signal number.
    Signaled(i32),
    /// It never started; the sandbox's reason.
    NotStarted(String),
}

/// The limits a process exceeded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LimitsHit {
    pub cpu: bool,
    pub wall: bool,
    pub memory: bool,
    pub output: bool,
    /// The scratch directory passed its quota.
    pub scratch: bool,
    /// More threads ran at once than allowed.
    pub threads: bool,
}

impl LimitsHit {
    pub fn any(self) -> bool {
        self.cpu || self.wall || self.memory || self.output || self.scratch || self.threads
    }
}

/// One sandboxed run of a solution, as facts.
#[derive(Debug, Clone)]
pub(crate) struct Process {
    pub ended: Ended,
    pub hit: LimitsHit,
    /// The sandbox's limit kinds, for [`crate::verdict::classify`].
    pub limits_hit: Vec<LimitKind>,
    pub cpu: Duration,
    pub wall: Duration,
    pub peak_memory_kib: u64,
    /// Stdout, or its first [`super::IN_MEMORY_BYTES`] when it is larger.
    pub stdout: Vec<u8>,
    /// All of stdout, when it is larger than [`super::IN_MEMORY_BYTES`].
    pub stdout_file: Option<std::sync::Arc<std::fs::File>>,
    pub stdout_bytes: u64,
    pub stderr_tail: Vec<u8>,
    pub stderr_bytes: u64,
    pub captured: Option<Vec<u8>>,
    /// The largest single allocation the sandbox refused for passing the memory limit.
    pub refused_allocation_bytes: Option<u64>,
    /// The most threads seen running at once.
    pub peak_threads: u64,
    /// What the program added to its scratch directory, in bytes.
    pub scratch_bytes: u64,
}

impl Process {
    /// The only reading of `sandbox::Outcome` in the judge.
    pub fn from_outcome(o: sandbox::Outcome) -> Process {
        let ended = match &o.termination {
            Termination::Exited(c) => Ended::Exited(*c),
            Termination::Signaled(s) => Ended::Signaled(*s),
            Termination::NotStarted(why) => Ended::NotStarted(why.clone()),
        };
        let hit = LimitsHit {
            cpu: o.hit(LimitKind::Cpu),
            wall: o.hit(LimitKind::Wall),
            memory: o.hit(LimitKind::Memory),
            output: o.hit(LimitKind::Output),
            scratch: o.hit(LimitKind::Scratch),
            threads: o.hit(LimitKind::Threads),
        };
        Process {
            ended,
            hit,
            limits_hit: o.limits_hit,
            cpu: o.cpu,
            wall: o.wall,
            peak_memory_kib: o.peak_memory_kib,
            stdout: o.stdout,
            stdout_file: o.stdout_file,
            stdout_bytes: o.stdout_bytes,
            stderr_tail: o.stderr_tail,
            stderr_bytes: o.stderr_bytes,
            captured: o.captured,
            refused_allocation_bytes: o.refused_allocation_bytes,
            peak_threads: o.peak_threads,
            scratch_bytes: o.scratch_bytes,
        }
    }

    /// For [`crate::verdict::classify`].
    pub fn ending(&self) -> Ending {
        match &self.ended {
            Ended::Exited(c) => Ending::Exited(*c),
            Ended::Signaled(s) => Ending::Signaled(*s),
            Ended::NotStarted(_) => Ending::NotStarted,
        }
    }
}
