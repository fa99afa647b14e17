//! A fork-server: one sandboxed interpreter that forks a child per run.
//!
//! Starting an interpreter and importing its libraries costs tens of milliseconds, forking a
//! prepared one about a millisecond. [`Sandbox::start_server`](crate::Sandbox::start_server)
//! starts a launcher (`<binary> __judge-sandbox-serve <spec>`) that starts the server program
//! (the *zygote*) once, with every layer that holds for the whole run: the uid drop, Landlock
//! (the system, the read paths and one scratch directory, reused by every run), the seccomp
//! filter *without* the rule against creating processes, the memory-request listener, and the
//! rlimits that do not change (`NOFILE`, `CORE`, `FSIZE`, `STACK` at exec). For each run:
//!
//! 1. the judge writes the run's stdin and empties the scratch directory, and sends the limits
//!    and the three file paths to the launcher (a JSON line on its stdin);
//! 2. the launcher opens the files and sends them with the limits to the zygote (a message on
//!    the zygote's descriptor 3, a unix socket, with the descriptors as `SCM_RIGHTS`);
//! 3. the zygote forks; the child makes itself a new session, sets the parent-death signal,
//!    takes the three files as stdin, stdout and stderr, closes every other descriptor, sets
//!    the run's rlimits (`CPU`, `DATA`, `FSIZE`, `STACK`), scopes its signals to itself where
//!    Landlock can (so it cannot kill the zygote), and installs the filter against creating
//!    processes (built here, sent to the zygote when it starts) before any code of the run;
//! 4. the zygote sends the child's pid; the launcher supervises it exactly as a run it forked
//!    itself (CPU, wall and idle deadlines, memory, threads, scratch quota), kills its process
//!    group and every orphan (they reparent to the launcher, a subreaper), then tells the
//!    zygote to reap it; the zygote sends back its status, CPU time and peak memory, from
//!    which the launcher writes the same report as for an exec'd run (a JSON line).
//!
//! The zygote's side of the protocol (messages on descriptor 3):
//!
//! * from the launcher, first: the filter, as raw `struct sock_filter` bytes;
//! * to the launcher: `ready`, or `unavailable <reason>` (then the caller runs each program
//!   with exec, as without a server);
//! * per run, from the launcher: the limits as JSON (`cpu` seconds, `data`, `fsize`, `stack`
//!   bytes or null; `check`: true for a check run, see [`Server::check`]) with three
//!   descriptors; to the launcher: `pid <n>`; from the launcher:
//!   `reap`; to the launcher: `exit <wait status> <cpu µs> <max rss KiB>`.
//!
//! If the zygote dies (a run killed it, or it failed), the run in progress is reported from
//! what the launcher saw (its child is reparented to the launcher and reaped there; a run that
//! killed its zygote ends as killed), and the server is finished: the caller starts another.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::launcher::{cstring, scratch_usage, Report, Spec, Watch};
use crate::outcome::Outcome;
use crate::{sys, Command, RunDir, Sandbox, Stdin};

/// The first argument that makes a binary act as a fork-server's launcher.
pub const SERVE_ARG: &str = "__judge-sandbox-serve";

/// Set to `0` to run every program with exec, without a fork-server (for comparison and
/// tests); set to `1` to ask for one.
pub const FORK_SERVER_ENV: &str = "JUDGE_FORK_SERVER";

/// How long a zygote may take to start (import its libraries, compile the solution).
const START_TIMEOUT: Duration = Duration::from_secs(30);

/// One run's limits and files, sent by the judge to the serving launcher.
#[derive(Debug, Serialize, Deserialize)]
struct RunRequest {
    #[serde(with = "crate::launcher::os_path")]
    stdin: PathBuf,
    #[serde(with = "crate::launcher::os_path")]
    stdout: PathBuf,
    #[serde(with = "crate::launcher::os_path")]
    stderr: PathBuf,
    cpu_ms: u64,
    wall_ms: u64,
    idle_ms: u64,
    memory_bytes: Option<u64>,
    threads: u64,
    scratch_bytes: u64,
    scratch_entries: u64,
    file_size_bytes: u64,
    /// A check run: the zygote's child checks the prepared program instead of running it.
    #[serde(default)]
    check: bool,
}

/// The launcher's first answer.
#[derive(Debug, Serialize, Deserialize)]
struct Hello {
    ready: bool,
    reason: Option<String>,
}

/// The launcher's answer to one run.
#[derive(Debug, Serialize, Deserialize)]
struct RunReply {
    report: Option<Report>,
    /// The server failed before the run started: nothing ran.
    broken: Option<String>,
}

/// A running fork-server: runs programs by forking its prepared zygote.
pub struct Server {
    launcher: std::process::Child,
    /// None once closed (which ends the launcher).
    requests: Option<std::process::ChildStdin>,
    replies: BufReader<std::process::ChildStdout>,
    dir: RunDir,
    scratch: PathBuf,
    run_as: Option<(u32, u32)>,
    broken: bool,
}

impl Sandbox {
    /// Starts `cmd` (an interpreter that speaks the zygote's protocol, see the module's note)
    /// as a fork-server under this sandbox's layers. `Ok(Err(reason))`: the server cannot apply
    /// every layer after a fork here (or did not start); run with [`Sandbox::run`] instead.
    /// `cmd`'s limits give the output cap and open files of every run.
    pub fn start_server(&self, cmd: &Command) -> io::Result<Result<Server, String>> {
        let dir = RunDir::new_in(&self.temp_root, "judge-serve-")?;
        let scratch = dir.path().join("scratch");
        std::fs::create_dir(&scratch)?;
        if let Some((uid, gid)) = self.layers.run_as {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o711))?;
            std::os::unix::fs::chown(&scratch, Some(uid), Some(gid))?;
        }
        let limits = &cmd.limits;
        let spec = Spec {
            program: cmd.program.clone(),
            args: cmd.args.clone(),
            env: cmd.env.clone(),
            cwd: scratch.clone(),
            result: dir.path().join("result.json"),
            cpu_ms: crate::millis(limits.cpu),
            wall_ms: crate::millis(limits.wall()),
            idle_ms: crate::millis(limits.idle_deadline()),
            memory_bytes: limits.memory_bytes,
            threads: limits.threads,
            scratch_bytes: limits.scratch_bytes,
            scratch_entries: limits.scratch_entries,
            file_size_bytes: limits.output_bytes.saturating_add(1),
            output_bytes: limits.output_bytes,
            // The zygote's children get the filter against creating processes themselves.
            processes: 1,
            open_files: limits.open_files,
            layers: self.layers.clone(),
            parent: std::process::id(),
            read_paths: cmd.read_paths.clone(),
            stack_at_start: cmd.stack_at_start,
        };
        let log = File::create(dir.path().join("server.log"))?;
        let mut launcher = std::process::Command::new(&self.launcher)
            .arg(SERVE_ARG)
            .arg(spec.encode())
            .env_clear()
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::from(log))
            .spawn()?;
        let requests = launcher.stdin.take().expect("piped");
        let mut replies = BufReader::new(launcher.stdout.take().expect("piped"));
        let mut line = String::new();
        replies.read_line(&mut line)?;
        let hello: Hello = match serde_json::from_str(&line) {
            Ok(h) => h,
            Err(_) => {
                let _ = launcher.kill();
                let _ = launcher.wait();
                let log =
                    std::fs::read_to_string(dir.path().join("server.log")).unwrap_or_default();
                let last = log.lines().last().unwrap_or("").trim().to_string();
                return Ok(Err(if last.is_empty() {
                    "the fork-server did not start".to_string()
                } else {
                    format!("the fork-server did not start: {last}")
                }));
            }
        };
        if !hello.ready {
            let _ = launcher.wait();
            return Ok(Err(hello
                .reason
                .unwrap_or_else(|| "the fork-server is unavailable".to_string())));
        }
        Ok(Ok(Server {
            launcher,
            requests: Some(requests),
            replies,
            dir,
            scratch,
            run_as: self.layers.run_as,
            broken: false,
        }))
    }
}

impl Server {
    /// Whether the server can run more programs (false once its zygote has died).
    pub fn alive(&self) -> bool {
        !self.broken
    }

    /// Runs one program (the zygote's child) with `cmd`'s stdin, limits and capture file;
    /// `cmd`'s program, arguments, environment and read paths are the server's own. Scratch
    /// files are not supported (the caller runs such a command with exec).
    ///
    /// `Err`: the server failed before the run started (nothing ran; run it with exec).
    pub fn run(&mut self, cmd: &Command) -> io::Result<Outcome> {
        self.run_request(cmd, false)
    }

    /// Runs a check of the prepared program instead of the program (a child that, for the
    /// Python harness, only compiles the source and writes its result to stdout), under
    /// `cmd`'s limits, supervised as a run; if it exits 0, the zygote prepares what it checked
    /// for the runs that follow (so it never does such work before a limited child did).
    pub fn check(&mut self, cmd: &Command) -> io::Result<Outcome> {
        self.run_request(cmd, true)
    }

    fn run_request(&mut self, cmd: &Command, check: bool) -> io::Result<Outcome> {
        if self.broken {
            return Err(io::Error::other("the fork-server has ended"));
        }
        let result = self.run_inner(cmd, check);
        if result.is_err() {
            self.broken = true;
        }
        result
    }

    fn run_inner(&mut self, cmd: &Command, check: bool) -> io::Result<Outcome> {
        // A fresh scratch directory for every run: the same directory (Landlock's rule is on
        // it), emptied.
        if let Ok(list) = std::fs::read_dir(&self.scratch) {
            for e in list.flatten() {
                let path = e.path();
                if e.file_type().is_ok_and(|t| t.is_dir()) {
                    crate::rundir::remove_tree(&path);
                } else {
                    let _ = std::fs::remove_file(&path);
                }
            }
        }
        if std::fs::read_dir(&self.scratch)?.next().is_some() {
            return Err(io::Error::other(
                "the scratch directory could not be emptied",
            ));
        }
        let _ = self.run_as;
        let dir = self.dir.path();
        let stdin_path = match &cmd.stdin {
            Stdin::Null => PathBuf::from("/dev/null"),
            Stdin::File(path) => path.clone(),
            Stdin::Bytes(bytes) => {
                let path = dir.join("stdin");
                std::fs::write(&path, bytes)?;
                path
            }
        };
        let stdout_path = dir.join("stdout");
        let stderr_path = dir.join("stderr");
        // Fresh files, read back through descriptors opened now.
        let _ = std::fs::remove_file(&stdout_path);
        let _ = std::fs::remove_file(&stderr_path);
        File::create(&stdout_path)?;
        File::create(&stderr_path)?;
        let (stdout_file, stderr_file) = (File::open(&stdout_path)?, File::open(&stderr_path)?);
        let limits = &cmd.limits;
        let request = RunRequest {
            stdin: stdin_path,
            stdout: stdout_path,
            stderr: stderr_path,
            cpu_ms: crate::millis(limits.cpu),
            wall_ms: crate::millis(limits.wall()),
            idle_ms: crate::millis(limits.idle_deadline()),
            memory_bytes: limits.memory_bytes,
            threads: limits.threads,
            scratch_bytes: limits.scratch_bytes,
            scratch_entries: limits.scratch_entries,
            file_size_bytes: limits.output_bytes.saturating_add(1),
            check,
        };
        let mut line = serde_json::to_string(&request).expect("a request serializes");
        line.push('\n');
        let requests = self
            .requests
            .as_mut()
            .ok_or_else(|| io::Error::other("the fork-server has ended"))?;
        requests.write_all(line.as_bytes())?;
        requests.flush()?;
        let mut answer = String::new();
        if self.replies.read_line(&mut answer)? == 0 {
            return Err(io::Error::other("the fork-server's launcher ended"));
        }
        let reply: RunReply = serde_json::from_str(&answer)
            .map_err(|e| io::Error::other(format!("unreadable fork-server reply: {e}")))?;
        let report = match (reply.report, reply.broken) {
            (Some(r), _) => r,
            (None, why) => {
                return Err(io::Error::other(
                    why.unwrap_or_else(|| "the fork-server failed".to_string()),
                ))
            }
        };
        let zygote_gone = report.zygote_gone;
        let outcome = crate::finish_outcome(report, cmd, stdout_file, stderr_file, &self.scratch)?;
        if zygote_gone {
            self.broken = true;
        }
        Ok(outcome)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Closing its requests ends the launcher, which kills the zygote and every process
        // left under it, and reaps them, before it exits: nothing of the server outlives it.
        // (Killing the launcher instead would leave the zygote to end on its own: a zygote
        // that dropped to another user has lost its parent-death signal.)
        drop(self.requests.take());
        let _ = self.launcher.wait();
    }
}

// ---------------------------------------------------------------------------------------------
// The launcher's side.

/// Runs the serving launcher; returns its exit code.
pub(crate) fn serve(spec: &Spec) -> i32 {
    match serve_inner(spec) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("judge fork-server launcher: {e}");
            3
        }
    }
}

fn say(out: &mut File, value: &impl Serialize) -> io::Result<()> {
    let mut line = serde_json::to_vec(value).expect("serializes");
    line.push(b'\n');
    out.write_all(&line)
}

fn serve_inner(spec: &Spec) -> io::Result<()> {
    if spec.parent != 0 && !sys::die_with_parent(spec.parent) {
        return Err(io::Error::other(
            "the judge that started the launcher is gone",
        ));
    }
    sys::set_non_dumpable();
    sys::become_subreaper()?;
    // The judge's channel moves off stdin and stdout, which the zygote gets as /dev/null.
    let requests: OwnedFd = io::stdin().as_fd().try_clone_to_owned()?;
    let replies: OwnedFd = io::stdout().as_fd().try_clone_to_owned()?;
    let null = File::options().read(true).write(true).open("/dev/null")?;
    sys::dup_onto(null.as_raw_fd(), 0)?;
    sys::dup_onto(null.as_raw_fd(), 1)?;
    let mut requests = BufReader::new(File::from(requests));
    let mut replies = File::from(replies);

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
        .collect::<io::Result<Vec<_>>>()?;
    let cwd = cstring(spec.cwd.as_os_str().as_bytes())?;
    let hard_stack = sys::hard_limit(libc::RLIMIT_STACK);
    // Each child sets its own output cap; the zygote's stays at the hard limit, so that a test
    // with a larger cap than the first can still have it.
    let hard_fsize = sys::hard_limit(libc::RLIMIT_FSIZE);
    let rlimits = vec![
        (libc::RLIMIT_FSIZE, hard_fsize, hard_fsize),
        (libc::RLIMIT_CORE, 0, 0),
        (libc::RLIMIT_NOFILE, spec.open_files, spec.open_files),
        (libc::RLIMIT_STACK, hard_stack, hard_stack),
    ];
    let seccomp = if spec.layers.seccomp {
        crate::harden::seccomp_programs_but_processes().map_err(io::Error::other)?
    } else {
        Vec::new()
    };
    let no_process = if spec.layers.seccomp {
        crate::harden::no_process_program().map_err(io::Error::other)?
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
    let watch_requests = spec.layers.memory_requests && spec.memory_bytes.is_some();
    let request_filter = crate::harden::memory_request_filter();
    let channel = if watch_requests {
        Some(sys::socket_pair()?)
    } else {
        None
    };
    let (ctl, zygote_ctl) = sys::socket_pair()?;
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
        keep_fd: Some(zygote_ctl.as_raw_fd()),
    };
    let zygote = match sys::spawn(&child)? {
        sys::Spawned::Running(pid) => pid,
        sys::Spawned::ExecFailed(errno, message) => {
            let why = if message.is_empty() {
                io::Error::from_raw_os_error(errno).to_string()
            } else {
                message
            };
            return say(
                &mut replies,
                &Hello {
                    ready: false,
                    reason: Some(format!("cannot execute {}: {why}", spec.program.display())),
                },
            );
        }
    };
    drop(zygote_ctl);
    let listener = channel.and_then(|(ours, _theirs)| sys::recv_fd(ours.as_raw_fd()));
    let listener = listener.as_ref().map(|fd| fd.as_raw_fd());
    let mut zygote = Zygote {
        pid: zygote,
        ctl,
        listener,
        alive: true,
    };
    // The filter the children install, as raw `struct sock_filter`s (an empty message would
    // read as the end of the stream: a filter that allows everything stands for none).
    let mut bytes = Vec::new();
    let mut push = |code: u16, jt: u8, jf: u8, k: u32| {
        bytes.extend_from_slice(&code.to_ne_bytes());
        bytes.push(jt);
        bytes.push(jf);
        bytes.extend_from_slice(&k.to_ne_bytes());
    };
    if no_process.is_empty() {
        push(
            (libc::BPF_RET | libc::BPF_K) as u16,
            0,
            0,
            libc::SECCOMP_RET_ALLOW,
        );
    }
    for f in &no_process {
        push(f.code, f.jt, f.jf, f.k);
    }
    let hello = match zygote.send(&bytes, &[]) {
        Err(e) => Hello {
            ready: false,
            reason: Some(format!("the fork-server ended at start: {e}")),
        },
        Ok(()) => match zygote.receive(spec, START_TIMEOUT) {
            Some(m) if m == b"ready" => Hello {
                ready: true,
                reason: None,
            },
            Some(m) if m.starts_with(b"unavailable ") => Hello {
                ready: false,
                reason: Some(String::from_utf8_lossy(&m[12..]).into_owned()),
            },
            Some(m) => Hello {
                ready: false,
                reason: Some(format!(
                    "the fork-server said {:?}",
                    String::from_utf8_lossy(&m)
                )),
            },
            None => Hello {
                ready: false,
                reason: Some("the fork-server ended at start".to_string()),
            },
        },
    };
    let ready = hello.ready;
    say(&mut replies, &hello)?;
    if !ready {
        sys::kill_group(zygote.pid);
        sys::kill_all_children();
        return Ok(());
    }
    let mut line = String::new();
    loop {
        line.clear();
        if requests.read_line(&mut line)? == 0 {
            break;
        }
        let request: RunRequest = serde_json::from_str(&line)
            .map_err(|e| io::Error::other(format!("bad run request: {e}")))?;
        let reply = match run_one(spec, &mut zygote, &request) {
            Ok(report) => RunReply {
                report: Some(report),
                broken: None,
            },
            Err(e) => RunReply {
                report: None,
                broken: Some(e.to_string()),
            },
        };
        say(&mut replies, &reply)?;
        if !zygote.alive || reply.broken.is_some() {
            break;
        }
    }
    sys::kill_group(zygote.pid);
    sys::kill_all_children();
    Ok(())
}

/// The launcher's end of the zygote.
struct Zygote {
    pid: libc::pid_t,
    ctl: OwnedFd,
    listener: Option<libc::c_int>,
    alive: bool,
}

impl Zygote {
    fn send(&mut self, payload: &[u8], fds: &[libc::c_int]) -> io::Result<()> {
        let r = sys::send_with_fds(self.ctl.as_raw_fd(), payload, fds);
        if r.is_err() {
            self.alive = false;
        }
        r
    }

    /// The zygote's next message, answering allocation requests meanwhile (by `limits`'
    /// memory limit). None: it ended, or said nothing for `timeout`.
    fn receive(&mut self, limits: &Spec, timeout: Duration) -> Option<Vec<u8>> {
        let deadline = Instant::now() + timeout;
        let ctl = self.ctl.as_raw_fd();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return None;
            }
            let mut fds = vec![ctl];
            fds.extend(self.listener);
            let ready = sys::poll_readable(&fds, left.min(Duration::from_millis(100)));
            if ready.get(1).copied().unwrap_or(false) {
                if let Some(fd) = self.listener {
                    if let Some(req) = sys::notification(fd) {
                        let watch = Watch {
                            pid: self.pid,
                            spec: limits,
                            start: Instant::now(),
                            stack: None,
                            listener: None,
                            scratch_before: (0, 0),
                        };
                        let refuse = watch.request_passes_limit(&req);
                        sys::answer(fd, req.id, refuse.map(|_| libc::ENOMEM));
                    }
                }
            }
            if ready[0] {
                let mut buf = vec![0u8; 4096];
                let n = (&File::from(self.ctl.try_clone().ok()?))
                    .read(&mut buf)
                    .unwrap_or(0);
                if n == 0 {
                    self.alive = false;
                    return None;
                }
                buf.truncate(n);
                return Some(buf);
            }
        }
    }
}

/// Runs one request through the zygote: `Err` if nothing ran.
fn run_one(spec: &Spec, zygote: &mut Zygote, req: &RunRequest) -> io::Result<Report> {
    let stdin = File::open(&req.stdin)?;
    let stdout = File::options().write(true).open(&req.stdout)?;
    let stderr = File::options().write(true).open(&req.stderr)?;
    let mut test = spec.clone();
    test.cpu_ms = req.cpu_ms;
    test.wall_ms = req.wall_ms;
    test.idle_ms = req.idle_ms;
    test.memory_bytes = req.memory_bytes;
    test.threads = req.threads;
    test.scratch_bytes = req.scratch_bytes;
    test.scratch_entries = req.scratch_entries;
    test.file_size_bytes = req.file_size_bytes;
    // As for an exec'd run: a CPU backstop in whole seconds, the main thread's stack most of
    // the memory limit (the zygote's glibc sized thread stacks at its own start).
    let cpu_secs = test.cpu_ms.div_ceil(1000) + 1;
    let stack = test
        .memory_bytes
        .map(|mem| (mem / 4 * 3).max(8 << 20).min(mem));
    let limits = serde_json::json!({
        "cpu": cpu_secs,
        "data": test.memory_bytes,
        "fsize": test.file_size_bytes,
        "stack": stack,
        "check": req.check,
    });
    let scratch_before = scratch_usage(&test.cwd, u64::MAX);
    let start = Instant::now();
    zygote.send(
        limits.to_string().as_bytes(),
        &[stdin.as_raw_fd(), stdout.as_raw_fd(), stderr.as_raw_fd()],
    )?;
    drop((stdin, stdout, stderr));
    let pid = match zygote.receive(&test, START_TIMEOUT) {
        Some(m) if m.starts_with(b"pid ") => String::from_utf8_lossy(&m[4..])
            .trim()
            .parse::<libc::pid_t>()
            .map_err(|_| io::Error::other("the fork-server sent a bad pid"))?,
        Some(m) => {
            return Err(io::Error::other(format!(
                "the fork-server could not fork: {}",
                String::from_utf8_lossy(&m)
            )))
        }
        None => return Err(io::Error::other("the fork-server ended")),
    };
    let watch = Watch {
        pid,
        spec: &test,
        start,
        stack: None,
        listener: zygote.listener,
        scratch_before,
    };
    let seen = watch.supervise();
    let wall = start.elapsed();
    sys::kill_group(pid);
    // The zygote reaps its child only now, so the pid stayed the child's while supervised.
    let status = if zygote.alive && zygote.send(b"reap", &[]).is_ok() {
        zygote.receive(&test, Duration::from_secs(10))
    } else {
        None
    };
    let mut exit_code = None;
    let mut signal = None;
    let mut cpu_us = 0;
    let mut max_rss_kib = 0;
    match status.as_deref().and_then(|m| m.strip_prefix(b"exit ")) {
        Some(rest) => {
            let f: Vec<i64> = String::from_utf8_lossy(rest)
                .split_whitespace()
                .filter_map(|x| x.parse().ok())
                .collect();
            let (st, cpu, rss) = (
                f.first().copied().unwrap_or(0) as i32,
                f.get(1).copied().unwrap_or(0),
                f.get(2).copied().unwrap_or(0),
            );
            if libc::WIFEXITED(st) {
                exit_code = Some(libc::WEXITSTATUS(st));
            } else if libc::WIFSIGNALED(st) {
                signal = Some(libc::WTERMSIG(st));
            }
            cpu_us = cpu.max(0) as u64;
            max_rss_kib = rss.max(0) as u64;
        }
        None => {
            // The zygote is gone: the run killed it (it runs as the same user), or it failed.
            // Its child reparented to this launcher (or is about to): reap it here. Either way
            // the run ends as killed: it is the run's doing.
            zygote.alive = false;
            for _ in 0..200 {
                match sys::wait_for(pid) {
                    Ok(st) => {
                        cpu_us = st.cpu.as_micros() as u64;
                        max_rss_kib = st.max_rss_kib;
                        break;
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(1)),
                }
            }
            signal = Some(libc::SIGKILL);
        }
    }
    let spared = zygote.alive.then_some(zygote.pid);
    let leftovers = sys::kill_all_children_but(spared);
    Ok(Report {
        exit_code,
        signal,
        not_started: None,
        cpu_us,
        wall_us: wall.as_micros() as u64,
        peak_kib: max_rss_kib.max(seen.peak_kib),
        killed_for: seen.killed_for,
        leftovers,
        refused_allocation: seen.refused_allocation,
        peak_threads: seen.peak_threads,
        scratch_bytes: seen.scratch_bytes,
        zygote_gone: !zygote.alive,
    })
}
