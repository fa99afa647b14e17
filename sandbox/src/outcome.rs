//! [`Outcome`]: what happened to one sandboxed process, and the measurements taken of it.

use std::time::Duration;

use crate::launcher::Report;
use crate::Limits;

/// How the process ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Termination {
    /// It exited with this code.
    Exited(i32),
    /// It was killed by this signal (by itself, the kernel or the supervisor).
    Signaled(i32),
    /// It never ran: the program could not be executed. The text says why.
    NotStarted(String),
}

/// A limit the process hit. The supervisor's kill, a limit signal or the measurements tell.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum LimitKind {
    /// Wrote more than the output cap to stdout or stderr.
    Output,
    /// Filled its scratch directory past the quota (bytes or entries).
    Scratch,
    /// Peak memory reached the memory limit, or one allocation asked for more than was left.
    Memory,
    /// Used more CPU time than allowed.
    Cpu,
    /// Ran past a wall-clock deadline: idle (slept or blocked) past the CPU limit plus one
    /// second, or past [`Limits::wall`](crate::Limits::wall) whatever it did.
    Wall,
    /// Ran more threads at once than allowed.
    Threads,
    /// Ran more processes at once than allowed (only where creating them is allowed at all).
    Processes,
}

/// What happened to one run.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub termination: Termination,
    /// The limits that were exceeded, in the order of [`LimitKind`].
    pub limits_hit: Vec<LimitKind>,
    /// User + system CPU time of the process (and of descendants it waited for).
    pub cpu: Duration,
    pub wall: Duration,
    /// Peak resident memory of the process, in KiB (`ru_maxrss` of the process alone).
    pub peak_memory_kib: u64,
    /// The first bytes of stdout, at most the output cap.
    pub stdout: Vec<u8>,
    /// Everything the process wrote to stdout, kept or not.
    pub stdout_bytes: u64,
    /// The last bytes of stderr.
    pub stderr_tail: Vec<u8>,
    pub stderr_bytes: u64,
    /// Processes still alive after the main one ended (orphans, daemons), all killed.
    pub leftover_processes: u32,
    /// The largest single allocation the supervisor refused because it would have passed the
    /// memory limit, in bytes.
    pub refused_allocation_bytes: Option<u64>,
    /// The most threads seen running at once.
    pub peak_threads: u64,
    /// What the program added to its scratch directory, in bytes of disk space.
    pub scratch_bytes: u64,
    /// The file named by [`Command::capture_file`](crate::Command::capture_file), if the
    /// program left one.
    pub captured: Option<Vec<u8>>,
    /// Whether the file named by [`Command::keep_file`](crate::Command::keep_file) was there
    /// and was moved to its destination.
    pub kept: bool,
}

impl Outcome {
    pub(crate) fn from_report(
        report: Report,
        limits: &Limits,
        stdout: Vec<u8>,
        stdout_bytes: u64,
        stderr_tail: Vec<u8>,
        stderr_bytes: u64,
    ) -> Self {
        let termination = if let Some(err) = report.not_started {
            Termination::NotStarted(err)
        } else if let Some(sig) = report.signal {
            Termination::Signaled(sig)
        } else {
            Termination::Exited(report.exit_code.unwrap_or(0))
        };
        let cpu = Duration::from_micros(report.cpu_us);
        let mut hit = Vec::new();
        let signal = match termination {
            Termination::Signaled(s) => Some(s),
            _ => None,
        };
        if stdout_bytes > limits.output_bytes
            || stderr_bytes > limits.output_bytes
            || signal == Some(libc::SIGXFSZ)
            || report.killed_for == Some(LimitKind::Output)
        {
            hit.push(LimitKind::Output);
        }
        let killed_for = |k| report.killed_for == Some(k);
        if killed_for(LimitKind::Scratch) {
            hit.push(LimitKind::Scratch);
        }
        let memory_kib = limits.memory_bytes.map(|b| b / 1024);
        if killed_for(LimitKind::Memory) || memory_kib.is_some_and(|m| report.peak_kib >= m) {
            hit.push(LimitKind::Memory);
        }
        if killed_for(LimitKind::Cpu) || signal == Some(libc::SIGXCPU) || cpu > limits.cpu {
            hit.push(LimitKind::Cpu);
        }
        if killed_for(LimitKind::Wall) {
            hit.push(LimitKind::Wall);
        }
        if killed_for(LimitKind::Threads) {
            hit.push(LimitKind::Threads);
        }
        if killed_for(LimitKind::Processes) {
            hit.push(LimitKind::Processes);
        }
        Outcome {
            termination,
            limits_hit: hit,
            cpu,
            wall: Duration::from_micros(report.wall_us),
            peak_memory_kib: report.peak_kib,
            stdout,
            stdout_bytes,
            stderr_tail,
            stderr_bytes,
            leftover_processes: report.leftovers,
            refused_allocation_bytes: report.refused_allocation,
            peak_threads: report.peak_threads,
            scratch_bytes: report.scratch_bytes,
            captured: None,
            kept: false,
        }
    }

    /// Whether the process exited normally with code 0 and hit no limit.
    pub fn success(&self) -> bool {
        self.termination == Termination::Exited(0) && self.limits_hit.is_empty()
    }

    pub fn hit(&self, kind: LimitKind) -> bool {
        self.limits_hit.contains(&kind)
    }
}

/// The conventional name of a signal, for reports (`SIGSEGV`), or its number.
pub fn signal_name(sig: i32) -> String {
    let name = match sig {
        libc::SIGHUP => "SIGHUP",
        libc::SIGINT => "SIGINT",
        libc::SIGQUIT => "SIGQUIT",
        libc::SIGILL => "SIGILL",
        libc::SIGTRAP => "SIGTRAP",
        libc::SIGABRT => "SIGABRT",
        libc::SIGBUS => "SIGBUS",
        libc::SIGFPE => "SIGFPE",
        libc::SIGKILL => "SIGKILL",
        libc::SIGSEGV => "SIGSEGV",
        libc::SIGPIPE => "SIGPIPE",
        libc::SIGALRM => "SIGALRM",
        libc::SIGTERM => "SIGTERM",
        libc::SIGXCPU => "SIGXCPU",
        libc::SIGXFSZ => "SIGXFSZ",
        libc::SIGSYS => "SIGSYS",
        _ => return format!("signal {sig}"),
    };
    name.to_string()
}
