//! Rust: compiling a solution once with `rustc -O --edition 2021 -C strip=debuginfo`, cached
//! under the cache directory by a hash of the source, the compiler's version and the flags.
//!
//! The compiler is as untrusted as the program it builds: `include_str!` reads files, a const
//! evaluation or a macro can run for ever. It runs in the sandbox, like a solution, with the
//! limits of [`compile_limits`]: it reads only the toolchain (its sysroot), the system's
//! libraries and tools, and its own copy of the source; it writes only its build directory (the
//! run's scratch directory, `TMPDIR` for the linker), from which the binary is moved into the
//! cache; and, alone of the programs judge runs, it may start processes (its linker).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use super::{CompileInfo, Executable, LangError, PrepareOptions, Prepared};
use crate::catalog::Interface;
use crate::harness::rust as harness;

/// Flags that decide the binary; they are part of the cache key. Without the standard library's
/// debug information a binary is a tenth of its size (about 450 KiB, not 4.3 MiB: the compile
/// cache holds one per solution and edit), and a panic still names its file, line and column.
const FLAGS: &[&str] = &["-O", "--edition", "2021", "-C", "strip=debuginfo"];

/// The default CPU time of one compile; `JUDGE_COMPILE_TIME` (seconds) sets another.
pub const COMPILE_TIME: Duration = Duration::from_secs(30);
/// Memory of the compiler (and of each process it starts): compiles of the catalog's largest
/// solutions (with their harness) peak at 150 to 180 MiB.
pub const COMPILE_MEMORY: u64 = 2 << 30;
/// The compiler's diagnostics, stdout and stderr together.
pub const COMPILE_OUTPUT: u64 = 1 << 20;
/// The largest file the compiler and linker may write (a solution's binary is about 450 KiB).
pub const COMPILE_FILE: u64 = 256 << 20;
/// All the files of the build directory together.
pub const COMPILE_DISK: u64 = 512 << 20;
/// Processes at once: rustc, `cc`, `collect2`, the linker.
pub const COMPILE_PROCESSES: u64 = 16;
/// Threads of all those processes together.
pub const COMPILE_THREADS: u64 = 256;

/// The sandbox limits of one compile.
pub fn compile_limits() -> Result<sandbox::Limits, LangError> {
    let cpu = match std::env::var("JUDGE_COMPILE_TIME") {
        Err(_) => COMPILE_TIME,
        Ok(v) => v
            .trim()
            .trim_end_matches('s')
            .parse::<f64>()
            .ok()
            .filter(|s| s.is_finite() && *s > 0.0 && *s <= 3600.0)
            .map(Duration::from_secs_f64)
            .ok_or_else(|| LangError::Setting {
                name: "JUDGE_COMPILE_TIME".to_string(),
                value: v.clone(),
                expected: "a number of seconds of CPU time, from 0 to 3600 (e.g. 30)".to_string(),
            })?,
    };
    Ok(sandbox::Limits {
        memory_bytes: Some(COMPILE_MEMORY),
        output_bytes: COMPILE_OUTPUT,
        threads: COMPILE_THREADS,
        scratch_bytes: COMPILE_DISK,
        processes: COMPILE_PROCESSES,
        file_bytes: Some(COMPILE_FILE),
        ..sandbox::Limits::with_cpu(cpu)
    })
}

/// What a compile that was stopped exceeded, in words.
pub fn exceeded(hit: &[sandbox::LimitKind], limits: &sandbox::Limits) -> String {
    use sandbox::LimitKind as K;
    let mib = |b: u64| b >> 20;
    let what: Vec<String> = hit
        .iter()
        .map(|k| match k {
            K::Cpu => format!("CPU time ({:?})", limits.cpu),
            K::Wall => format!("wall-clock time ({:?})", limits.wall()),
            K::Memory => format!(
                "memory ({} MiB)",
                mib(limits.memory_bytes.unwrap_or_default())
            ),
            K::Output => format!(
                "output ({} MiB of diagnostics, {} MiB per file)",
                mib(limits.output_bytes),
                mib(limits.file_bytes.unwrap_or(limits.output_bytes))
            ),
            K::Scratch => format!("build directory ({} MiB)", mib(limits.scratch_bytes)),
            K::Threads => format!("threads ({})", limits.threads),
            K::Processes => format!("processes ({})", limits.processes),
        })
        .collect();
    format!("compilation exceeded its limits: {}", what.join(", "))
}

/// A resolved `rustc` with its version text and sysroot.
#[derive(Debug, Clone)]
pub struct Rustc {
    pub path: PathBuf,
    /// The output of `rustc -vV`, part of the cache key.
    pub version: String,
    /// `rustc --print sysroot`: the toolchain, all the compiler may read of it.
    pub sysroot: PathBuf,
}

impl Rustc {
    /// Finds `JUDGE_RUSTC` or `rustc` on `PATH` and asks it for its version, once per run.
    pub fn resolve() -> Result<Rustc, LangError> {
        let path = match std::env::var_os("JUDGE_RUSTC").filter(|v| !v.is_empty()) {
            Some(p) => PathBuf::from(p),
            None => crate::paths::which("rustc").ok_or_else(|| LangError::ToolMissing {
                tool: "rustc".to_string(),
                help: "install Rust with rustup (https://rustup.rs), or set JUDGE_RUSTC"
                    .to_string(),
            })?,
        };
        let out = std::process::Command::new(&path)
            .arg("-vV")
            .output()
            .map_err(|e| LangError::ToolBroken {
                tool: path.display().to_string(),
                message: e.to_string(),
            })?;
        if !out.status.success() {
            return Err(LangError::ToolBroken {
                tool: path.display().to_string(),
                message: String::from_utf8_lossy(&out.stderr).trim().to_string(),
            });
        }
        let sysroot = std::process::Command::new(&path)
            .args(["--print", "sysroot"])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| {
                use std::os::unix::ffi::OsStringExt;
                let mut bytes = o.stdout;
                while bytes.last().is_some_and(|b| b.is_ascii_whitespace()) {
                    bytes.pop();
                }
                PathBuf::from(std::ffi::OsString::from_vec(bytes))
            })
            .filter(|p| p.is_absolute() && p.is_dir())
            .ok_or_else(|| LangError::ToolBroken {
                tool: path.display().to_string(),
                message: "`rustc --print sysroot` did not name its toolchain".to_string(),
            })?;
        Ok(Rustc {
            path,
            version: String::from_utf8_lossy(&out.stdout).into_owned(),
            sysroot,
        })
    }

    /// The compiler to run: the toolchain's own `rustc`, not a rustup proxy (which would need
    /// rustup's and cargo's homes, and costs about 20 ms a start), when the sysroot has one.
    fn program(&self) -> PathBuf {
        let own = self.sysroot.join("bin").join("rustc");
        if own.is_file() {
            own
        } else {
            self.path.clone()
        }
    }

    /// What the compiler reads besides the system's paths, and the variables it needs: the
    /// sysroot; for a rustup proxy (no `bin/rustc` in the sysroot), rustup's and cargo's homes.
    fn toolchain(&self) -> (Vec<PathBuf>, Vec<(String, std::ffi::OsString)>) {
        let mut read = vec![self.sysroot.clone()];
        let mut env = Vec::new();
        if self.program() == self.path {
            read.push(self.path.clone());
            if let Ok(real) = self.path.canonicalize() {
                read.push(real);
            }
            let home = std::env::var_os("HOME").map(PathBuf::from);
            for (var, default) in [("RUSTUP_HOME", ".rustup"), ("CARGO_HOME", ".cargo")] {
                if let Some(dir) = std::env::var_os(var)
                    .map(PathBuf::from)
                    .or_else(|| home.as_ref().map(|h| h.join(default)))
                {
                    env.push((var.to_string(), dir.clone().into_os_string()));
                    read.push(dir);
                }
            }
            if let Some(t) = std::env::var_os("RUSTUP_TOOLCHAIN") {
                env.push(("RUSTUP_TOOLCHAIN".to_string(), t));
            }
        }
        (read, env)
    }

    /// Like [`Rustc::resolve`], but the version text is read from the cache directory when
    /// nothing that decides it has changed: asking `rustc -vV` through rustup's proxy costs
    /// about 20 ms, most of what a cached Rust run adds to running the binary. The fingerprint
    /// covers the compiler file, rustup's settings and toolchains (a `rustup default` or
    /// `rustup update` changes them), the variables that choose a toolchain, and the
    /// `rust-toolchain` files from the current directory up.
    pub fn resolve_cached(cache_dir: &Path) -> Result<Rustc, LangError> {
        let path = match std::env::var_os("JUDGE_RUSTC").filter(|v| !v.is_empty()) {
            Some(p) => PathBuf::from(p),
            None => match crate::paths::which("rustc") {
                Some(p) => p,
                None => return Rustc::resolve(),
            },
        };
        let Some(print) = fingerprint(&path) else {
            return Rustc::resolve();
        };
        // The sysroot, a NUL, then the version text.
        let file = cache_dir.join("rust").join(format!("rustc-{print}"));
        if let Ok(bytes) = std::fs::read(&file) {
            if let Some(nul) = bytes.iter().position(|&b| b == 0) {
                use std::os::unix::ffi::OsStrExt;
                let sysroot = PathBuf::from(std::ffi::OsStr::from_bytes(&bytes[..nul]));
                let version = String::from_utf8_lossy(&bytes[nul + 1..]).into_owned();
                if version.starts_with("rustc ") && sysroot.is_dir() {
                    return Ok(Rustc {
                        path,
                        version,
                        sysroot,
                    });
                }
            }
        }
        let rustc = Rustc::resolve()?;
        if rustc.path == path {
            // Best effort: written whole under a temporary name, then renamed into place.
            let _ = std::fs::create_dir_all(file.parent().expect("has a parent"));
            let tmp = file.with_extension(format!("tmp{}", std::process::id()));
            let mut bytes = rustc.sysroot.as_os_str().as_encoded_bytes().to_vec();
            bytes.push(0);
            bytes.extend_from_slice(rustc.version.as_bytes());
            if std::fs::write(&tmp, bytes).is_ok() && std::fs::rename(&tmp, &file).is_err() {
                let _ = std::fs::remove_file(&tmp);
            }
        }
        Ok(rustc)
    }

    /// The cache key: source (and generated harness), compiler version, flags, and the file's
    /// canonical path, which panic messages and diagnostics show (it is compiled into the binary).
    fn cache_key(&self, source: &[u8], harness: Option<&str>, shown: &str) -> String {
        let mut h = Sha256::new();
        h.update(self.version.as_bytes());
        h.update([0u8]);
        h.update(shown.as_bytes());
        h.update([0u8]);
        h.update(harness.unwrap_or("").as_bytes());
        for f in FLAGS {
            h.update([0u8]);
            h.update(f.as_bytes());
        }
        h.update([0u8]);
        h.update(source);
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }

    /// A sandboxed `rustc` that compiles `entry` (one of `files`, which are copied into the
    /// run's scratch directory, its build directory) to `output` there, and the linker's
    /// temporary files (`TMPDIR`). Diagnostics and panic locations name `shown` for the user's
    /// file.
    fn rustc_command(
        &self,
        unit: Unit,
        files: Vec<(&str, Vec<u8>)>,
        shown: &str,
        opts: &PrepareOptions,
        limits: sandbox::Limits,
    ) -> sandbox::Command {
        let program = self.program();
        let (read, env) = self.toolchain();
        let mut cmd = sandbox::Command::new(&program)
            .args(FLAGS)
            .arg(format!(
                "--remap-path-prefix={}={shown}",
                harness::USER_FILE
            ))
            // The generated harness is not the user's: say so where rustc points into it.
            .arg("--remap-path-prefix=main.rs=<judge harness>/main.rs")
            .args([
                "--crate-name",
                unit.crate_name,
                "--crate-type",
                unit.crate_type,
            ])
            .arg(if opts.color {
                "--color=always"
            } else {
                "--color=never"
            })
            .args(["-o", unit.output, unit.entry])
            .env("PATH", "/usr/local/bin:/usr/bin:/bin")
            .env("LANG", "C.UTF-8")
            // The linker's and rustc's temporary files: the build directory (the working one).
            .env("TMPDIR", ".")
            .limits(limits)
            .merge_stderr();
        for (name, contents) in files {
            cmd = cmd.scratch_file(name, contents);
        }
        for (k, v) in env {
            cmd = cmd.env(k, v);
        }
        // The unprivileged user solutions run as compiles too, when it can read the toolchain;
        // otherwise the judge's own user does, and only the other layers restrict what it reads.
        let reachable = read.iter().all(|p| sandbox::readable_by_others(p))
            && sandbox::readable_by_others(&program);
        if !reachable {
            cmd = cmd.run_as(None);
        }
        for p in read {
            cmd = cmd.read_path(p);
        }
        cmd
    }

    /// The sandboxed compile of `source` (and the generated harness's `main.rs`, linking the
    /// compiled `prelude` when given) to `solution`.
    fn compile_command(
        &self,
        source: &[u8],
        harness: Option<&str>,
        prelude: Option<&PreludeLib>,
        shown: &str,
        opts: &PrepareOptions,
        limits: sandbox::Limits,
    ) -> sandbox::Command {
        let mut files = vec![(harness::USER_FILE, source.to_vec())];
        if let Some(main) = harness {
            files.push(("main.rs", main.as_bytes().to_vec()));
        }
        if let Some(lib) = prelude {
            files.push((PRELUDE_FILE, lib.bytes.clone()));
        }
        let unit = Unit {
            entry: if harness.is_some() {
                "main.rs"
            } else {
                harness::USER_FILE
            },
            crate_name: "solution",
            crate_type: "bin",
            output: "solution",
        };
        let mut cmd = self.rustc_command(unit, files, shown, opts, limits);
        if prelude.is_some() {
            cmd = cmd.args([
                "--extern".to_string(),
                format!("{}={PRELUDE_FILE}", harness::PRELUDE_CRATE),
            ]);
        }
        cmd
    }

    /// Where the compiled prelude for this compiler lives in the cache directory, and its
    /// version: both from the compiler, its flags and the prelude's text alone, so a solution
    /// found compiled in the cache needs neither the library's file nor its build.
    fn prelude_place(&self, opts: &PrepareOptions) -> PreludePlace {
        let mut h = Sha256::new();
        h.update(self.version.as_bytes());
        for f in FLAGS {
            h.update([0u8]);
            h.update(f.as_bytes());
        }
        h.update([0u8]);
        h.update(harness::prelude_library().as_bytes());
        let key: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
        PreludePlace {
            version: key[..16].to_string(),
            file: opts
                .cache_dir
                .join("rust")
                .join(format!("prelude-{key}"))
                .join(PRELUDE_FILE),
        }
    }

    /// The compiled prelude at `place`, from the cache directory, or compiled there (once per
    /// process and cache directory; a second judge may compile it beside this one, and one of
    /// the two renames wins). `None` when it cannot be compiled: the harness then pastes the
    /// prelude, as for a user's own nodes.
    fn prelude(&self, place: &PreludePlace, opts: &PrepareOptions) -> Option<Arc<PreludeLib>> {
        static BUILT: Mutex<Vec<(PathBuf, Option<Arc<PreludeLib>>)>> = Mutex::new(Vec::new());
        let file = &place.file;
        // Held while compiling: the other compiles of this process wait for the one library.
        let mut built = BUILT.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, lib)) = built.iter().find(|(f, _)| f == file) {
            return lib.clone();
        }
        if !file.is_file() {
            self.compile_prelude(&harness::prelude_library(), file, opts);
        }
        let lib = std::fs::read(file)
            .ok()
            .map(|bytes| Arc::new(PreludeLib { bytes }));
        built.push((file.clone(), lib.clone()));
        lib
    }

    /// Compiles the prelude library into `file` (best effort: a failure leaves no file).
    fn compile_prelude(&self, source: &str, file: &Path, opts: &PrepareOptions) {
        let Some(final_dir) = file.parent() else {
            return;
        };
        let Some(dir) = final_dir.parent() else {
            return;
        };
        let Ok(limits) = compile_limits() else {
            return;
        };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        let Ok(work) = tempfile::Builder::new().prefix("build-").tempdir_in(dir) else {
            return;
        };
        let staged = work.path().join("staged");
        if std::fs::create_dir(&staged).is_err() {
            return;
        }
        let unit = Unit {
            entry: "lib.rs",
            crate_name: harness::PRELUDE_CRATE,
            crate_type: "rlib",
            output: PRELUDE_FILE,
        };
        let files = vec![("lib.rs", source.as_bytes().to_vec())];
        let cmd = self
            .rustc_command(unit, files, "lib.rs", opts, limits)
            .keep_file(PRELUDE_FILE, staged.join(PRELUDE_FILE));
        match opts.sandbox.run(&cmd) {
            Ok(outcome) if outcome.success() && outcome.kept => {
                let _ = std::fs::rename(&staged, final_dir);
            }
            _ => {}
        }
    }

    /// Compiles `source` (the contents of `path`), or finds it in the cache. For function and
    /// design problems, the source is compiled inside a generated harness, which links the
    /// compiled prelude when the source allows it; a source that compiles only with the
    /// prelude pasted (a case [`harness::UserDefines::links`] does not foresee) is compiled
    /// again that way, and a compile error is always the pasted harness's.
    pub fn compile(
        &self,
        path: &Path,
        source: &[u8],
        iface: &Interface,
        opts: &PrepareOptions,
    ) -> Result<Prepared, LangError> {
        let start = Instant::now();
        // A source that may link the prelude is looked up in the cache under its linked
        // harness, which names the library's version: the library itself is read (or built)
        // only for a compile.
        let (source, mut harness, linked, pasted) = match iface {
            Interface::Stdio => (source.into(), None, None, None),
            _ => {
                let text = String::from_utf8_lossy(source);
                let (copy, defines) = harness::user_copy(&text);
                let linked = defines.links().then(|| self.prelude_place(opts));
                let main = harness::generate_main(
                    iface,
                    &defines,
                    linked.as_ref().map(|p| p.version.as_str()),
                );
                let pasted = linked
                    .is_some()
                    .then(|| harness::generate_main(iface, &defines, None));
                let copy: std::borrow::Cow<[u8]> = copy.into_bytes().into();
                (copy, Some(main), linked, pasted)
            }
        };
        let source: &[u8] = &source;
        let dir = opts.cache_dir.join("rust");
        let cache_err = |source| LangError::Cache {
            dir: dir.display().to_string(),
            source,
        };
        // The canonical path: `./a.rs` and `/home/u/a.rs` are one file, so one compile.
        let shown = std::fs::canonicalize(path)
            .unwrap_or_else(|_| path.to_path_buf())
            .display()
            .to_string();
        let binary_for = |harness: Option<&str>| {
            dir.join(self.cache_key(source, harness, &shown))
                .join("solution")
        };
        let mut binary = binary_for(harness.as_deref());
        let ready = |binary: &Path, cached| Prepared::Ready {
            exe: Executable {
                program: binary.to_path_buf(),
                args: Vec::new(),
                env: Vec::new(),
                read_paths: vec![binary.to_path_buf()],
                serve: None,
                own_thread_stacks: true,
            },
            compile: Some(CompileInfo {
                cached,
                time: start.elapsed(),
            }),
            check: None,
        };
        if binary.is_file() {
            return Ok(ready(&binary, true));
        }
        let prelude = linked.as_ref().and_then(|place| self.prelude(place, opts));
        let pasted = match (linked.is_some(), prelude.is_some()) {
            // No library to link: the pasted harness, under its own key, as before the
            // library existed.
            (true, false) => {
                harness = pasted;
                binary = binary_for(harness.as_deref());
                if binary.is_file() {
                    return Ok(ready(&binary, true));
                }
                None
            }
            _ => pasted,
        };
        std::fs::create_dir_all(&dir).map_err(cache_err)?;
        // The binary arrives in a private directory and is renamed into place, so concurrent
        // judges never see a half-written one.
        let work = tempfile::Builder::new()
            .prefix("build-")
            .tempdir_in(&dir)
            .map_err(cache_err)?;
        let staged = work.path().join("staged");
        std::fs::create_dir(&staged).map_err(cache_err)?;
        let limits = compile_limits()?;
        let run = |main: Option<&str>, prelude: Option<&PreludeLib>| {
            let cmd = self
                .compile_command(source, main, prelude, &shown, opts, limits.clone())
                .keep_file("solution", staged.join("solution"));
            let outcome = opts.sandbox.run(&cmd).map_err(|e| LangError::ToolBroken {
                tool: self.program().display().to_string(),
                message: format!("the sandbox could not run it: {e}"),
            })?;
            if let sandbox::Termination::NotStarted(why) = &outcome.termination {
                return Err(LangError::ToolBroken {
                    tool: self.program().display().to_string(),
                    message: why.clone(),
                });
            }
            Ok(outcome)
        };
        let mut outcome = run(harness.as_deref(), prelude.as_deref())?;
        if let Some(pasted) = &pasted {
            // Stopped by a limit, it would be stopped again: only diagnostics are retried.
            if !(outcome.success() && outcome.kept) && outcome.limits_hit.is_empty() {
                outcome = run(Some(pasted), None)?;
            }
        }
        if !outcome.success() || !outcome.kept {
            // Diagnostics name the file as the user gave it (the binary and its cache key use
            // the canonical path, so that `./a.rs` and `/home/u/a.rs` share one compile).
            let diagnostics = String::from_utf8_lossy(&outcome.stdout)
                .replace(&shown, &path.display().to_string());
            let message = if outcome.limits_hit.is_empty() {
                diagnostics
            } else {
                let mut m = exceeded(&outcome.limits_hit, &limits);
                m.push('\n');
                m.push_str(head(&diagnostics, DIAGNOSTICS_AFTER_LIMIT));
                m
            };
            return Ok(Prepared::CompileError {
                message,
                compile: CompileInfo {
                    cached: false,
                    time: start.elapsed(),
                },
            });
        }
        let final_dir = binary.parent().expect("binary path has a parent");
        match std::fs::rename(&staged, final_dir) {
            Ok(()) => {}
            // Another judge cached the same source first: use theirs.
            Err(_) if binary.is_file() => {}
            Err(e) => return Err(cache_err(e)),
        }
        Ok(ready(&binary, false))
    }
}

/// The compiled prelude's file name, in the cache and in a build directory.
const PRELUDE_FILE: &str = "libjudge_prelude.rlib";

/// Where one compiler's compiled prelude is kept, and the short name of its version.
struct PreludePlace {
    version: String,
    file: PathBuf,
}

/// The compiled prelude of one compiler: its bytes, copied into each build directory that
/// links it.
struct PreludeLib {
    bytes: Vec<u8>,
}

/// What one `rustc` run compiles: its entry file, crate, and output file.
#[derive(Clone, Copy)]
struct Unit {
    entry: &'static str,
    crate_name: &'static str,
    crate_type: &'static str,
    output: &'static str,
}

/// How much of the diagnostics a compile stopped by a limit shows after saying so.
const DIAGNOSTICS_AFTER_LIMIT: usize = 4096;

/// The first `max` bytes of `text`, cut at a character boundary.
fn head(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// What decides the text of `rustc -vV` without running it, as a hash; `None` when it cannot
/// be told (then the compiler is asked).
fn fingerprint(path: &Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let mut h = Sha256::new();
    let stat = |h: &mut Sha256, p: &Path| {
        h.update(p.as_os_str().as_encoded_bytes());
        match std::fs::metadata(p) {
            Ok(m) => h.update(
                format!(
                    "|{}|{}|{}|{}|{}\n",
                    m.dev(),
                    m.ino(),
                    m.len(),
                    m.mtime(),
                    m.mtime_nsec()
                )
                .as_bytes(),
            ),
            Err(_) => h.update(b"|-\n"),
        }
    };
    let real = std::fs::canonicalize(path).ok()?;
    stat(&mut h, path);
    stat(&mut h, &real);
    for var in ["RUSTUP_TOOLCHAIN", "RUSTUP_HOME", "CARGO_HOME", "HOME"] {
        let v = std::env::var_os(var).unwrap_or_default();
        h.update(format!("{var}={}\n", v.to_string_lossy()).as_bytes());
    }
    let rustup_home = std::env::var_os("RUSTUP_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".rustup")));
    if let Some(home) = rustup_home {
        stat(&mut h, &home.join("settings.toml"));
        let toolchains = home.join("toolchains");
        stat(&mut h, &toolchains);
        if let Ok(entries) = std::fs::read_dir(&toolchains) {
            let mut names: Vec<_> = entries.flatten().map(|e| e.path()).collect();
            names.sort();
            for t in names.iter().take(64) {
                stat(&mut h, &t.join("bin").join("rustc"));
            }
        }
    }
    let mut dir = std::env::current_dir().ok();
    while let Some(d) = dir {
        stat(&mut h, &d.join("rust-toolchain"));
        stat(&mut h, &d.join("rust-toolchain.toml"));
        dir = d.parent().map(Path::to_path_buf);
    }
    Some(
        h.finalize()
            .iter()
            .take(16)
            .map(|b| format!("{b:02x}"))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compile_has_limits_of_its_own() {
        if std::env::var_os("JUDGE_COMPILE_TIME").is_some() {
            return;
        }
        let l = compile_limits().unwrap();
        assert_eq!(l.cpu, Duration::from_secs(30));
        assert_eq!(l.memory_bytes, Some(2 << 30));
        assert_eq!(l.output_bytes, 1 << 20);
        assert!(l.processes > 1, "the linker is a process of its own");
        assert!(l.file_bytes.unwrap() > l.output_bytes);
    }

    #[test]
    fn a_compile_stopped_by_a_limit_says_which() {
        let l = compile_limits().unwrap();
        let text = exceeded(&[sandbox::LimitKind::Memory], &l);
        assert_eq!(text, "compilation exceeded its limits: memory (2048 MiB)");
        let text = exceeded(&[sandbox::LimitKind::Output, sandbox::LimitKind::Cpu], &l);
        assert!(text.starts_with("compilation exceeded its limits: output (1 MiB of diagnostics"));
        assert!(text.contains("CPU time"), "{text}");
    }

    #[test]
    fn head_cuts_at_a_character_boundary() {
        assert_eq!(head("héllo", 2), "h");
        assert_eq!(head("abc", 10), "abc");
    }
}
