//! Languages: which one a file is in ([`Language::from_path`]), and how to turn a source file
//! into something the sandbox can run ([`prepare`]): Python through a small bootstrap, Rust
//! compiled once and cached by source hash.

mod python;
mod rust;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::catalog::Interface;

pub use python::{
    compiles_only, Python, MIN_MINOR as PYTHON_MIN_MINOR,
    OPTIONAL_PACKAGES as PYTHON_OPTIONAL_PACKAGES, SYNTAX_CHECK_TIME,
};
pub use rust::{compile_limits, exceeded as compile_exceeded, Rustc};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Python,
    Rust,
}

/// A solution prepared for running: the program to execute with its arguments and environment.
#[derive(Debug, Clone)]
pub struct Executable {
    pub program: PathBuf,
    pub args: Vec<OsString>,
    pub env: Vec<(OsString, OsString)>,
    /// What it must be able to read when the filesystem is restricted (interpreter, files).
    pub read_paths: Vec<PathBuf>,
    /// The arguments that start it as a fork-server instead (the same program, environment
    /// and read paths), when the language has one: one interpreter prepared once per worker,
    /// forked per test (see `sandbox::Server`).
    pub serve: Option<Vec<OsString>>,
    /// It sizes its threads' stacks itself (a Rust program): its main thread's stack limit can
    /// be set before it starts ([`sandbox::Command::stack_at_start`]).
    pub own_thread_stacks: bool,
}

impl Executable {
    /// The sandbox command that runs this under `limits`: the one place an [`Executable`]
    /// becomes a [`sandbox::Command`]. Callers add stdin, extra arguments and scratch files.
    pub fn command(&self, limits: sandbox::Limits) -> sandbox::Command {
        let mut cmd = sandbox::Command::new(&self.program)
            .args(self.args.iter().cloned())
            .limits(limits);
        if self.own_thread_stacks {
            cmd = cmd.stack_at_start();
        }
        for p in &self.read_paths {
            cmd = cmd.read_path(p);
        }
        for (k, v) in &self.env {
            cmd = cmd.env(k, v);
        }
        cmd
    }

    /// The sandbox command that starts this as a fork-server, if it has one.
    pub fn server_command(&self, limits: sandbox::Limits) -> Option<sandbox::Command> {
        let args = self.serve.as_ref()?;
        let mut cmd = sandbox::Command::new(&self.program)
            .args(args.iter().cloned())
            .limits(limits);
        for p in &self.read_paths {
            cmd = cmd.read_path(p);
        }
        for (k, v) in &self.env {
            cmd = cmd.env(k, v);
        }
        Some(cmd)
    }
}

/// How the compile step went, for reports. Interpreted languages have none.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct CompileInfo {
    pub cached: bool,
    #[serde(serialize_with = "crate::ser::ser_millis", rename = "time_ms")]
    pub time: Duration,
}

#[derive(Debug, thiserror::Error)]
pub enum LangError {
    #[error("unsupported file type `{ext}` for {file}")]
    Unsupported { file: String, ext: String },
    #[error("{tool} not found")]
    ToolMissing { tool: String, help: String },
    #[error("{tool} does not work: {message}")]
    ToolBroken { tool: String, message: String },
    #[error("cannot read solution {file}: {source}")]
    Read {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error("this problem has no Rust version: {why}")]
    NoRustVersion { why: String },
    #[error("{name}={value:?} is not valid: expected {expected}")]
    Setting {
        name: String,
        value: String,
        expected: String,
    },
    #[error("compile cache {dir}: {source}")]
    Cache {
        dir: String,
        #[source]
        source: std::io::Error,
    },
}

impl LangError {
    pub fn help(&self) -> Option<String> {
        match self {
            LangError::Unsupported { .. } => {
                Some("judge runs Python (.py) and Rust (.rs) solutions".to_string())
            }
            LangError::ToolMissing { help, .. } => Some(help.clone()),
            LangError::Read { .. } => Some("check the path of the solution file".to_string()),
            LangError::NoRustVersion { .. } => {
                Some("LeetCode has none either: solve it in Python (.py)".to_string())
            }
            _ => None,
        }
    }
}

/// The outcome of preparing a solution: ready to run, or a compile error (verdict CE).
// One a run: the size of its larger variant costs nothing worth a box.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum Prepared {
    Ready {
        exe: Executable,
        compile: Option<CompileInfo>,
        /// A command to run once before the tests that checks the solution fits the problem's
        /// signature (Python function and design problems; Rust's compiler does this).
        check: Option<Executable>,
    },
    CompileError {
        message: String,
        compile: CompileInfo,
    },
}

impl Language {
    pub fn from_path(path: &Path) -> Result<Language, LangError> {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        match ext {
            "py" => Ok(Language::Python),
            "rs" => Ok(Language::Rust),
            _ => Err(LangError::Unsupported {
                file: path.display().to_string(),
                ext: if ext.is_empty() {
                    "(none)".to_string()
                } else {
                    format!(".{ext}")
                },
            }),
        }
    }

    /// The file extension, without the dot: `py`, `rs`.
    pub fn extension(self) -> &'static str {
        match self {
            Language::Python => "py",
            Language::Rust => "rs",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Language::Python => "python",
            Language::Rust => "rust",
        }
    }
}

/// Options that shape how solutions are prepared.
#[derive(Debug, Clone)]
pub struct PrepareOptions {
    /// Where compilers run: the sandbox of the solutions, with its layers.
    pub sandbox: sandbox::Sandbox,
    /// Ask the compiler for coloured diagnostics.
    pub color: bool,
    /// Where compiled solutions are cached.
    pub cache_dir: PathBuf,
    /// A per-run directory for files the solution needs (e.g. the Python source copy).
    pub run_dir: PathBuf,
    /// Solutions run as an unprivileged user (the judge is root): what they execute and read
    /// must be reachable by that user.
    pub unprivileged: bool,
}

/// Prepares `source` (read from `path`) for running in `lang` against a problem with this
/// interface.
pub fn prepare(
    lang: Language,
    path: &Path,
    source: &[u8],
    iface: &Interface,
    opts: &PrepareOptions,
) -> Result<Prepared, LangError> {
    match lang {
        Language::Python => {
            let python = Python::resolve(opts.unprivileged)?.with_harness_cache(&opts.cache_dir);
            let (exe, check) = match iface {
                Interface::Stdio => {
                    let copy = opts.run_dir.join("solution.py");
                    let exe = python.executable(path, source, &copy)?;
                    let check = python::syntax_check(&python, path, &copy, &opts.run_dir)?;
                    (exe, Some(check))
                }
                _ => {
                    let (run, check) =
                        python::harness_executables(&python, path, source, &opts.run_dir)?;
                    (run, Some(check))
                }
            };
            Ok(Prepared::Ready {
                exe,
                compile: None,
                check,
            })
        }
        Language::Rust => {
            if let Some(why) = rust_unsupported(iface) {
                return Err(LangError::NoRustVersion {
                    why: why.to_string(),
                });
            }
            Rustc::resolve_cached(&opts.cache_dir)?.compile(path, source, iface, opts)
        }
    }
}

/// Why the problem cannot be solved in Rust, if it cannot.
pub fn rust_unsupported(iface: &Interface) -> Option<&'static str> {
    match iface {
        Interface::Function(sig) => sig.rust_unsupported(),
        _ => None,
    }
}
