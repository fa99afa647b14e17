//! The Python fork-server against exec: the same compile errors, limits and measurements
//! whichever way a solution runs (`JUDGE_FORK_SERVER=1` requires the fork-server, `0` exec).

use std::path::Path;

use crate::util::{self, Judge};

/// A stdio problem `echo` of `tests` tests in a catalog under `dir`.
fn echo_catalog(dir: &Path, tests: usize) -> std::path::PathBuf {
    let catalog = dir.join("catalog");
    std::fs::create_dir_all(catalog.join("echo")).unwrap();
    let mut yaml = String::from(
        "format_version: 1\ntitle: echo\ndifficulty: easy\nstatement: Print the input.\ntests:\n",
    );
    for i in 1..=tests {
        yaml += &format!("  - name: t{i}\n    input: \"{i}\"\n    output: \"{i}\"\n");
    }
    std::fs::write(catalog.join("echo/problem.yaml"), yaml).unwrap();
    catalog
}

/// Whether this machine runs Python tests in a fork-server (`judge doctor`); says why not.
fn fork_server_here(j: &Judge) -> bool {
    let mut cmd = j.cmd();
    cmd.args(["doctor", "--format", "json"]);
    let doctor = util::json(&util::run(cmd));
    let ok = doctor["python"]["fork_server"]["ok"] == true;
    if !ok {
        eprintln!(
            "SKIPPED: no fork-server here: {}",
            doctor["python"]["fork_server"]
        );
    }
    ok
}

fn run_json(j: &Judge, mode: &str, catalog: &Path, solution: &Path) -> serde_json::Value {
    let mut cmd = j.cmd();
    cmd.env("JUDGE_FORK_SERVER", mode)
        .arg("--catalog")
        .arg(catalog)
        .args(["run", "echo"])
        .arg(solution)
        .args(["--format", "json"]);
    util::json(&util::run(cmd))
}

/// The syntax check of a stdio program runs in the fork-server (as a child that only compiles,
/// under the compile limits): a syntax error is the same one compile error, with the user's
/// file name, line and column, as by exec.
#[test]
fn a_syntax_error_is_the_same_compile_error_through_the_fork_server_and_exec() {
    let j = Judge::new();
    if !fork_server_here(&j) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let catalog = echo_catalog(dir.path(), 3);
    let solution = dir.path().join("unclosed.py");
    std::fs::write(&solution, "a = 1\nb = [1, 2\nprint(input())\n").unwrap();
    let mut messages = Vec::new();
    for mode in ["1", "0"] {
        let report = run_json(&j, mode, &catalog, &solution);
        assert_eq!(
            report["verdict"], "CE",
            "JUDGE_FORK_SERVER={mode}: {report:#}"
        );
        let message = report["compile_error"].as_str().unwrap().to_string();
        assert!(
            message.contains("unclosed.py\", line 2\n    b = [1, 2\n        ^\n"),
            "JUDGE_FORK_SERVER={mode}: {message}"
        );
        assert!(message.contains("SyntaxError"), "{message}");
        messages.push(message);
    }
    assert_eq!(messages[0], messages[1]);
    // And a program that compiles runs every test in the server that checked it.
    let good = dir.path().join("good.py");
    std::fs::write(&good, "print(input())\n").unwrap();
    let report = run_json(&j, "1", &catalog, &good);
    assert_eq!(report["verdict"], "AC", "{report:#}");
}

/// A trivial stdio program reports about the same peak memory through the fork-server as by
/// exec, so a solution near its memory limit gets the same verdict either way: a served child
/// counts the zygote's heap it inherits, which must hold little more than an exec'd
/// interpreter's (the harness runs from its bytecode, never compiled from source in the
/// zygote). Tolerance: 2 MiB (measured here: about 1 MiB more through the fork-server; 5.5 MiB
/// more when the zygote compiled the harness's source).
#[test]
fn a_trivial_program_reports_the_same_memory_through_the_fork_server_and_exec() {
    let j = Judge::new();
    if !fork_server_here(&j) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let catalog = echo_catalog(dir.path(), 4);
    let solution = dir.path().join("echo.py");
    std::fs::write(&solution, "print(input())\n").unwrap();
    let mut peaks = Vec::new();
    for mode in ["1", "0"] {
        let report = run_json(&j, mode, &catalog, &solution);
        assert_eq!(
            report["verdict"], "AC",
            "JUDGE_FORK_SERVER={mode}: {report:#}"
        );
        let peak = report["tests"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["memory_kib"].as_u64().unwrap())
            .max()
            .unwrap();
        peaks.push(peak);
    }
    let (served, exec) = (peaks[0], peaks[1]);
    assert!(
        served.abs_diff(exec) <= 2048,
        "peak memory {served} KiB through the fork-server, {exec} KiB by exec"
    );
}

/// A function problem's signature check runs in the fork-server too (a child that loads the
/// module and checks the class and method, under the compile limits, with the check document on
/// stdin): a signature error is the same compile error as by exec, a module that fails while
/// loading is the same runtime error on its first test, and a good solution is accepted.
#[test]
fn a_signature_check_gives_the_same_verdicts_through_the_fork_server_and_exec() {
    let j = Judge::new();
    if !fork_server_here(&j) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "too_few.py",
            "class Solution:\n    def twoSum(self, nums):\n        return []\n",
            "CE",
        ),
        (
            "raises_on_load.py",
            "raise ValueError('no')\nclass Solution:\n    pass\n",
            "RE",
        ),
        (
            "prints_on_load.py",
            "print('loading')\nclass Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n        for i, x in enumerate(nums):\n            if target - x in seen:\n                return [seen[target - x], i]\n            seen[x] = i\n",
            "AC",
        ),
    ];
    for (name, source, want) in cases {
        let solution = dir.path().join(name);
        std::fs::write(&solution, source).unwrap();
        let mut messages = Vec::new();
        for mode in ["1", "0"] {
            let mut cmd = j.cmd();
            cmd.env("JUDGE_FORK_SERVER", mode)
                .args(["run", "two-sum"])
                .arg(&solution)
                .args(["--samples", "--format", "json"]);
            let report = util::json(&util::run(cmd));
            assert_eq!(
                report["verdict"], want,
                "{name}, JUDGE_FORK_SERVER={mode}: {report:#}"
            );
            messages.push(report["compile_error"].clone());
        }
        assert_eq!(messages[0], messages[1], "{name}");
    }
}
