//! A hermetic `judge` command for tests: a private JUDGE_HOME, no inherited JUDGE_*, XDG or
//! NO_COLOR variables, and helpers to read its JSON output.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixtures() -> PathBuf {
    root().join("tests/fixtures")
}

/// A judge command with its own home directory.
pub struct Judge {
    pub home: tempfile::TempDir,
}

impl Judge {
    pub fn new() -> Judge {
        Judge {
            home: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn cmd(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_judge"));
        for (key, _) in std::env::vars_os() {
            let k = key.to_string_lossy();
            if k.starts_with("JUDGE_")
                || k.starts_with("XDG_")
                || k == "NO_COLOR"
                || k == "CLICOLOR_FORCE"
            {
                cmd.env_remove(&key);
            }
        }
        cmd.env("JUDGE_HOME", self.home.path());
        cmd
    }

    /// `judge --catalog tests/fixtures/problems <args>`.
    pub fn fixture_cmd(&self) -> Command {
        let mut cmd = self.cmd();
        cmd.arg("--catalog").arg(fixtures().join("problems"));
        cmd
    }
}

pub fn run(mut cmd: Command) -> Output {
    cmd.output().expect("judge runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Parses stdout as one JSON document, with the whole output in the panic message if it is not.
pub fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
            stdout(o),
            stderr(o)
        )
    })
}

/// The verdict a fixture solution must get, from its file name: `wa_off_by_one.py` → `WA`.
pub fn expected_verdict(path: &Path) -> String {
    let name = path.file_name().unwrap().to_string_lossy();
    name.split('_').next().unwrap().to_ascii_uppercase()
}
