//! The Python harness: one static script (`python/harness.py`) that reads the test's document,
//! runs the user's file with LeetCode's pre-imports, calls the function or the design sequence
//! and writes the result file. Run once in `--check` mode per run to catch signature errors.

use std::ffi::OsString;
use std::path::Path;

use crate::lang::{Executable, LangError, Python};

pub const HARNESS: &str = include_str!("python/harness.py");

/// The commands that run a test and check the signature, with the harness and the user's source
/// saved once into `run_dir`. Tracebacks name `shown`.
pub fn executables(
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
    let source_path = write("harness.py", HARNESS.as_bytes())?;
    // Python never caches the bytecode of the script it runs: compile the harness once per run
    // (about 7 ms saved on every test). If that fails, run the source.
    let compiled = run_dir.join("harness.pyc");
    let ok = std::process::Command::new(&python.executable)
        .args(["-S", "-s", "-B", "-c"])
        .arg("import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)")
        .arg(&source_path)
        .arg(&compiled)
        .env_clear()
        .status()
        .is_ok_and(|s| s.success());
    let harness = if ok { compiled } else { source_path };
    let copy = write("solution.py", source)?;
    let read_paths = python.read_paths(&copy);
    let base: Vec<OsString> = vec!["-S".into(), "-s".into(), "-B".into(), harness.into()];
    let tail: Vec<OsString> = vec![copy.into(), shown.as_os_str().to_owned()];
    let run = Executable {
        program: python.executable.clone(),
        args: base.iter().cloned().chain(tail.iter().cloned()).collect(),
        env: Python::env(),
        read_paths: read_paths.clone(),
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
    };
    Ok((run, check))
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
    std::fs::write(&harness, HARNESS.as_bytes()).map_err(|e| LangError::Cache {
        dir: run_dir.display().to_string(),
        source: e,
    })?;
    // The harness sits beside the copy, in the folder `read_paths` opens.
    let read_paths = python.read_paths(copy);
    Ok(Executable {
        program: python.executable.clone(),
        args: vec![
            "-S".into(),
            "-s".into(),
            "-B".into(),
            harness.into(),
            "--syntax".into(),
            copy.as_os_str().to_owned(),
            shown.as_os_str().to_owned(),
        ],
        env: Python::env(),
        read_paths,
    })
}
