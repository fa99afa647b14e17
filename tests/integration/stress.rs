//! `judge stress`: each deliberately wrong solution under `tests/fixtures/stress/<problem>/`
//! (`wa_*.py`, `wa_*.rs`) is found out and shrunk to an input of at most 8 elements, with a fixed
//! seed so the search is the same on every run; `--against`, `--save` and the saved tests that
//! `judge run` then runs.

use std::path::{Path, PathBuf};

use crate::util::{self, Judge};

/// The most elements a shrunk input may keep.
const MAX_ELEMENTS: usize = 8;

fn fixture(problem: &str, file: &str) -> PathBuf {
    util::fixtures().join("stress").join(problem).join(file)
}

/// `judge stress PROBLEM FILE --seed 7 --seconds 60 --format json [extra]`: the document and the
/// exit code.
fn stress(judge: &Judge, problem: &str, file: &Path, extra: &[&str]) -> (serde_json::Value, i32) {
    let mut cmd = judge.cmd();
    cmd.args(["stress", problem])
        .arg(file)
        .args([
            "--seed",
            "7",
            "--seconds",
            "60",
            "--format",
            "json",
            "--jobs",
            "2",
        ])
        .args(extra);
    let out = util::run(cmd);
    (util::json(&out), out.status.code().unwrap_or(-1))
}

/// The elements of a shrunk input: the list argument's length, or for range-sum-queries `n`.
fn elements(problem: &str, input: &str) -> usize {
    if problem == "range-sum-queries" {
        return input
            .lines()
            .nth(1)
            .unwrap_or("")
            .split_whitespace()
            .count();
    }
    let v: serde_json::Value = serde_json::from_str(input).expect("JSON arguments");
    let key = if problem == "find-k-closest-elements" {
        "arr"
    } else {
        "nums"
    };
    v[key].as_array().expect("a list argument").len()
}

fn found_and_shrunk(problem: &str, file: &str) {
    let judge = Judge::new();
    let (doc, code) = stress(&judge, problem, &fixture(problem, file), &[]);
    assert_eq!(code, 1, "a failing input exits 1: {doc:#}");
    assert_eq!(doc["failed"], true, "{doc:#}");
    let minimal = &doc["minimal"];
    let input = minimal["input"]["text"].as_str().expect("the shrunk input");
    let n = elements(problem, input);
    assert!(
        (1..=MAX_ELEMENTS).contains(&n),
        "{problem}/{file}: shrunk to {n} elements: {input}"
    );
    assert_eq!(minimal["verdict"], "WA", "{doc:#}");
    assert_ne!(minimal["expected"], minimal["actual"], "{doc:#}");
    assert!(minimal["why"].as_str().is_some_and(|w| !w.is_empty()));
    // The shrunk input is no larger than the one the search found.
    let first = doc["first_failure"]["input"]["text"].as_str().unwrap();
    assert!(elements(problem, first) >= n, "{doc:#}");
    assert_eq!(doc["seed"], 7);
}

#[test]
fn overflow_in_rust_i32() {
    found_and_shrunk("range-sum-queries", "wa_overflow_i32.rs");
}

#[test]
fn off_by_one() {
    found_and_shrunk("maximum-subarray", "wa_off_by_one.py");
}

#[test]
fn wrong_tie_break() {
    found_and_shrunk("find-k-closest-elements", "wa_tie_break.py");
}

#[test]
fn wrong_minimum_input_in_rust() {
    found_and_shrunk("house-robber-ii", "wa_single_house.rs");
}

#[test]
fn bug_only_with_duplicates() {
    found_and_shrunk("kth-largest-element-in-an-array", "wa_duplicates.py");
}

#[test]
fn against_a_brute_force_and_saved_for_judge_run() {
    let judge = Judge::new();
    let dir = tempfile::tempdir().unwrap();
    let wrong = dir.path().join("max_sub.py");
    std::fs::copy(fixture("maximum-subarray", "wa_off_by_one.py"), &wrong).unwrap();
    let brute = fixture("maximum-subarray", "brute_force.py");
    let (doc, code) = stress(
        &judge,
        "maximum-subarray",
        &wrong,
        &["--against", brute.to_str().unwrap(), "--save"],
    );
    assert_eq!(code, 1, "{doc:#}");
    assert!(doc["oracle"].as_str().unwrap().ends_with("brute_force.py"));
    let saved = dir.path().join(".judge/stress/maximum-subarray.yaml");
    assert_eq!(doc["saved"], saved.display().to_string());
    let text = std::fs::read_to_string(&saved).unwrap();
    assert!(text.contains("- name: stress-1\n"), "{text}");

    // `judge run` runs the saved test, named as saved, shown in full.
    let run = |file: &Path| {
        let mut cmd = judge.cmd();
        cmd.args(["run", "maximum-subarray"])
            .arg(file)
            .args(["--filter", "saved/", "--format", "json"]);
        let out = util::run(cmd);
        assert!(
            util::stderr(&out).contains("1 saved test from"),
            "{}",
            util::stderr(&out)
        );
        util::json(&out)
    };
    let report = run(&wrong);
    assert_eq!(report["verdict"], "WA", "{report:#}");
    assert_eq!(report["tests"][0]["name"], "saved/stress-1");
    // A right solution in the same folder passes it.
    let right = dir.path().join("kadane.py");
    std::fs::copy(
        util::root().join("problems/maximum-subarray/solutions/accepted/kadane.py"),
        &right,
    )
    .unwrap();
    assert_eq!(run(&right)["verdict"], "AC");

    // A second --save appends stress-2.
    let (_, code) = stress(&judge, "maximum-subarray", &wrong, &["--save"]);
    assert_eq!(code, 1);
    let text = std::fs::read_to_string(&saved).unwrap();
    assert!(text.contains("- name: stress-1\n") && text.contains("- name: stress-2\n"));
}

#[test]
fn a_right_solution_is_not_failed() {
    let judge = Judge::new();
    let right = util::root().join("problems/house-robber-ii/solutions/accepted/two_passes.py");
    let mut cmd = judge.cmd();
    cmd.args(["stress", "house-robber-ii"]).arg(&right).args([
        "--seed",
        "3",
        "--seconds",
        "4",
        "--format",
        "json",
    ]);
    let out = util::run(cmd);
    assert_eq!(out.status.code(), Some(0), "{}", util::stderr(&out));
    let doc = util::json(&out);
    assert_eq!(doc["failed"], false);
    assert!(doc["inputs"].as_u64().unwrap() > 0, "{doc:#}");
    assert!(doc.get("minimal").is_none());
}

#[test]
fn a_problem_without_sizes_is_a_usage_error() {
    let judge = Judge::new();
    // A catalog of its own: which built-in problems declare `sizes:` changes as they gain them.
    let catalog = judge.home.path().join("catalog");
    std::fs::create_dir_all(catalog.join("echo")).unwrap();
    std::fs::write(
        catalog.join("echo/problem.yaml"),
        "format_version: 1\ntitle: Echo\ndifficulty: easy\nstatement: Echo.\n\
         tests:\n  - {name: s1, sample: true, input: \"1\\n\", output: \"1\\n\"}\n",
    )
    .unwrap();
    let solution = judge.home.path().join("echo.py");
    std::fs::write(&solution, "print(input())\n").unwrap();
    let mut cmd = judge.cmd();
    cmd.arg("--catalog")
        .arg(&catalog)
        .args(["stress", "echo"])
        .arg(&solution);
    let out = util::run(cmd);
    assert_eq!(out.status.code(), Some(2), "{}", util::stderr(&out));
    assert!(
        util::stderr(&out).contains("sizes:"),
        "{}",
        util::stderr(&out)
    );
}
