//! The launcher: a small, freshly exec'd process that runs one program and supervises it.
//!
//! [`Sandbox::run`](crate::Sandbox::run) starts the launcher as `<binary> __judge-sandbox-launch
//! <spec>`, with stdin, stdout and stderr already pointing at the run's files. The launcher:
//!
//! 1. becomes a child subreaper, so orphans of the program reparent to it and can be killed;
//! 2. forks the program into a new session and process group, with rlimits (a CPU backstop, data
//!    size, file size as the output cap, no core files, open files), a parent-death signal, and
//!    every descriptor above 2 closed;
//! 3. supervises it: a pidfd wakes it at exit, and every tick it compares CPU time, wall time and
//!    resident memory with the limits, killing the process group on the first one exceeded;
//! 4. after the program ends, kills its process group and every process left under the launcher
//!    (a daemon that called `setsid`, a fork chain), reaps them, and writes a [`Report`].

use std::ffi::{CString, OsString};
use std::os::fd::AsRawFd;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::sys;

/// The first argument that makes a binary act as the launcher.
pub const LAUNCH_ARG: &str = "__judge-sandbox-launch";

/// How often the supervisor samples CPU time and memory.
const TICK: Duration = Duration::from_millis(10);

/// What to run, passed to the launcher as JSON in its second argument.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Spec {
    #[serde(with = "os_path")]
    pub program: PathBuf,
    #[serde(with = "os_vec")]
    pub args: Vec<OsString>,
    #[serde(with = "os_pairs")]
    pub env: Vec<(OsString, OsString)>,
    #[serde(with = "os_path")]
    pub cwd: PathBuf,
    #[serde(with = "os_path")]
    pub result: PathBuf,
    pub cpu_ms: u64,
    /// Killed past this whatever it does.
    pub wall_ms: u64,
    /// Killed past this if it is idle.
    pub idle_ms: u64,
    pub memory_bytes: Option<u64>,
    pub threads: u64,
    pub scratch_bytes: u64,
    pub scratch_entries: u64,
    pub file_size_bytes: u64,
    /// The cap on stdout and stderr, checked by the supervisor when `file_size_bytes` (the
    /// rlimit) is larger.
    #[serde(default)]
    pub output_bytes: u64,
    /// Processes at once, the program included; 1 forbids creating any.
    #[serde(default = "one")]
    pub processes: u64,
    pub open_files: u64,
    pub layers: crate::harden::Layers,
    /// The judge's pid: the launcher (and so the program) dies with it.
    #[serde(default)]
    pub parent: u32,
    /// Read-only paths for Landlock beyond the system's (interpreter, solution files).
    #[serde(with = "os_paths")]
    pub read_paths: Vec<PathBuf>,
    /// The main thread's stack limit is set at exec (see `Command::stack_at_start`).
    #[serde(default)]
    pub stack_at_start: bool,
}

fn one() -> u64 {
    1
}

impl Spec {
    /// Whether the program may create processes (a compiler running its linker).
    fn may_fork(&self) -> bool {
        self.processes > 1
    }

    pub fn encode(&self) -> String {
        serde_json::to_string(self).expect("a spec always serializes")
    }
}

/// What the launcher saw, written as JSON to `Spec::result`.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct Report {
    pub exit_code: Option<i32>,
    pub signal: Option<i32>,
    pub not_started: Option<String>,
    pub cpu_us: u64,
    pub wall_us: u64,
    pub peak_kib: u64,
    /// The limit the supervisor killed the program for, if it did.
    pub killed_for: Option<crate::LimitKind>,
    pub leftovers: u32,
    pub refused_allocation: Option<u64>,
    pub peak_threads: u64,
    pub scratch_bytes: u64,
    /// A fork-server's zygote ended during the run (the run killed it, or it failed).
    #[serde(default)]
    pub zygote_gone: bool,
}

impl Report {
    pub fn decode(bytes: &[u8]) -> std::io::Result<Report> {
        serde_json::from_slice(bytes).map_err(|e| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("unreadable launcher report: {e}"),
            )
        })
    }
}

/// If this process was started as the launcher, runs it and exits; otherwise returns.
///
/// Call it first thing in `main` of the binary that is passed to
/// [`Sandbox::new`](crate::Sandbox::new), before any thread is started.
pub fn launcher_main_if_requested() {
    let mut args = std::env::args_os();
    let first = args.nth(1);
    if first.as_deref() == Some(crate::probe::PROBE_ARG.as_ref()) {
        let found = crate::probe::probe();
        println!(
            "{}",
            serde_json::to_string(&found).expect("isolation serializes")
        );
        std::process::exit(0);
    }
    if first.as_deref() == Some(crate::server::SERVE_ARG.as_ref()) {
        let code = match args
            .next()
            .map(|spec| serde_json::from_slice::<Spec>(spec.as_bytes()))
        {
            Some(Ok(spec)) => crate::server::serve(&spec),
            _ => {
                eprintln!("judge sandbox launcher: bad or missing spec");
                3
            }
        };
        std::process::exit(code);
    }
    if first.as_deref() != Some(LAUNCH_ARG.as_ref()) {
        return;
    }
    let code = match args
        .next()
        .map(|spec| serde_json::from_slice::<Spec>(spec.as_bytes()))
    {
        Some(Ok(spec)) => match launch(&spec) {
            Ok(report) => write_report(&spec, &report),
            Err(e) => {
                eprintln!("judge sandbox launcher: {e}");
                3
            }
        },
        Some(Err(e)) => {
            eprintln!("judge sandbox launcher: bad spec: {e}");
            3
        }
        None => {
            eprintln!("judge sandbox launcher: missing spec");
            3
        }
    };
    std::process::exit(code);
}

fn write_report(spec: &Spec, report: &Report) -> i32 {
    let json = serde_json::to_vec(report).expect("a report always serializes");
    match std::fs::write(&spec.result, json) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!(
                "judge sandbox launcher: cannot write {}: {e}",
                spec.result.display()
            );
            3
        }
    }
}

pub(crate) fn cstring(bytes: &[u8]) -> std::io::Result<CString> {
    CString::new(bytes).map_err(|_| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "argument contains a NUL byte",
        )
    })
}

fn launch(spec: &Spec) -> std::io::Result<Report> {
    if spec.parent != 0 && !sys::die_with_parent(spec.parent) {
        return Err(std::io::Error::other(
            "the judge that started the launcher is gone",
        ));
    }
    sys::set_non_dumpable();
    sys::become_subreaper()?;
    // Everything the child needs is allocated before the fork.
    let program = cstring(spec.program.as_os_str().as_bytes())?;
    let mut argv = vec![program.clone()];
    for a in &spec.args {
        argv.push(cstring(a.as_bytes())?);
    }
    let envp = spec
        .env
        .iter()
        .map(|(k, v)| {
            let mut kv = k.as_bytes().to_vec();
            kv.push(b'=');
            kv.extend_from_slice(v.as_bytes());
            cstring(&kv)
        })
        .collect::<std::io::Result<Vec<_>>>()?;
    let cwd = cstring(spec.cwd.as_os_str().as_bytes())?;
    // The CPU rlimit is a backstop in whole seconds: the supervisor kills at the real limit.
    let cpu_secs = spec.cpu_ms.div_ceil(1000) + 1;
    let mut rlimits = vec![
        (libc::RLIMIT_CPU, cpu_secs, cpu_secs + 1),
        (
            libc::RLIMIT_FSIZE,
            spec.file_size_bytes,
            spec.file_size_bytes,
        ),
        (libc::RLIMIT_CORE, 0, 0),
        (libc::RLIMIT_NOFILE, spec.open_files, spec.open_files),
    ];
    // The main thread's stack may use most of the memory limit, as deep recursion is common,
    // but not all of it: runaway recursion then overflows the stack (a runtime error with the
    // language's own message) before the memory limit is reached. That limit is set only once
    // the program has started (see `supervise`): glibc makes RLIMIT_STACK at start-up the size
    // of every thread's stack, and thread stacks count against RLIMIT_DATA, so a large one at
    // exec would leave room for only a thread or two. At exec the limit is the hard limit
    // (normally unlimited: glibc then gives threads its 2-8 MiB default).
    // Not for a program that starts others (a compiler): they would start with that limit, and
    // every thread of theirs would reserve a stack of that size.
    let stack = spec
        .memory_bytes
        .filter(|_| !spec.may_fork())
        .map(|mem| (mem / 4 * 3).max(8 << 20).min(mem));
    if let Some(mem) = spec.memory_bytes {
        // DATA, not AS: virtual reservations (thread stacks, arenas) would make AS reject
        // ordinary programs.
        rlimits.push((libc::RLIMIT_DATA, mem, mem));
        match stack.filter(|_| spec.stack_at_start) {
            Some(stack) => rlimits.push((libc::RLIMIT_STACK, stack, stack)),
            None => {
                let hard = sys::hard_limit(libc::RLIMIT_STACK);
                rlimits.push((libc::RLIMIT_STACK, hard, hard));
            }
        }
    }
    // What is left for the supervisor to set once the program has started.
    let stack = stack.filter(|_| !spec.stack_at_start);
    let seccomp = if spec.layers.seccomp {
        crate::harden::seccomp_programs(spec.may_fork()).map_err(std::io::Error::other)?
    } else {
        Vec::new()
    };
    let write_paths = vec![spec.cwd.clone(), PathBuf::from("/dev/null")];
    let layers = || -> Result<(), String> {
        if spec.layers.landlock {
            crate::harden::apply_landlock(&spec.read_paths, &write_paths)?;
        }
        if spec.layers.seccomp {
            crate::harden::apply_seccomp(&seccomp)?;
        }
        Ok(())
    };
    // Allocation requests the kernel would refuse unseen go to the supervisor first.
    let watch_requests = spec.layers.memory_requests && spec.memory_bytes.is_some();
    let request_filter = crate::harden::memory_request_filter();
    let run_dir = spec.result.parent().map(std::path::Path::to_path_buf);
    let run_dir_mode = run_dir
        .as_ref()
        .and_then(|d| std::fs::metadata(d).ok())
        .map(|m| m.permissions().mode());
    let scratch_before = scratch_usage(&spec.cwd, u64::MAX);

    // A program file the judge has just written (a copy of a compiled solution) may still be
    // open for writing in another process it forked at that moment, until that process execs:
    // exec then fails with ETXTBSY for a few milliseconds. That is a race of the machine, not a
    // fault of the program: try again, with a fresh channel, for up to about a second.
    let mut busy_tries = 0;
    let (pid, channel, start) = loop {
        let channel = if watch_requests {
            Some(sys::socket_pair()?)
        } else {
            None
        };
        let child = sys::ChildSetup {
            program: &program,
            argv: &argv,
            envp: &envp,
            cwd: &cwd,
            rlimits: &rlimits,
            run_as: spec.layers.run_as,
            layers: &layers,
            notify: channel
                .as_ref()
                .map(|(_, theirs)| (&request_filter[..], theirs.as_raw_fd())),
            keep_fd: None,
        };
        let start = Instant::now();
        match sys::spawn(&child)? {
            sys::Spawned::Running(pid) => break (pid, channel, start),
            sys::Spawned::ExecFailed(errno, message)
                if errno == libc::ETXTBSY && message.is_empty() && busy_tries < 100 =>
            {
                busy_tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            sys::Spawned::ExecFailed(errno, message) => {
                let why = if message.is_empty() {
                    std::io::Error::from_raw_os_error(errno).to_string()
                } else {
                    message
                };
                return Ok(Report {
                    not_started: Some(format!("cannot execute {}: {why}", spec.program.display())),
                    wall_us: start.elapsed().as_micros() as u64,
                    ..Report::default()
                });
            }
        }
    };
    let listener = channel.and_then(|(ours, _theirs)| sys::recv_fd(ours.as_raw_fd()));
    let watch = Watch {
        pid,
        spec,
        start,
        stack,
        listener: listener.as_ref().map(|fd| fd.as_raw_fd()),
        scratch_before,
    };
    let seen = watch.supervise();
    let status = sys::wait_for(pid)?;
    let wall = start.elapsed();
    // Whatever the program left in its group or reparented to us dies with it.
    sys::kill_group(pid);
    let leftovers = sys::kill_all_children();
    // With every process of the run dead, undo what it may have done to the run directory's
    // permissions, so that the report can be written and the directory removed.
    if let (Some(dir), Some(mode)) = (&run_dir, run_dir_mode) {
        let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode));
    }
    Ok(Report {
        exit_code: status.exit_code,
        signal: status.signal,
        not_started: None,
        cpu_us: status.cpu.as_micros() as u64,
        wall_us: wall.as_micros() as u64,
        peak_kib: status.max_rss_kib.max(seen.peak_kib),
        killed_for: seen.killed_for,
        leftovers,
        refused_allocation: seen.refused_allocation,
        peak_threads: seen.peak_threads,
        scratch_bytes: seen.scratch_bytes,
        zygote_gone: false,
    })
}

/// What the supervisor saw of one run.
#[derive(Debug, Default)]
pub(crate) struct Seen {
    pub killed_for: Option<crate::LimitKind>,
    pub peak_kib: u64,
    pub peak_threads: u64,
    pub refused_allocation: Option<u64>,
    pub scratch_bytes: u64,
}

/// The supervisor of one running program.
pub(crate) struct Watch<'a> {
    pub pid: libc::pid_t,
    pub spec: &'a Spec,
    pub start: Instant,
    /// The main thread's stack limit, set once the program has started.
    pub stack: Option<u64>,
    /// Where the seccomp filter sends large allocation requests.
    pub listener: Option<std::os::fd::RawFd>,
    /// Space and entries in the scratch directory before the program started.
    pub scratch_before: (u64, u64),
}

impl Watch<'_> {
    /// Waits for the program to exit, killing its process group if it exceeds a limit. The
    /// process is left as a zombie for `wait_for`.
    ///
    /// Time: the verdict's clock is CPU time, which a loaded machine barely changes, so a
    /// program that computes is stopped by its CPU limit. The wall clock only catches programs
    /// that do not compute: past the CPU limit plus one second, a program that used less than
    /// [`IDLE_CPU_SHARE`] of a core over the last [`IDLE_WINDOW`] is killed; and past
    /// [`Limits::wall`](crate::Limits::wall) (three times the CPU limit plus one second) any
    /// program is, whatever its share of the CPU.
    ///
    /// Both deadlines count the program's own time, not the machine's: time in which it was
    /// ready to run but waited for a CPU other programs held (sampled from its state each tick)
    /// is not counted, so a busy machine slows a solution down without stopping it. A program
    /// cannot buy itself such time: to wait for a CPU it must want one, and CPU time it gets is
    /// counted by the CPU limit.
    pub fn supervise(&self) -> Seen {
        let pid = self.pid;
        let spec = self.spec;
        let exit = sys::ExitWatch::new(pid);
        let idle_after = Duration::from_millis(spec.idle_ms);
        let hard_wall = Duration::from_millis(spec.wall_ms);
        let cpu_limit = Duration::from_millis(spec.cpu_ms);
        let memory_kib = spec.memory_bytes.map(|b| b / 1024);
        let listener = self.listener;
        let mut seen = Seen::default();
        let mut recent: std::collections::VecDeque<(Instant, Duration)> = Default::default();
        let mut stack_pending = self.stack;
        let cpu_at_start = sys::process_cpu_ns(pid).unwrap_or(0);
        let mut next_tick = Instant::now() + TICK;
        // Wall time in which the program was ready to run but had no CPU.
        let mut starved = Duration::ZERO;
        let mut last_sample: Option<(Instant, Duration, bool)> = None;
        loop {
            let mut timeout = next_tick.saturating_duration_since(Instant::now());
            if stack_pending.is_some() {
                timeout = timeout.min(STARTUP_TICK);
            }
            let (exited, request) = exit.wait_or(timeout, listener);
            if exited {
                return seen;
            }
            if let Some(stack) = stack_pending {
                // glibc has read the limit long before the program used this much CPU.
                let ran = sys::process_cpu_ns(pid).unwrap_or(u64::MAX);
                if ran.saturating_sub(cpu_at_start) >= STACK_LIMIT_AFTER_NS {
                    sys::set_limit_of(pid, libc::RLIMIT_STACK, stack, stack, spec.layers.run_as);
                    stack_pending = None;
                }
            }
            if let (true, Some(fd)) = (request, listener) {
                if let Some(req) = sys::notification(fd) {
                    let too_big = self.request_passes_limit(&req);
                    sys::answer(fd, req.id, too_big.map(|_| libc::ENOMEM));
                    if let Some(bytes) = too_big {
                        seen.refused_allocation = Some(bytes);
                        seen.killed_for = Some(crate::LimitKind::Memory);
                        sys::kill_group(pid);
                        return seen;
                    }
                }
            }
            let now = Instant::now();
            if now < next_tick {
                continue;
            }
            next_tick = now + TICK;
            let cpu = sys::cpu_time(pid);
            if let Some(cpu) = cpu {
                let runnable = if spec.may_fork() {
                    sys::any_thread_runnable(pid)
                } else {
                    sys::runnable(pid)
                };
                if let Some((t0, c0, was_runnable)) = last_sample {
                    if runnable && was_runnable {
                        // Ready to run at both ends of the interval: what of it was not spent
                        // on a CPU was spent waiting for one. (A program that sleeps and wakes
                        // is rarely seen ready twice in a row, so it gains next to nothing.)
                        starved += (now - t0).saturating_sub(cpu.saturating_sub(c0));
                    }
                }
                last_sample = Some((now, cpu, runnable));
                recent.push_back((now, cpu));
                while recent.len() > 2 && now - recent[1].0 >= IDLE_WINDOW {
                    recent.pop_front();
                }
            }
            let elapsed = (now - self.start).saturating_sub(starved);
            // Idle: little CPU over the window, and not waiting for one now.
            let idle = || match (recent.front(), recent.back()) {
                (Some(&(t0, c0)), Some(&(t1, c1))) if t1 - t0 >= IDLE_WINDOW => {
                    (c1 - c0).as_secs_f64() < IDLE_CPU_SHARE * (t1 - t0).as_secs_f64()
                        && !last_sample.is_some_and(|(_, _, runnable)| runnable)
                }
                _ => false,
            };
            let mut status = sys::status(pid).unwrap_or_default();
            let mut processes = 1;
            if spec.may_fork() {
                // The program's children (a linker) count: every process of the tree for the
                // cap, all their threads for the thread cap, the largest for memory (each has
                // the memory rlimit of its own).
                let tree = sys::process_tree(pid, spec.processes + 1);
                processes = tree.len() as u64;
                for &p in tree.iter().skip(1) {
                    if let Some(st) = sys::status(p) {
                        status.threads += st.threads;
                        status.peak_kib = status.peak_kib.max(st.peak_kib);
                    }
                }
            }
            seen.peak_kib = seen.peak_kib.max(status.peak_kib);
            seen.peak_threads = seen.peak_threads.max(status.threads);
            // The output files' rlimit is above the cap (the program writes larger files):
            // hold stdout and stderr to the cap here.
            let over_output = spec.file_size_bytes > spec.output_bytes.saturating_add(1)
                && (sys::fd_size(1) > spec.output_bytes || sys::fd_size(2) > spec.output_bytes);
            let (bytes, entries) =
                scratch_usage(&spec.cwd, spec.scratch_entries + self.scratch_before.1);
            seen.scratch_bytes = bytes.saturating_sub(self.scratch_before.0);
            let over_scratch = seen.scratch_bytes > spec.scratch_bytes
                || entries.saturating_sub(self.scratch_before.1) > spec.scratch_entries;
            use crate::LimitKind as K;
            let reason = if cpu.is_some_and(|c| c >= cpu_limit) {
                Some(K::Cpu)
            } else if elapsed >= hard_wall || (elapsed >= idle_after && idle()) {
                Some(K::Wall)
            } else if memory_kib.is_some_and(|m| status.peak_kib >= m) {
                Some(K::Memory)
            } else if status.threads > spec.threads {
                Some(K::Threads)
            } else if processes > spec.processes {
                Some(K::Processes)
            } else if over_scratch {
                Some(K::Scratch)
            } else if over_output {
                Some(K::Output)
            } else {
                None
            };
            if reason.is_some() {
                sys::kill_group(pid);
                seen.killed_for = reason;
                return seen;
            }
        }
    }

    /// If this allocation request would take the program past its memory limit, its size.
    ///
    /// It mirrors the kernel's own RLIMIT_DATA rule (private writable memory counts), so a
    /// request refused here is one the kernel would have refused unseen.
    pub fn request_passes_limit(&self, req: &sys::Request) -> Option<u64> {
        let limit = self.spec.memory_bytes?;
        let writable = |prot: u64| prot & libc::PROT_WRITE as u64 != 0;
        let private = |flags: u64| flags & libc::MAP_SHARED as u64 == 0;
        let asked = match req.nr as i64 {
            libc::SYS_mmap if writable(req.args[2]) && private(req.args[3]) => req.args[1],
            libc::SYS_mremap => req.args[2].saturating_sub(req.args[1]),
            libc::SYS_mprotect if writable(req.args[2]) => req.args[1],
            _ => return None,
        };
        let in_use = sys::status(req.tid as libc::pid_t)?.data_kib * 1024;
        (in_use.saturating_add(asked) > limit).then_some(asked)
    }
}

/// How far back the supervisor looks to decide that a program is idle.
const IDLE_WINDOW: Duration = Duration::from_millis(500);
/// Below this share of one core over the window, a program past its idle deadline is idle.
const IDLE_CPU_SHARE: f64 = 0.05;
/// The program's CPU time after which its stack limit is set: glibc reads the limit once the
/// dynamic loader is done, a fraction of a millisecond on an idle machine but more than one on a
/// busy one (python3's relocations, with the other hyperthread of the core busy: the limit
/// then came first, glibc sized every thread's stack by it, and 16 threads under a 64 MiB
/// limit could not start). Python, the one language that takes the late limit, starts its
/// interpreter for more than 5 ms of CPU before running any code of the user's, so a runaway
/// recursion has not begun by then.
const STACK_LIMIT_AFTER_NS: u64 = 5_000_000;
/// How often the supervisor looks until the stack limit is set.
const STARTUP_TICK: Duration = Duration::from_millis(1);

/// Disk space (bytes) and entries under `dir`, not following symlinks; stops counting entries
/// past `max_entries`.
pub(crate) fn scratch_usage(dir: &std::path::Path, max_entries: u64) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    let mut bytes = 0u64;
    let mut entries = 0u64;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(list) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in list.flatten() {
            entries += 1;
            if entries > max_entries {
                return (bytes, entries);
            }
            if let Ok(m) = e.metadata() {
                bytes += m.blocks() * 512;
                if m.is_dir() {
                    stack.push(e.path());
                }
            }
        }
    }
    (bytes, entries)
}

/// Serde helpers that carry OS strings as byte arrays, so no path or argument is mangled.
pub(crate) mod os_path {
    use super::*;
    pub fn serialize<S: serde::Serializer>(p: &std::path::Path, s: S) -> Result<S::Ok, S::Error> {
        p.as_os_str().as_bytes().serialize(s)
    }
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<PathBuf, D::Error> {
        Ok(PathBuf::from(OsString::from_vec(Vec::<u8>::deserialize(
            d,
        )?)))
    }
}

mod os_paths {
    use super::*;
    pub fn serialize<S: serde::Serializer>(v: &[PathBuf], s: S) -> Result<S::Ok, S::Error> {
        let bytes: Vec<&[u8]> = v.iter().map(|o| o.as_os_str().as_bytes()).collect();
        bytes.serialize(s)
    }
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<PathBuf>, D::Error> {
        let v = Vec::<Vec<u8>>::deserialize(d)?;
        Ok(v.into_iter()
            .map(|b| PathBuf::from(OsString::from_vec(b)))
            .collect())
    }
}

mod os_vec {
    use super::*;
    pub fn serialize<S: serde::Serializer>(v: &[OsString], s: S) -> Result<S::Ok, S::Error> {
        let bytes: Vec<&[u8]> = v.iter().map(|o| o.as_bytes()).collect();
        bytes.serialize(s)
    }
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<OsString>, D::Error> {
        let v = Vec::<Vec<u8>>::deserialize(d)?;
        Ok(v.into_iter().map(OsString::from_vec).collect())
    }
}

mod os_pairs {
    use super::*;
    type Pairs = Vec<(OsString, OsString)>;
    pub fn serialize<S: serde::Serializer>(v: &Pairs, s: S) -> Result<S::Ok, S::Error> {
        let bytes: Vec<(&[u8], &[u8])> = v
            .iter()
            .map(|(k, val)| (k.as_bytes(), val.as_bytes()))
            .collect();
        bytes.serialize(s)
    }
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Pairs, D::Error> {
        let v = Vec::<(Vec<u8>, Vec<u8>)>::deserialize(d)?;
        Ok(v.into_iter()
            .map(|(k, val)| (OsString::from_vec(k), OsString::from_vec(val)))
            .collect())
    }
}
