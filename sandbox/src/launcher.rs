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
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::sys;

/// The first argument that makes a binary act as the launcher.
pub const LAUNCH_ARG: &str = "__judge-sandbox-launch";

/// How often the supervisor samples CPU time and memory.
const TICK: Duration = Duration::from_millis(10);

/// What to run, passed to the launcher as JSON in its second argument.
#[derive(Debug, Serialize, Deserialize)]
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
    pub wall_ms: u64,
    pub memory_bytes: Option<u64>,
    pub file_size_bytes: u64,
    pub open_files: u64,
    pub layers: crate::harden::Layers,
    /// Read-only paths for Landlock beyond the system's (interpreter, solution files).
    #[serde(with = "os_paths")]
    pub read_paths: Vec<PathBuf>,
}

impl Spec {
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
    /// `cpu`, `wall` or `memory` when the supervisor killed the program for that limit.
    pub killed_for: Option<String>,
    pub leftovers: u32,
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

fn cstring(bytes: &[u8]) -> std::io::Result<CString> {
    CString::new(bytes).map_err(|_| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "argument contains a NUL byte",
        )
    })
}

fn launch(spec: &Spec) -> std::io::Result<Report> {
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
    if let Some(mem) = spec.memory_bytes {
        // DATA, not AS: virtual reservations (thread stacks, arenas) would make AS reject
        // ordinary programs. The stack may use most of the limit, as deep recursion is common,
        // but not all of it: runaway recursion then overflows the stack (a runtime error with
        // the language's own message) before the memory limit is reached.
        let stack = (mem / 4 * 3).max(8 << 20).min(mem);
        rlimits.push((libc::RLIMIT_DATA, mem, mem));
        rlimits.push((libc::RLIMIT_STACK, stack, stack));
    }
    let seccomp = if spec.layers.seccomp {
        crate::harden::seccomp_programs().map_err(std::io::Error::other)?
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
    let child = sys::ChildSetup {
        program: &program,
        argv: &argv,
        envp: &envp,
        cwd: &cwd,
        rlimits: &rlimits,
        run_as: spec.layers.run_as,
        layers: &layers,
    };

    let start = Instant::now();
    let pid = match sys::spawn(&child)? {
        sys::Spawned::Running(pid) => pid,
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
    };
    let killed_for = supervise(pid, spec, start);
    let status = sys::wait_for(pid)?;
    let wall = start.elapsed();
    // Whatever the program left in its group or reparented to us dies with it.
    sys::kill_group(pid);
    let leftovers = sys::kill_all_children();
    Ok(Report {
        exit_code: status.exit_code,
        signal: status.signal,
        not_started: None,
        cpu_us: status.cpu.as_micros() as u64,
        wall_us: wall.as_micros() as u64,
        peak_kib: status.max_rss_kib,
        killed_for: killed_for.map(str::to_string),
        leftovers,
    })
}

/// Waits for `pid` to exit, killing its process group if it exceeds a limit. Returns the limit
/// that made the supervisor kill it, if any. The process is left as a zombie for `wait_for`.
///
/// The wall-clock deadline is a guard against programs that sleep or block, not a second time
/// limit: on a busy machine a program that computes gets less than a whole core, and killing it
/// for its wall time would give a wrong TLE. So past the deadline the program is killed only if
/// it has been (nearly) idle over the last [`IDLE_WINDOW`], or once it passes
/// [`WALL_HARD_FACTOR`] times the deadline whatever it does. A busy program reaches its CPU
/// limit first anyway.
fn supervise(pid: libc::pid_t, spec: &Spec, start: Instant) -> Option<&'static str> {
    let exit = sys::ExitWatch::new(pid);
    let wall_limit = Duration::from_millis(spec.wall_ms);
    let cpu_limit = Duration::from_millis(spec.cpu_ms);
    let memory_kib = spec.memory_bytes.map(|b| b / 1024);
    let mut recent: std::collections::VecDeque<(Instant, Duration)> = Default::default();
    loop {
        if exit.wait(TICK) {
            return None;
        }
        let now = Instant::now();
        let cpu = sys::cpu_time(pid);
        if let Some(cpu) = cpu {
            recent.push_back((now, cpu));
            while recent.len() > 2 && now - recent[1].0 >= IDLE_WINDOW {
                recent.pop_front();
            }
        }
        let elapsed = now - start;
        let idle = || match (recent.front(), recent.back()) {
            (Some(&(t0, c0)), Some(&(t1, c1))) if t1 - t0 >= IDLE_WINDOW => {
                (c1 - c0).as_secs_f64() < IDLE_CPU_SHARE * (t1 - t0).as_secs_f64()
            }
            _ => false,
        };
        let reason = if cpu.is_some_and(|c| c >= cpu_limit) {
            Some("cpu")
        } else if elapsed >= wall_limit && (idle() || elapsed >= wall_limit * WALL_HARD_FACTOR) {
            Some("wall")
        } else if memory_kib.is_some_and(|m| sys::peak_rss_kib(pid).is_some_and(|rss| rss >= m)) {
            Some("memory")
        } else {
            None
        };
        if reason.is_some() {
            sys::kill_group(pid);
            return reason;
        }
    }
}

/// How far back the supervisor looks to decide that a program is idle.
const IDLE_WINDOW: Duration = Duration::from_millis(500);
/// Below this share of one core over the window, a program past its wall deadline is idle.
const IDLE_CPU_SHARE: f64 = 0.05;
/// Past this multiple of the wall deadline a program is killed even if it computes.
const WALL_HARD_FACTOR: u32 = 4;

/// Serde helpers that carry OS strings as byte arrays, so no path or argument is mangled.
mod os_path {
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
