//! The teaching commands: `judge run --input` (custom input beside the reference), `judge hint`
//! and `judge solution`, over the fixture catalog `tests/fixtures/teach`, with a private
//! JUDGE_HOME and a fixed clock (`JUDGE_NOW`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

use crate::util::{fixtures, json, run, stderr, stdout, Judge};

/// 2026-11-25T10:00:00Z.
const T0: i64 = 1_795_600_800;

fn catalog() -> PathBuf {
    fixtures().join("teach")
}

/// `judge --catalog tests/fixtures/teach ARGS` at `T0 + minutes`.
fn judge(j: &Judge, minutes: i64, args: &[&str]) -> Command {
    let mut cmd = j.cmd();
    cmd.arg("--catalog")
        .arg(catalog())
        .env("JUDGE_NOW", (T0 + minutes * 60).to_string())
        .args(args);
    cmd
}

/// `judge run SLUG FILE --input -` with `input` on stdin.
fn custom(j: &Judge, slug: &str, file: &Path, input: &str, extra: &[&str]) -> Output {
    let mut cmd = judge(j, 0, &["run", slug]);
    cmd.arg(file).args(["--input", "-"]).args(extra);
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("judge runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn reference(slug: &str, file: &str) -> PathBuf {
    catalog().join(slug).join("solutions/accepted").join(file)
}

const WRONG_PAIR: &str = "class Solution:\n    def twoSum(self, nums, target):\n        print('looking at', len(nums))\n        return [0, 0]\n";

fn reveals(j: &Judge) -> Vec<(String, String, Option<i64>, bool)> {
    let db = j.home.path().join("data/history.sqlite3");
    let c = rusqlite::Connection::open(db).unwrap();
    let mut stmt = c
        .prepare("SELECT problem, kind, hint, spoiled FROM reveals ORDER BY id")
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap();
    rows.map(Result::unwrap).collect()
}

#[test]
fn custom_input_in_leetcode_and_yaml_formats_agrees_with_the_reference() {
    let j = Judge::new();
    for (file, input) in [
        (reference("pair-sum", "hash_map.py"), "[2,7,11,15]\n9\n"),
        (reference("pair-sum", "hash_map.rs"), "[2,7,11,15]\n9\n"),
        (
            reference("pair-sum", "hash_map.py"),
            "input: {nums: [2, 7, 11, 15], target: 9}\n",
        ),
        (
            reference("pair-sum", "hash_map.rs"),
            "nums = [2,7,11,15]\ntarget = 9\n",
        ),
    ] {
        let o = custom(&j, "pair-sum", &file, input, &["--format", "json"]);
        let v = json(&o);
        assert_eq!(o.status.code(), Some(0), "{input:?}: {v:#}");
        assert_eq!(v["agree"], true, "{v:#}");
        assert_eq!(v["verdict"], "AC");
        assert_eq!(v["output"], "[0,1]");
        assert_eq!(v["reference"]["output"], "[0,1]");
        assert_eq!(v["reference"]["name"], "solutions/accepted/hash_map.py");
        assert_eq!(v["validator"], "check_input.py");
        assert_eq!(v["input"], "nums = [2,7,11,15]\ntarget = 9");
    }
    // The comparison is the problem's: [1, 0] agrees with [0, 1] under any-order.
    let work = tempfile::tempdir().unwrap();
    let reversed = write(
        work.path(),
        "rev.py",
        "class Solution:\n    def twoSum(self, nums, target):\n        return [1, 0]\n",
    );
    let o = custom(&j, "pair-sum", &reversed, "[2,7]\n9\n", &[]);
    let text = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{text}{}", stderr(&o));
    assert!(text.contains("they agree (any-order comparison)"), "{text}");
    // Custom runs are not attempts.
    let o = run(judge(&j, 0, &["history", "--format", "json"]));
    assert_eq!(json(&o), serde_json::json!([]), "{}", stdout(&o));
}

#[test]
fn custom_input_disagreement_shows_both_outputs_and_what_was_printed() {
    let j = Judge::new();
    let work = tempfile::tempdir().unwrap();
    let wrong = write(work.path(), "wrong.py", WRONG_PAIR);
    let o = custom(&j, "pair-sum", &wrong, "[1,5,3]\n8\n", &[]);
    let text = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{text}{}", stderr(&o));
    for want in [
        "your output",
        "  [0,0]",
        "your stdout:\n  looking at 3",
        "reference (solutions/accepted/hash_map.py):\n  [1,2]",
        "they differ (any-order comparison)",
    ] {
        assert!(text.contains(want), "{want:?} in\n{text}");
    }
    let v = json(&custom(
        &j,
        "pair-sum",
        &wrong,
        "[1,5,3]\n8\n",
        &["--format", "json"],
    ));
    assert_eq!(v["agree"], false);
    assert_eq!(v["verdict"], "WA");
    assert_eq!(v["output"], "[0,0]");
    assert_eq!(v["reference"]["output"], "[1,2]");
    assert_eq!(v["printed"], "looking at 3\n");

    // A stdio problem: the text is the stdin of both programs.
    let add = write(
        work.path(),
        "add.py",
        "a, b = map(int, input().split())\nprint(a - b)\n",
    );
    let v = json(&custom(&j, "add-two", &add, "5 7\n", &["--format", "json"]));
    assert_eq!(
        (v["output"].as_str(), v["reference"]["output"].as_str()),
        (Some("-2\n"), Some("12\n"))
    );
    assert_eq!(v["agree"], false);
}

#[test]
fn custom_input_of_a_class_in_leetcode_format() {
    let j = Judge::new();
    let work = tempfile::tempdir().unwrap();
    // Off by the first add: total() forgets it.
    let buggy = write(
        work.path(),
        "total.py",
        "class RunningTotal:\n    def __init__(self):\n        self.s = None\n    def add(self, x):\n        self.s = 0 if self.s is None else self.s + x\n    def total(self):\n        return self.s or 0\n",
    );
    let input = "[\"RunningTotal\",\"add\",\"add\",\"total\"]\n[[],[2],[40],[]]\n";
    let v = json(&custom(
        &j,
        "running-total",
        &buggy,
        input,
        &["--format", "json"],
    ));
    assert_eq!(v["output"], "[null,null,null,40]", "{v:#}");
    assert_eq!(v["reference"]["output"], "[null,null,null,42]");
    assert_eq!(v["agree"], false);
    assert_eq!(v["input"], "RunningTotal()\nadd(2)\nadd(40)\ntotal()");
    let right = reference("running-total", "total.py");
    let yaml = "calls: [RunningTotal, add, add, total]\nargs: [[], [2], [40], []]\n";
    let o = custom(&j, "running-total", &right, yaml, &[]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
}

#[test]
fn custom_input_out_of_range_is_refused_before_anything_runs() {
    let j = Judge::new();
    let file = reference("pair-sum", "hash_map.py");
    let o = custom(&j, "pair-sum", &file, "[2]\n9\n", &[]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.starts_with("error: invalid input: need 2 <= nums.length <= 1000, got 1\n"),
        "{err}"
    );
    assert!(
        err.contains("input validator (check_input.py) rejected it"),
        "{err}"
    );
    assert!(stdout(&o).is_empty());

    let o = custom(&j, "pair-sum", &file, "[1, 2000000000]\n3\n", &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("error: invalid input: nums[1] = 2000000000 is out of range"),
        "{}",
        stderr(&o)
    );
    // Not the signature's shape: said before the validator runs.
    let o = custom(&j, "pair-sum", &file, "[1,2]\n", &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("twoSum takes 2 (nums, target), the input has 1 line"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn hints_come_one_at_a_time_and_are_recorded() {
    let j = Judge::new();
    let o = run(judge(&j, 0, &["hint", "pair-sum"]));
    let text = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{text}{}", stderr(&o));
    assert!(
        text.starts_with("Hint 1 of 3\n  Trying every pair works"),
        "{text}"
    );
    assert!(!text.contains("Hint 2"), "{text}");
    assert!(text.contains("2 more: `judge hint pair-sum`"), "{text}");

    let o = run(judge(&j, 1, &["hint", "pair-sum"]));
    let text = stdout(&o);
    assert!(text.contains("Hint 1 of 3 (shown before)"), "{text}");
    assert!(
        text.contains("Hint 2 of 3\n  The partner of x is target - x."),
        "{text}"
    );
    assert!(!text.contains("Hint 3"), "{text}");

    let v = json(&run(judge(
        &j,
        2,
        &["hint", "pair-sum", "--format", "json"],
    )));
    assert_eq!(v["total"], 3);
    assert_eq!(v["remaining"], 0);
    let new: Vec<_> = v["hints"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["new"].clone())
        .collect();
    assert_eq!(new, [false, false, true]);

    let o = run(judge(&j, 3, &["hint", "pair-sum"]));
    assert!(
        stdout(&o).starts_with("All 3 hints of pair-sum are shown:"),
        "{}",
        stdout(&o)
    );

    // --all shows every hint left at once.
    let v = json(&run(judge(
        &j,
        4,
        &["hint", "running-total", "--all", "--format", "json"],
    )));
    assert_eq!(v["hints"].as_array().unwrap().len(), 2);

    let o = run(judge(&j, 5, &["hint", "add-two"]));
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o).starts_with("add-two has no hints yet."),
        "{}",
        stdout(&o)
    );

    let o = run(judge(&j, 6, &["history", "pair-sum"]));
    assert!(
        stdout(&o).contains("hints shown: 1, 2, 3"),
        "{}",
        stdout(&o)
    );
    let pair: Vec<_> = reveals(&j)
        .into_iter()
        .map(|(p, k, n, _)| (p, k, n))
        .collect();
    let hint = |p: &str, n| (p.to_string(), "hint".to_string(), Some(n));
    assert_eq!(
        pair,
        [
            hint("pair-sum", 1),
            hint("pair-sum", 2),
            hint("pair-sum", 3),
            hint("running-total", 1),
            hint("running-total", 2)
        ]
    );
}

#[test]
fn hints_and_solutions_are_refused_during_a_mock_session() {
    let j = Judge::new();
    let work = tempfile::tempdir().unwrap();
    let mut cmd = judge(
        &j,
        0,
        &[
            "mock",
            "start",
            "--preset",
            "interview",
            "--problems",
            "pair-sum,running-total",
            "--dir",
        ],
    );
    cmd.arg(work.path().join("mock"));
    let o = run(cmd);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));

    let o = run(judge(&j, 5, &["hint", "pair-sum"]));
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("error: no hints during a mock session: mock #1 is running (40:00 left)"),
        "{err}"
    );
    assert!(stdout(&o).is_empty());
    let o = run(judge(&j, 5, &["solution", "pair-sum", "--spoil"]));
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("no solutions during a mock session"),
        "{}",
        stderr(&o)
    );
    assert!(reveals(&j).is_empty());

    // During the session, custom input runs without the reference's output.
    let v = json(&custom(
        &j,
        "pair-sum",
        &reference("pair-sum", "hash_map.py"),
        "[2,7]\n9\n",
        &["--format", "json"],
    ));
    assert_eq!(v["reference"], Value::Null);
    assert_eq!(v["output"], "[0,1]");

    // Once it ends, hints are back.
    assert_eq!(run(judge(&j, 10, &["mock", "end"])).status.code(), Some(0));
    let o = run(judge(&j, 11, &["hint", "pair-sum"]));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("Hint 1 of 3"));
}

#[test]
fn solution_needs_an_accepted_attempt_or_spoil() {
    let j = Judge::new();
    let o = run(judge(&j, 0, &["solution", "pair-sum"]));
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.starts_with("error: pair-sum is not solved yet: its solution is not shown"),
        "{err}"
    );
    assert!(
        err.contains("`judge solution pair-sum --spoil` shows it now"),
        "{err}"
    );
    assert!(stdout(&o).is_empty());
    assert!(reveals(&j).is_empty());

    let o = run(judge(&j, 1, &["solution", "pair-sum", "--spoil"]));
    let text = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(text.contains("recorded as a spoiler"), "{text}");
    assert!(
        text.contains("Approach\n  One pass with a hash map"),
        "{text}"
    );
    assert!(
        text.contains("solutions/accepted/hash_map.py (python)"),
        "{text}"
    );
    assert!(
        text.contains("solutions/accepted/hash_map.rs (rust)"),
        "{text}"
    );
    assert_eq!(
        reveals(&j),
        [("pair-sum".to_string(), "solution".to_string(), None, true)]
    );

    // A practice run of the samples only does not solve it.
    let mut cmd = judge(&j, 2, &["run", "pair-sum"]);
    cmd.arg(reference("pair-sum", "hash_map.py"))
        .arg("--samples");
    assert_eq!(run(cmd).status.code(), Some(0));
    assert_eq!(
        run(judge(&j, 3, &["solution", "running-total"]))
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        run(judge(&j, 3, &["solution", "pair-sum"])).status.code(),
        Some(1)
    );

    // An accepted run of all tests does.
    let mut cmd = judge(&j, 4, &["run", "pair-sum"]);
    cmd.arg(reference("pair-sum", "hash_map.rs"));
    assert_eq!(run(cmd).status.code(), Some(0));
    let v = json(&run(judge(
        &j,
        5,
        &["solution", "pair-sum", "--lang", "py", "--format", "json"],
    )));
    assert_eq!(v["spoiled"], false);
    assert_eq!(v["solutions"].as_array().unwrap().len(), 1);
    assert_eq!(v["solutions"][0]["name"], "hash_map.py");
    assert!(v["explanation"].as_str().unwrap().contains("O(n) time"));
    assert_eq!(
        reveals(&j)[1],
        ("pair-sum".to_string(), "solution".to_string(), None, false)
    );
    let o = run(judge(&j, 6, &["history", "pair-sum"]));
    assert!(
        stdout(&o).contains("solution shown 2 times (1 before it was solved, with --spoil)"),
        "{}",
        stdout(&o)
    );
}
