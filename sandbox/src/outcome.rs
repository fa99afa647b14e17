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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum LimitKind {
    /// Wrote more than the output cap to stdout or stderr.
    Output,
    /// Peak memory reached the memory limit.
    Memory,
    /// Used more CPU time than allowed.
    Cpu,
    /// Ran past the wall-clock backstop (it slept or blocked).
    Wall,
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
    /// The file named by [`Command::capture_file`](crate::Command::capture_file), if the
    /// program left one.
    pub captured: Option<Vec<u8>>,
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
        {
            hit.push(LimitKind::Output);
        }
        let memory_kib = limits.memory_bytes.map(|b| b / 1024);
        if report.killed_for.as_deref() == Some("memory")
            || memory_kib.is_some_and(|m| report.peak_kib >= m)
        {
            hit.push(LimitKind::Memory);
        }
        if report.killed_for.as_deref() == Some("cpu")
            || signal == Some(libc::SIGXCPU)
            || cpu > limits.cpu
        {
            hit.push(LimitKind::Cpu);
        }
        if report.killed_for.as_deref() == Some("wall") {
            hit.push(LimitKind::Wall);
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
            captured: None,
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
