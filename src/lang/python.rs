//! Python 3: finding the real interpreter once per run, and running a solution through a small
//! bootstrap in a deterministic environment.
//!
//! The interpreter runs with `-S -s -B`: no `site` import (a `.pth` file in site-packages can
//! cost tens of milliseconds per start), no user site, no bytecode writes. `-S` also removes the
//! builtins `exit` and `quit`, so the bootstrap puts them back. `-I` is not used because it
//! ignores `PYTHONHASHSEED`, and hash order must be the same on every run.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::{Executable, LangError};

/// The interpreter's flags for every program judge runs: no `site`, no user site, no bytecode
/// writes (see the module's note). The one place they are written.
const FLAGS: [&str; 3] = ["-S", "-s", "-B"];

/// Runs the solution as `__main__`, under the user's file name, and prints tracebacks without
/// the bootstrap's own frame.
const BOOTSTRAP: &str = r#"
import sys
def _judge_bootstrap():
    import sys
    import builtins
    src_path, shown = sys.argv[1], sys.argv[2]
    class Quitter:
        def __init__(self, name):
            self.name = name
        def __repr__(self):
            return "Use %s() or Ctrl-D (i.e. EOF) to exit" % self.name
        def __call__(self, code=None):
            raise SystemExit(code)
    builtins.exit = Quitter("exit")
    builtins.quit = Quitter("quit")
    with open(src_path, "rb") as f:
        source = f.read()
    sys.argv = [shown] + sys.argv[3:]
    main = sys.modules["__main__"].__dict__
    for name in [n for n in main if n not in ("__builtins__", "__name__", "__doc__", "__spec__", "__loader__", "__package__")]:
        del main[name]
    main["__file__"] = shown
    import linecache
    try:
        lines = source.decode("utf-8").splitlines(True)
    except UnicodeDecodeError:
        lines = []
    # Tracebacks quote the user's lines from here: the file under its shown name may be out of
    # the sandbox's reach.
    linecache.cache[shown] = (len(source), None, lines, shown)
    try:
        code = compile(source, shown, "exec", dont_inherit=True)
        exec(code, main)
    except SystemExit:
        raise
    except BaseException as e:
        import traceback
        tb = e.__traceback__
        if not isinstance(e, SyntaxError) and tb is not None:
            tb = tb.tb_next
        traceback.print_exception(type(e), e, tb)
        sys.stderr.flush()
        sys.exit(1)
_judge_bootstrap()
"#;

/// The oldest Python 3 the harness supports (3.8).
pub const MIN_MINOR: u32 = 8;

/// Third-party packages LeetCode provides that a solution may use when the interpreter has
/// them; `judge doctor` says which are installed.
pub const OPTIONAL_PACKAGES: [&str; 2] = ["sortedcontainers", "numpy"];

/// Asks an interpreter for its real executable, version, prefix and, with `packages`, which
/// optional packages its own site-packages (never the user site) hold, one per line. (Looking
/// for the packages imports `site`: about 20 ms that only `judge doctor` needs.)
fn query_script(packages: bool) -> String {
    let head = "import sys\nprint(sys.executable)\nprint('%d.%d.%d' % sys.version_info[:3])\nprint(sys.base_prefix)\n";
    if !packages {
        return format!("{head}print('')\n");
    }
    format!(
        "{head}\
         try:\n    import site, importlib.util\n    sys.path.extend(site.getsitepackages())\n    \
         print(' '.join(m for m in {OPTIONAL_PACKAGES:?} if importlib.util.find_spec(m)))\n\
         except Exception:\n    print('')\n"
    )
}

/// A resolved Python 3 interpreter.
#[derive(Debug, Clone)]
pub struct Python {
    /// The real executable (not a pyenv or asdf shim).
    pub executable: PathBuf,
    pub version: String,
    /// `sys.base_prefix`: where its standard library lives.
    pub prefix: PathBuf,
    /// Why another interpreter than the first one found is used, if so.
    pub note: Option<String>,
    /// Which of [`OPTIONAL_PACKAGES`] its site-packages hold.
    pub packages: Vec<String>,
    /// Where the harness's bytecode for this interpreter is kept between runs, if anywhere
    /// ([`Python::with_harness_cache`]).
    pub harness_cache: Option<PathBuf>,
}

impl Python {
    /// Finds `JUDGE_PYTHON` or `python3` on `PATH`, and asks it for its real executable, so
    /// that shims (which cost tens of milliseconds per start) run once per judge run, not once
    /// per test.
    ///
    /// With `unprivileged` (solutions run as another user because the judge is root), an
    /// interpreter that user cannot reach (e.g. under `/root/.pyenv`) is replaced by a system
    /// one, with a note saying so.
    ///
    /// [`Python::packages`] is filled only by [`Python::resolve_with_packages`] (`judge doctor`).
    pub fn resolve(unprivileged: bool) -> Result<Python, LangError> {
        Python::resolve_inner(unprivileged, false)
    }

    /// [`Python::resolve`], and which of [`OPTIONAL_PACKAGES`] the interpreter has.
    pub fn resolve_with_packages(unprivileged: bool) -> Result<Python, LangError> {
        Python::resolve_inner(unprivileged, true)
    }

    fn resolve_inner(unprivileged: bool, packages: bool) -> Result<Python, LangError> {
        let candidate = Python::candidate()?;
        // A candidate the unprivileged user cannot reach (a pyenv shim under /root) is not
        // asked: what it resolves to is out of reach too, or is the system interpreter found
        // below, and asking a shim costs a shell script or two (tens to hundreds of ms).
        // (A candidate that does not exist is asked all the same: its error names it.)
        let first =
            if unprivileged && candidate.exists() && !sandbox::readable_by_others(&candidate) {
                None
            } else {
                let first = Python::query(candidate.clone(), packages)?;
                if !unprivileged || first.reachable_by_others() {
                    return Ok(first);
                }
                Some(first)
            };
        let unreachable = first.map_or(candidate, |f| f.executable);
        for alt in ["/usr/local/bin/python3", "/usr/bin/python3"] {
            if let Ok(p) = Python::query(PathBuf::from(alt), packages) {
                if p.reachable_by_others() {
                    return Ok(Python {
                        note: Some(format!(
                            "{} is not readable by the unprivileged user solutions run as; using {} (Python {})",
                            unreachable.display(),
                            p.executable.display(),
                            p.version
                        )),
                        ..p
                    });
                }
            }
        }
        Err(LangError::ToolBroken {
            tool: unreachable.display().to_string(),
            message: "judge runs as root, so solutions run as the unprivileged user nobody, who \
                      cannot read this interpreter; install a system python3 (`apt install \
                      python3`) or set JUDGE_PYTHON to one outside /root"
                .to_string(),
        })
    }

    fn reachable_by_others(&self) -> bool {
        sandbox::readable_by_others(&self.executable) && sandbox::readable_by_others(&self.prefix)
    }

    /// `JUDGE_PYTHON`, or `python3` on `PATH`.
    fn candidate() -> Result<PathBuf, LangError> {
        Ok(
            match std::env::var_os("JUDGE_PYTHON").filter(|v| !v.is_empty()) {
                Some(p) => PathBuf::from(p),
                None => crate::paths::which("python3").ok_or_else(|| LangError::ToolMissing {
                    tool: "python3".to_string(),
                    help: "install Python 3 (Debian/Ubuntu: `sudo apt install python3`), or set \
                       JUDGE_PYTHON to an interpreter"
                        .to_string(),
                })?,
            },
        )
    }

    /// Asks an interpreter for its real executable, version and prefix (and its optional
    /// packages, with `packages`), once per judge process: `judge validate` prepares about a
    /// thousand Python runs, and each start of an interpreter costs 15 to 20 ms of CPU.
    fn query(candidate: PathBuf, packages: bool) -> Result<Python, LangError> {
        type Answers = std::collections::HashMap<(PathBuf, bool), Python>;
        static ANSWERS: std::sync::Mutex<Option<Answers>> = std::sync::Mutex::new(None);
        let key = (candidate, packages);
        if let Some(known) = ANSWERS
            .lock()
            .ok()
            .and_then(|a| a.as_ref().and_then(|a| a.get(&key)).cloned())
        {
            return Ok(known);
        }
        let answer = Python::ask(key.0.clone(), packages)?;
        if let Ok(mut a) = ANSWERS.lock() {
            a.get_or_insert_with(Default::default)
                .insert(key, answer.clone());
        }
        Ok(answer)
    }

    fn ask(candidate: PathBuf, packages: bool) -> Result<Python, LangError> {
        let out = std::process::Command::new(&candidate)
            .args(["-S", "-c", &query_script(packages)])
            .output()
            .map_err(|e| LangError::ToolBroken {
                tool: candidate.display().to_string(),
                message: e.to_string(),
            })?;
        let text = String::from_utf8_lossy(&out.stdout);
        let mut lines = text.lines();
        let (Some(exe), Some(version), Some(prefix), installed) =
            (lines.next(), lines.next(), lines.next(), lines.next())
        else {
            return Err(LangError::ToolBroken {
                tool: candidate.display().to_string(),
                message: format!(
                    "it did not report its executable: {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                ),
            });
        };
        let minor = version
            .strip_prefix("3.")
            .and_then(|rest| rest.split('.').next())
            .and_then(|m| m.parse::<u32>().ok());
        if minor.is_none_or(|m| m < MIN_MINOR) {
            return Err(LangError::ToolBroken {
                tool: candidate.display().to_string(),
                message: format!(
                    "it is Python {version}; judge needs Python 3.{MIN_MINOR} or newer (set JUDGE_PYTHON to another interpreter)"
                ),
            });
        }
        let executable = if exe.is_empty() {
            candidate
        } else {
            PathBuf::from(exe)
        };
        Ok(Python {
            executable,
            version: version.to_string(),
            prefix: PathBuf::from(prefix),
            note: None,
            packages: installed
                .unwrap_or("")
                .split_whitespace()
                .map(str::to_string)
                .collect(),
            harness_cache: None,
        })
    }

    /// Keeps the harness compiled to bytecode under `cache_dir` (see [`Python::harness_in`]).
    pub fn with_harness_cache(self, cache_dir: &Path) -> Python {
        Python {
            harness_cache: Some(cache_dir.join("python")),
            ..self
        }
    }

    /// The harness for this interpreter, saved in `dir`: its bytecode (`harness.pyc`) when it
    /// can be had, else its source (`harness.py`). Python never caches the bytecode of the
    /// script it runs, and compiling the harness's source costs every interpreter that runs it
    /// (a test by exec, a fork-server's start) milliseconds of CPU and about 4 MiB of heap that
    /// a fork-server's every child would then count as its own. The bytecode is compiled once
    /// per interpreter and harness into the cache (with one interpreter's start), or into
    /// `dir` when there is no cache.
    pub fn harness_in(&self, dir: &Path) -> Result<PathBuf, std::io::Error> {
        let source = crate::harness::python::HARNESS.as_bytes();
        let compiled = dir.join("harness.pyc");
        let cached = self.harness_cache.as_ref().and_then(|cache| {
            let mut h = Sha256::new();
            h.update(self.executable.as_os_str().as_encoded_bytes());
            h.update([0u8]);
            h.update(self.version.as_bytes());
            h.update([0u8]);
            h.update(source);
            let key: String = h
                .finalize()
                .iter()
                .take(16)
                .map(|b| format!("{b:02x}"))
                .collect();
            let pyc = cache.join(format!("harness-{key}.pyc"));
            if !pyc.is_file() {
                std::fs::create_dir_all(cache).ok()?;
                // Written and compiled under names of its own, then renamed: two judges at
                // once each see a whole file or none, and neither removes the other's source.
                // Tracebacks name the harness as `harness-<key>.py` whoever compiled it.
                let shown = cache.join(format!("harness-{key}.py"));
                let pid = std::process::id();
                let src = cache.join(format!("harness-{key}.{pid}.py"));
                std::fs::write(&src, source).ok()?;
                let partial = cache.join(format!("harness-{key}.{pid}.pyc"));
                let ok = self.py_compile(&src, &partial, &shown);
                let _ = std::fs::remove_file(&src);
                if !ok || std::fs::rename(&partial, &pyc).is_err() {
                    let _ = std::fs::remove_file(&partial);
                    return None;
                }
            }
            std::fs::copy(&pyc, &compiled).ok()
        });
        if cached.is_some() {
            return Ok(compiled);
        }
        let src = dir.join("harness.py");
        std::fs::write(&src, source)?;
        Ok(if self.py_compile(&src, &compiled, &src) {
            compiled
        } else {
            src
        })
    }

    /// Compiles `source` to the bytecode file `compiled`, whose code names its file `shown`;
    /// whether that worked (silently: a failure falls back to the source).
    fn py_compile(&self, source: &Path, compiled: &Path, shown: &Path) -> bool {
        std::process::Command::new(&self.executable)
            .args(FLAGS)
            .arg("-c")
            .arg("import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], dfile=sys.argv[3], doraise=True)")
            .arg(source)
            .arg(compiled)
            .arg(shown)
            .env_clear()
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }

    /// What a program run by this interpreter reads: the interpreter, its library, and the
    /// directory holding the program.
    pub fn read_paths(&self, program: &Path) -> Vec<PathBuf> {
        let mut paths = vec![self.executable.clone(), self.prefix.clone()];
        if let Ok(real) = self.executable.canonicalize() {
            paths.push(real);
        }
        if let Some(dir) = program.parent() {
            paths.push(dir.to_path_buf());
        }
        paths
    }

    /// The deterministic environment solutions run in.
    pub fn env() -> Vec<(OsString, OsString)> {
        [
            ("PYTHONHASHSEED", "0"),
            ("PYTHONDONTWRITEBYTECODE", "1"),
            ("PYTHONUTF8", "1"),
            ("LANG", "C.UTF-8"),
            ("PATH", "/usr/local/bin:/usr/bin:/bin"),
        ]
        .into_iter()
        .map(|(k, v)| (OsString::from(k), OsString::from(v)))
        .collect()
    }

    /// The command that runs `source` (the contents of `path`), saved once as `copy`.
    /// A Python script of the problem's (a generator, a validator) run as it is, with no
    /// bootstrap: the interpreter, its flags, the script and its environment.
    pub fn script(&self, script: &Path) -> Executable {
        Executable {
            program: self.executable.clone(),
            args: FLAGS
                .iter()
                .map(OsString::from)
                .chain([script.as_os_str().to_owned()])
                .collect(),
            env: Python::env(),
            read_paths: self.read_paths(script),
            serve: None,
            own_thread_stacks: false,
        }
    }

    /// Tracebacks name `path`.
    pub fn executable(
        &self,
        path: &Path,
        source: &[u8],
        copy: &Path,
    ) -> Result<Executable, LangError> {
        std::fs::write(copy, source).map_err(|e| LangError::Cache {
            dir: copy.display().to_string(),
            source: e,
        })?;
        let args: Vec<OsString> = FLAGS
            .iter()
            .map(OsString::from)
            .chain([
                "-c".into(),
                BOOTSTRAP.into(),
                copy.as_os_str().to_owned(),
                path.as_os_str().to_owned(),
            ])
            .collect();
        let env = Python::env();
        // The fork-server: the harness in stdio mode, beside the copy (in the folder
        // `read_paths` opens).
        let serve = copy.parent().and_then(|dir| {
            let harness = self.harness_in(dir).ok()?;
            Some(
                FLAGS
                    .iter()
                    .map(OsString::from)
                    .chain([
                        harness.into_os_string(),
                        "--serve".into(),
                        "stdio".into(),
                        copy.as_os_str().to_owned(),
                        path.as_os_str().to_owned(),
                    ])
                    .collect(),
            )
        });
        Ok(Executable {
            program: self.executable.clone(),
            args,
            env,
            read_paths: self.read_paths(copy),
            serve,
            own_thread_stacks: false,
        })
    }
}

/// The commands that run a test and check the signature, with the harness and the user's source
/// saved once into `run_dir`. Tracebacks name `shown`.
pub fn harness_executables(
    python: &Python,
    shown: &Path,
    source: &[u8],
    run_dir: &Path,
) -> Result<(Executable, Executable), LangError> {
    let write = |name: &str, data: &[u8]| {
        let path = run_dir.join(name);
        std::fs::write(&path, data).map_err(|e| LangError::Cache {
            dir: run_dir.display().to_string(),
            source: e,
        })?;
        Ok::<_, LangError>(path)
    };
    let harness = python.harness_in(run_dir).map_err(|e| LangError::Cache {
        dir: run_dir.display().to_string(),
        source: e,
    })?;
    let copy = write("solution.py", source)?;
    let read_paths = python.read_paths(&copy);
    let base: Vec<OsString> = FLAGS
        .iter()
        .map(OsString::from)
        .chain([harness.into_os_string()])
        .collect();
    let tail: Vec<OsString> = vec![copy.into(), shown.as_os_str().to_owned()];
    let serve = base
        .iter()
        .cloned()
        .chain(["--serve".into(), "function".into()])
        .chain(tail.iter().cloned())
        .collect();
    let run = Executable {
        program: python.executable.clone(),
        args: base.iter().cloned().chain(tail.iter().cloned()).collect(),
        env: Python::env(),
        read_paths: read_paths.clone(),
        serve: Some(serve),
        own_thread_stacks: false,
    };
    let check = Executable {
        program: python.executable.clone(),
        args: base
            .into_iter()
            .chain(std::iter::once(OsString::from("--check")))
            .chain(tail)
            .collect(),
        env: Python::env(),
        read_paths,
        serve: None,
        own_thread_stacks: false,
    };
    Ok((run, check))
}

/// The limits of the syntax check: compiling is all it does, and CPython compiles a
/// pathological source (a long f-string) for minutes.
pub const SYNTAX_CHECK_TIME: std::time::Duration = std::time::Duration::from_secs(5);

/// Whether `check` is the syntax check of [`syntax_check`] (it only compiles the source, runs
/// none of it), rather than a harness's signature check (which runs the module's top level).
pub fn compiles_only(check: &Executable) -> bool {
    check.args.iter().any(|a| a == "--syntax")
}

/// The command that only checks that a stdio program compiles (`harness.py --syntax`), so a
/// syntax error is one compile error, not a runtime error on every test. `copy` is the copy of
/// the source the program runs from.
pub fn syntax_check(
    python: &Python,
    shown: &Path,
    copy: &Path,
    run_dir: &Path,
) -> Result<Executable, LangError> {
    let harness = run_dir.join("harness.py");
    std::fs::write(&harness, crate::harness::python::HARNESS.as_bytes()).map_err(|e| {
        LangError::Cache {
            dir: run_dir.display().to_string(),
            source: e,
        }
    })?;
    // The harness sits beside the copy, in the folder `read_paths` opens.
    let read_paths = python.read_paths(copy);
    let args = FLAGS
        .iter()
        .map(OsString::from)
        .chain([
            harness.into_os_string(),
            "--syntax".into(),
            copy.as_os_str().to_owned(),
            shown.as_os_str().to_owned(),
        ])
        .collect();
    Ok(Executable {
        program: python.executable.clone(),
        args,
        env: Python::env(),
        read_paths,
        serve: None,
        own_thread_stacks: false,
    })
}
