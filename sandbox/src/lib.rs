//! Runs one process under limits and reports what happened to it.
//!
//! The crate knows nothing of problems or verdicts. A [`Command`] names a program, its arguments,
//! environment and stdin, and the [`Limits`] it runs under; [`Sandbox::run`] returns an
//! [`Outcome`]: how the process ended, which limit (if any) it hit, its CPU time, wall time and
//! peak memory, and its output, bounded by the output cap.
//!
//! # How a run works
//!
//! The caller's process never forks itself. [`Sandbox::run`] starts a small *launcher* (a fresh
//! exec of a binary that calls [`launcher_main_if_requested`]) with plain `posix_spawn`, so the
//! cost of a spawn does not grow with the caller's memory and the solution's peak memory is not
//! polluted by the caller's (at `exec` the kernel folds the old address space's high-water mark
//! into `ru_maxrss`). The launcher becomes a child subreaper, forks the program into its own
//! session and process group with rlimits applied, supervises it (CPU time, wall time, memory),
//! kills the whole group when it ends or exceeds a limit, kills every orphan left behind, and
//! writes a result record that this side reads back.
//!
//! Output goes to files, not pipes: `RLIMIT_FSIZE` stops a flood at the cap without a reader
//! thread, and the caller reads at most the cap back into memory.

#![deny(unsafe_op_in_unsafe_fn)]

mod harden;
mod launcher;
mod outcome;
mod probe;
mod rundir;
mod server;
mod sys;

use std::ffi::OsString;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::PathBuf;
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

pub use harden::{readable_by_others, Layers, SYSTEM_READ};
pub use launcher::{launcher_main_if_requested, LAUNCH_ARG};
pub use outcome::{signal_name, LimitKind, Outcome, Termination};
pub use probe::{Isolation, Layer};
pub use rundir::RunDir;
pub use server::{Server, FORK_SERVER_ENV};

/// Makes the calling process non-dumpable, so the programs it runs cannot ptrace it or read its
/// memory and open files through `/proc/<pid>/`. Call it early in the judge.
pub fn protect_self() {
    sys::set_non_dumpable();
}

/// The peak resident memory of the calling process, in KiB.
pub fn self_peak_memory_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// How many bytes of stderr are kept: the end, where tracebacks and panic messages are.
pub const STDERR_TAIL_BYTES: u64 = 8 * 1024;

/// Resource limits for one run.
///
/// The wall clock is not a limit of its own: it follows from the CPU limit (see
/// [`Limits::wall`]), so that every caller gets the same rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// CPU time (user + system) of the process.
    pub cpu: Duration,
    /// Peak memory; enforced with `RLIMIT_DATA`, by polling the resident set, and by refusing
    /// single allocations that would pass it.
    pub memory_bytes: Option<u64>,
    /// Largest stdout (and stderr) the process may write; one byte more is an output-limit hit.
    pub output_bytes: u64,
    /// Largest number of open file descriptors.
    pub open_files: u64,
    /// Threads running at once; more is a [`LimitKind::Threads`] hit.
    pub threads: u64,
    /// Disk space the program may add to its scratch directory, all files together.
    pub scratch_bytes: u64,
    /// Files and directories the program may create in its scratch directory.
    pub scratch_entries: u64,
    /// Processes running at once, the program included. At 1 (the default) it may create none:
    /// the seccomp filter refuses `fork` and `clone` without `CLONE_THREAD`. Above 1 (a
    /// compiler, which runs its linker) it may, and the whole tree counts: more processes than
    /// this, or more threads in all than [`Limits::threads`], is a hit.
    pub processes: u64,
    /// Largest file the program may write in its scratch directory when that is more than the
    /// output cap (a compiler's binary): `RLIMIT_FSIZE` is then this, and the supervisor holds
    /// stdout and stderr to the output cap. `None`: the output cap is the limit for every file.
    pub file_bytes: Option<u64>,
}

/// Default cap on threads per run.
pub const DEFAULT_THREADS: u64 = 64;
/// Default scratch quota per run.
pub const DEFAULT_SCRATCH_BYTES: u64 = 64 << 20;
/// Default cap on files and directories created in scratch per run.
pub const DEFAULT_SCRATCH_ENTRIES: u64 = 1000;

impl Limits {
    /// Limits with a CPU limit and the defaults for the rest.
    pub fn with_cpu(cpu: Duration) -> Self {
        Limits {
            cpu,
            memory_bytes: Some(256 << 20),
            output_bytes: 16 << 20,
            open_files: 256,
            threads: DEFAULT_THREADS,
            scratch_bytes: DEFAULT_SCRATCH_BYTES,
            scratch_entries: DEFAULT_SCRATCH_ENTRIES,
            processes: 1,
            file_bytes: None,
        }
    }

    /// The wall-clock time after which the program is killed whatever it does: three times the
    /// CPU limit plus one second. A program that is idle (sleeps or blocks) is killed earlier,
    /// at [`Limits::idle_deadline`].
    pub fn wall(&self) -> Duration {
        self.cpu * 3 + Duration::from_secs(1)
    }

    /// Past this wall-clock time, a program that is not computing is killed: the CPU limit
    /// plus one second.
    pub fn idle_deadline(&self) -> Duration {
        self.cpu + Duration::from_secs(1)
    }
}

/// Where the program's stdin comes from.
#[derive(Debug, Clone)]
pub enum Stdin {
    /// No input: stdin reads from `/dev/null`.
    Null,
    /// These bytes.
    Bytes(Vec<u8>),
    /// The contents of this file.
    File(PathBuf),
}

/// A program to run in the sandbox.
#[derive(Debug, Clone)]
pub struct Command {
    program: PathBuf,
    args: Vec<OsString>,
    env: Vec<(OsString, OsString)>,
    stdin: Stdin,
    limits: Limits,
    scratch_files: Vec<(String, Contents)>,
    capture: Option<String>,
    /// Stdout larger than this stays in its file ([`Outcome::stdout_file`]).
    stdout_in_memory: Option<u64>,
    read_paths: Vec<PathBuf>,
    keep: Option<(String, PathBuf)>,
    merge_stderr: bool,
    stack_at_start: bool,
    run_as: Option<Option<(u32, u32)>>,
}

impl Command {
    /// A command with an empty environment, no stdin and one second of CPU time.
    pub fn new(program: impl Into<PathBuf>) -> Self {
        Command {
            program: program.into(),
            args: Vec::new(),
            env: Vec::new(),
            stdin: Stdin::Null,
            limits: Limits::with_cpu(Duration::from_secs(1)),
            scratch_files: Vec::new(),
            capture: None,
            stdout_in_memory: None,
            read_paths: Vec::new(),
            keep: None,
            merge_stderr: false,
            stack_at_start: false,
            run_as: None,
        }
    }

    pub fn arg(mut self, arg: impl Into<OsString>) -> Self {
        self.args.push(arg.into());
        self
    }

    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<OsString>,
    {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    /// Adds one variable to the (otherwise empty) environment.
    pub fn env(mut self, key: impl Into<OsString>, value: impl Into<OsString>) -> Self {
        self.env.push((key.into(), value.into()));
        self
    }

    pub fn stdin(mut self, stdin: Stdin) -> Self {
        self.stdin = stdin;
        self
    }

    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Places a file in the scratch directory before the program starts.
    pub fn scratch_file(mut self, name: impl Into<String>, contents: Vec<u8>) -> Self {
        self.scratch_files
            .push((name.into(), Contents::Bytes(contents)));
        self
    }

    /// Places a copy of an open file in the scratch directory before the program starts,
    /// copied in pieces (a solution's output of hundreds of megabytes for a checker).
    pub fn scratch_file_from(mut self, name: impl Into<String>, file: Arc<File>) -> Self {
        self.scratch_files.push((name.into(), Contents::File(file)));
        self
    }

    /// Keeps stdout in memory ([`Outcome::stdout`]) only up to `bytes`: a larger stdout stays
    /// in its file, open in [`Outcome::stdout_file`], and [`Outcome::stdout`] holds its first
    /// `bytes`. Without it, stdout is read into memory up to the output cap.
    pub fn stdout_in_memory(mut self, bytes: u64) -> Self {
        self.stdout_in_memory = Some(bytes);
        self
    }

    /// Lets the program read this file or directory (besides the system's libraries and its
    /// scratch directory) when the filesystem is restricted.
    pub fn read_path(mut self, path: impl Into<PathBuf>) -> Self {
        self.read_paths.push(path.into());
        self
    }

    /// After the run, reads this file of the scratch directory (at most the output cap) into
    /// [`Outcome::captured`]: a result channel that the program's stdout cannot corrupt.
    pub fn capture_file(mut self, name: impl Into<String>) -> Self {
        self.capture = Some(name.into());
        self
    }

    /// After the run, moves this file of the scratch directory (a regular file only, never a
    /// symlink the program left there) to `dest`, owned by the caller and executable; whether it
    /// did is [`Outcome::kept`]. A compiler's output leaves its private build directory this way.
    pub fn keep_file(mut self, name: impl Into<String>, dest: impl Into<PathBuf>) -> Self {
        self.keep = Some((name.into(), dest.into()));
        self
    }

    /// Sends stderr to the same file as stdout, so that [`Outcome::stdout`] holds the head of
    /// both, in order (a compiler's diagnostics, whose first lines matter most).
    pub fn merge_stderr(mut self) -> Self {
        self.merge_stderr = true;
        self
    }

    /// For a program that sizes its threads' stacks itself (Rust's do, where glibc's default
    /// takes RLIMIT_STACK): its main thread's stack limit is set before it starts, not once it
    /// has started. A deep recursion then always overflows that limit (a runtime error), even
    /// when the supervisor is slow to run on a busy machine, instead of growing the stack until
    /// the memory limit stops it.
    pub fn stack_at_start(mut self) -> Self {
        self.stack_at_start = true;
        self
    }

    /// Runs this command as `user` (uid, gid) or, with `None`, as the caller's own user,
    /// whatever the sandbox's layers say (a toolchain the unprivileged user cannot read).
    pub fn run_as(mut self, user: Option<(u32, u32)>) -> Self {
        self.run_as = Some(user);
        self
    }

    pub fn get_limits(&self) -> &Limits {
        &self.limits
    }

    /// Whether it places files in its scratch directory (a fork-server does not).
    pub fn has_scratch_files(&self) -> bool {
        !self.scratch_files.is_empty()
    }
}

/// Runs commands through a launcher binary.
#[derive(Debug, Clone)]
pub struct Sandbox {
    launcher: PathBuf,
    temp_root: PathBuf,
    layers: Layers,
}

impl Sandbox {
    /// `launcher` is a binary whose `main` starts with [`launcher_main_if_requested`].
    pub fn new(launcher: impl Into<PathBuf>) -> Self {
        Sandbox {
            launcher: launcher.into(),
            temp_root: std::env::temp_dir(),
            layers: Layers::default(),
        }
    }

    /// Applies these isolation layers to every run (see [`Sandbox::probe`]).
    pub fn with_layers(mut self, layers: Layers) -> Self {
        self.layers = layers;
        self
    }

    pub fn layers(&self) -> &Layers {
        &self.layers
    }

    /// Finds which isolation layers work on this machine, by running the launcher's probe.
    pub fn probe(&self) -> io::Result<Isolation> {
        let out = std::process::Command::new(&self.launcher)
            .arg(probe::PROBE_ARG)
            .env_clear()
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()?;
        serde_json::from_slice(&out.stdout).map_err(|e| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("unreadable probe result: {e}"),
            )
        })
    }

    /// Puts each run's scratch directory and output files under `dir` instead of the system
    /// temporary directory.
    pub fn with_temp_root(mut self, dir: impl Into<PathBuf>) -> Self {
        self.temp_root = dir.into();
        self
    }

    /// Runs `cmd` to completion in a fresh scratch directory and reports what happened.
    ///
    /// `Err` means the sandbox itself failed (the launcher could not start or did not report);
    /// anything that happens to the program, including failing to start it, is an [`Outcome`].
    pub fn run(&self, cmd: &Command) -> io::Result<Outcome> {
        let dir = RunDir::new_in(&self.temp_root, "judge-run-")?;
        let scratch = dir.path().join("scratch");
        std::fs::create_dir(&scratch)?;
        for (name, contents) in &cmd.scratch_files {
            match contents {
                Contents::Bytes(bytes) => std::fs::write(scratch.join(name), bytes)?,
                Contents::File(file) => {
                    let mut to = File::create(scratch.join(name))?;
                    io::copy(&mut FileReader::new(file.clone()), &mut to)?;
                }
            }
        }
        let mut layers = self.layers.clone();
        if let Some(user) = cmd.run_as {
            layers.run_as = user;
        }
        if let Some((uid, gid)) = layers.run_as {
            // The unprivileged user may pass through the run directory and own its scratch.
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o711))?;
            std::os::unix::fs::chown(&scratch, Some(uid), Some(gid))?;
            for (name, _) in &cmd.scratch_files {
                std::os::unix::fs::chown(scratch.join(name), Some(uid), Some(gid))?;
            }
        }
        let stdin = match &cmd.stdin {
            Stdin::Null => File::open("/dev/null")?,
            Stdin::File(path) => File::open(path)?,
            Stdin::Bytes(bytes) => {
                let path = dir.path().join("stdin");
                std::fs::write(&path, bytes)?;
                File::open(&path)?
            }
        };
        let stdout_path = dir.path().join("stdout");
        let stderr_path = dir.path().join("stderr");
        let result_path = dir.path().join("result.json");
        // Read back through descriptors opened now: whatever the program does to the files'
        // permissions, the judge can still read them.
        let (stdout, mut stderr) = (File::create(&stdout_path)?, File::create(&stderr_path)?);
        if cmd.merge_stderr {
            stderr = stdout.try_clone()?;
        }
        let (stdout_file, stderr_file) = (File::open(&stdout_path)?, File::open(&stderr_path)?);

        let spec = launcher::Spec {
            program: cmd.program.clone(),
            args: cmd.args.clone(),
            env: cmd.env.clone(),
            cwd: scratch,
            result: result_path.clone(),
            cpu_ms: millis(cmd.limits.cpu),
            wall_ms: millis(cmd.limits.wall()),
            idle_ms: millis(cmd.limits.idle_deadline()),
            memory_bytes: cmd.limits.memory_bytes,
            threads: cmd.limits.threads,
            scratch_bytes: cmd.limits.scratch_bytes,
            scratch_entries: cmd.limits.scratch_entries,
            // One byte over the cap is how a flood is recognised.
            file_size_bytes: cmd
                .limits
                .output_bytes
                .saturating_add(1)
                .max(cmd.limits.file_bytes.unwrap_or(0)),
            output_bytes: cmd.limits.output_bytes,
            processes: cmd.limits.processes,
            open_files: cmd.limits.open_files,
            layers,
            parent: std::process::id(),
            read_paths: cmd.read_paths.clone(),
            stack_at_start: cmd.stack_at_start,
        };
        let status = std::process::Command::new(&self.launcher)
            .arg(LAUNCH_ARG)
            .arg(spec.encode())
            .env_clear()
            .stdin(Stdio::from(stdin))
            .stdout(Stdio::from(stdout))
            .stderr(Stdio::from(stderr))
            .status()?;
        let report = match std::fs::read(&result_path) {
            Ok(bytes) => launcher::Report::decode(&bytes)?,
            Err(e) => {
                return Err(io::Error::new(
                    e.kind(),
                    format!("the sandbox launcher ({status}) left no result: {e}"),
                ))
            }
        };
        finish_outcome(
            report,
            cmd,
            stdout_file,
            stderr_file,
            &dir.path().join("scratch"),
        )
    }
}

/// The outcome of a run from the launcher's report and the run's files.
fn finish_outcome(
    report: launcher::Report,
    cmd: &Command,
    stdout_file: File,
    stderr_file: File,
    scratch: &std::path::Path,
) -> io::Result<Outcome> {
    let size = stdout_file.metadata()?.len();
    let in_memory = cmd.stdout_in_memory.unwrap_or(cmd.limits.output_bytes);
    let (stdout, stdout_bytes) = read_head(&stdout_file, in_memory.min(cmd.limits.output_bytes))?;
    let stdout_file = (size > in_memory).then(|| Arc::new(stdout_file));
    let (stderr_tail, stderr_bytes) = read_tail(stderr_file, STDERR_TAIL_BYTES)?;
    let mut outcome = Outcome::from_report(
        report,
        &cmd.limits,
        stdout,
        stdout_bytes,
        stderr_tail,
        stderr_bytes,
    );
    outcome.stdout_file = stdout_file;
    if let Some(name) = &cmd.capture {
        let path = scratch.join(name);
        // Only a regular file counts: the program could leave a symlink or a FIFO there.
        let regular = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_file());
        // A file the program made unreadable is as good as none.
        if let Some(file) = regular.then(|| File::open(&path).ok()).flatten() {
            outcome.captured = read_head(&file, cmd.limits.output_bytes).ok().map(|r| r.0);
        }
    }
    if let Some((name, dest)) = &cmd.keep {
        outcome.kept = keep(&scratch.join(name), dest)?;
    }
    Ok(outcome)
}

/// Moves `file` (if it is a regular file) to `dest`, owned by this process's user, readable and
/// executable by all, writable by that user only.
fn keep(file: &std::path::Path, dest: &std::path::Path) -> io::Result<bool> {
    use std::os::unix::fs::PermissionsExt;
    let regular = std::fs::symlink_metadata(file).is_ok_and(|m| m.file_type().is_file());
    if !regular {
        return Ok(false);
    }
    if std::fs::rename(file, dest).is_err() {
        // Another filesystem: copy, through a temporary name so no one sees half a file.
        let tmp = dest.with_extension(format!("part{}", std::process::id()));
        std::fs::copy(file, &tmp)?;
        std::fs::rename(&tmp, dest)?;
    }
    // The program may have run as another user: the file becomes the caller's, so that no
    // later run as that user can change it.
    let (uid, gid) = sys::euid_egid();
    std::os::unix::fs::chown(dest, Some(uid), Some(gid))?;
    std::fs::set_permissions(dest, std::fs::Permissions::from_mode(0o755))?;
    Ok(true)
}

fn millis(d: Duration) -> u64 {
    d.as_millis().try_into().unwrap_or(u64::MAX)
}

/// Reads at most `cap` bytes from the start of a file, and returns them with the file's size.
fn read_head(file: &File, cap: u64) -> io::Result<(Vec<u8>, u64)> {
    let size = file.metadata()?.len();
    let mut buf = Vec::with_capacity(size.min(cap) as usize);
    FileReader::new_ref(file).take(cap).read_to_end(&mut buf)?;
    Ok((buf, size))
}

/// What a scratch file is made of.
#[derive(Debug, Clone)]
enum Contents {
    Bytes(Vec<u8>),
    File(Arc<File>),
}

/// Reads a file from its start by position (`pread`), whatever its shared offset: many readers
/// may read one open file at once.
#[derive(Debug)]
pub struct FileReader<F: std::borrow::Borrow<File> = Arc<File>> {
    file: F,
    pos: u64,
}

impl FileReader<Arc<File>> {
    pub fn new(file: Arc<File>) -> Self {
        FileReader { file, pos: 0 }
    }
}

impl<'a> FileReader<&'a File> {
    pub fn new_ref(file: &'a File) -> Self {
        FileReader { file, pos: 0 }
    }
}

impl<F: std::borrow::Borrow<File>> Read for FileReader<F> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        use std::os::unix::fs::FileExt;
        let n = self.file.borrow().read_at(buf, self.pos)?;
        self.pos += n as u64;
        Ok(n)
    }
}

/// Reads the last `tail` bytes of a file, and returns them with the file's size.
fn read_tail(mut file: File, tail: u64) -> io::Result<(Vec<u8>, u64)> {
    let size = file.metadata()?.len();
    file.seek(SeekFrom::Start(size.saturating_sub(tail)))?;
    let mut buf = Vec::with_capacity(size.min(tail) as usize);
    file.take(tail).read_to_end(&mut buf)?;
    Ok((buf, size))
}
