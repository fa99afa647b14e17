//! Progressive problems (`kind: progressive`): `show --level`, per-level reports of `run` and
//! `submit`, `new --level`, and `validate`'s rule for the `levelN_*` solutions, on the fixture
//! `tests/fixtures/progressive/tally` (three levels: add/total, largest, undo).

use crate::util::{self, Judge};

fn catalog() -> std::path::PathBuf {
    util::fixtures().join("progressive")
}

fn cmd(judge: &Judge) -> std::process::Command {
    let mut cmd = judge.cmd();
    cmd.arg("--catalog").arg(catalog());
    cmd
}

fn solution(name: &str) -> std::path::PathBuf {
    catalog().join("tally/solutions").join(name)
}

#[test]
fn show_reveals_only_the_levels_asked_for() {
    let judge = Judge::new();
    let mut c = cmd(&judge);
    c.args(["show", "tally"]);
    let out = util::run(c);
    assert_eq!(out.status.code(), Some(0), "{}", util::stderr(&out));
    let text = util::stdout(&out);
    assert!(
        text.contains("## Level 1") && !text.contains("## Level 2"),
        "{text}"
    );
    assert!(
        text.contains("l1-sample") && !text.contains("l2-sample"),
        "{text}"
    );
    assert!(text.contains("levels 1 to 1 of 3"), "{text}");

    let mut c = cmd(&judge);
    c.args(["show", "tally", "--level", "2", "--format", "json"]);
    let v = util::json(&util::run(c));
    assert_eq!(v["level"], 2);
    assert_eq!(v["kind"], "progressive");
    let statement = v["statement"].as_str().unwrap();
    assert!(statement.contains("## Level 2") && !statement.contains("## Level 3"));
    let samples: Vec<&str> = v["samples"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(samples, ["l1-sample", "l2-sample"]);

    let mut c = cmd(&judge);
    c.args(["show", "tally", "--level", "4"]);
    let out = util::run(c);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        util::stderr(&out).contains("has levels 1 to 3; there is no level 4"),
        "{}",
        util::stderr(&out)
    );
}

#[test]
fn run_and_submit_report_each_level() {
    let judge = Judge::new();
    // Passes levels 1 and 2, fails level 3.
    let wrong = solution("wrong_answer/level3_stale_largest.py");
    let mut c = cmd(&judge);
    c.args(["run", "tally"]).arg(&wrong);
    let out = util::run(c);
    assert_eq!(out.status.code(), Some(1));
    let text = util::stdout(&out);
    for line in [
        "AC  level 1: 3/3 passed",
        "AC  level 2: 2/2 passed",
        "WA  level 3: 1/2 passed",
    ] {
        assert!(text.contains(line), "{line}\n{text}");
    }

    let mut c = cmd(&judge);
    c.args(["submit", "tally", "--format", "json"]).arg(&wrong);
    let v = util::json(&util::run(c));
    assert_eq!(v["verdict"], "WA");
    assert_eq!(
        v["levels"],
        serde_json::json!([
            {"level": 1, "passed": 3, "total": 3, "verdict": "AC"},
            {"level": 2, "passed": 2, "total": 2, "verdict": "AC"},
            {"level": 3, "passed": 1, "total": 2, "verdict": "WA"},
        ])
    );

    // At level 2 the same solution is accepted: level 3's tests are not run.
    let mut c = cmd(&judge);
    c.args(["run", "tally", "--level", "2", "--format", "json"])
        .arg(&wrong);
    let out = util::run(c);
    assert_eq!(out.status.code(), Some(0), "{}", util::stdout(&out));
    let v = util::json(&out);
    assert_eq!(v["total"], 5);
    assert_eq!(v["levels"].as_array().unwrap().len(), 2);
}

#[test]
fn a_level_solution_needs_only_that_levels_methods() {
    let judge = Judge::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("tally.py");
    std::fs::write(
        &file,
        "class Tally:\n    def __init__(self):\n        self.s = 0\n    def add(self, x):\n        self.s += x\n    def total(self):\n        return self.s\n",
    )
    .unwrap();
    let mut c = cmd(&judge);
    c.args(["run", "tally", "--level", "1"]).arg(&file);
    let out = util::run(c);
    assert_eq!(out.status.code(), Some(0), "{}", util::stdout(&out));
    assert!(util::stdout(&out).contains("AC  level 1: 3/3 passed"));
    // All levels: `largest` is missing, which the signature check says.
    let mut c = cmd(&judge);
    c.args(["run", "tally"]).arg(&file);
    let out = util::run(c);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        util::stdout(&out).contains("largest"),
        "{}",
        util::stdout(&out)
    );
}

#[test]
fn new_writes_the_class_up_to_a_level() {
    let judge = Judge::new();
    let dir = tempfile::tempdir().unwrap();
    let mut c = cmd(&judge);
    c.current_dir(dir.path()).args(["new", "tally"]);
    let out = util::run(c);
    assert_eq!(out.status.code(), Some(0), "{}", util::stderr(&out));
    let text = std::fs::read_to_string(dir.path().join("tally.py")).unwrap();
    assert!(text.contains("def total(self)"), "{text}");
    assert!(!text.contains("def largest(self)"), "{text}");
    assert!(
        text.contains("judge run tally tally.py --level 1"),
        "{text}"
    );

    let mut c = cmd(&judge);
    c.current_dir(dir.path())
        .args(["new", "tally", "--level", "3", "--lang", "rs"]);
    let out = util::run(c);
    assert_eq!(out.status.code(), Some(0), "{}", util::stderr(&out));
    let text = std::fs::read_to_string(dir.path().join("tally.rs")).unwrap();
    for f in ["fn add(", "fn total(", "fn largest(", "fn undo("] {
        assert!(text.contains(f), "{f}\n{text}");
    }
}

#[test]
fn validate_judges_each_level_solution_at_its_level() {
    let judge = Judge::new();
    let mut c = cmd(&judge);
    c.args(["validate", "tally", "--format", "json"]);
    let out = util::run(c);
    assert_eq!(out.status.code(), Some(0), "{}", util::stdout(&out));

    // A copy with a level-2 solution that already fails level 1, and no level-3 solution.
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("tally");
    let src = catalog().join("tally");
    for rel in [
        "problem.yaml",
        "solutions/accepted/stack.py",
        "solutions/wrong_answer/level1_skips_first.py",
    ] {
        std::fs::create_dir_all(copy.join(rel).parent().unwrap()).unwrap();
        std::fs::copy(src.join(rel), copy.join(rel)).unwrap();
    }
    std::fs::copy(
        src.join("solutions/wrong_answer/level1_skips_first.py"),
        copy.join("solutions/wrong_answer/level2_skips_first.py"),
    )
    .unwrap();
    let mut c = judge.cmd();
    c.arg("--catalog")
        .arg(dir.path())
        .args(["validate", "tally"]);
    let out = util::run(c);
    assert_eq!(out.status.code(), Some(1));
    let text = util::stdout(&out);
    assert!(
        text.contains("no failing solution named level3_*"),
        "{text}"
    );
    assert!(
        text.contains("a level2_ solution must pass levels 1 to 1 and fail level 2"),
        "{text}"
    );
}

/// A judge on the fixture catalog whose clock reads 2026-11-25T10:00:00Z + `minutes`.
fn at(judge: &Judge, minutes: i64) -> std::process::Command {
    let mut c = cmd(judge);
    c.env("JUDGE_NOW", format!("{}", 1_795_600_800 + minutes * 60));
    c
}

#[test]
fn progressive_mock_unlocks_levels_and_scores_each() {
    let judge = Judge::new();
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("session");
    let mut c = at(&judge, 0);
    c.args([
        "mock",
        "start",
        "--preset",
        "progressive",
        "--format",
        "json",
        "--dir",
    ])
    .arg(&dir);
    let out = util::run(c);
    assert_eq!(out.status.code(), Some(0), "{}", util::stderr(&out));
    let s = util::json(&out);
    assert_eq!(s["time_left_ms"], 90 * 60_000);
    assert_eq!(s["problems"][0]["problem"], "tally");
    assert_eq!(
        s["problems"][0]["points"], 600,
        "levels worth 100, 200, 300"
    );
    // The session's files show level 1 only.
    let starter = std::fs::read_to_string(dir.join("tally.py")).unwrap();
    assert!(starter.contains("def total(") && !starter.contains("def largest("));
    let readme = std::fs::read_to_string(dir.join("README.md")).unwrap();
    assert!(readme.contains("## Level 1") && !readme.contains("## Level 2"));

    // Levels 1 and 2 pass; level 3 fails.
    let file = solution("wrong_answer/level3_stale_largest.py");
    let submit = |minutes: i64| {
        let mut c = at(&judge, minutes);
        c.args(["submit", "tally"]).arg(&file);
        util::run(c)
    };
    let locked = |minutes: i64, level: &str| {
        let mut c = at(&judge, minutes);
        c.args(["show", "tally", "--level", level]);
        util::run(c)
    };
    assert_eq!(locked(1, "2").status.code(), Some(2), "level 2 is locked");
    let out = submit(10);
    assert_eq!(out.status.code(), Some(0));
    assert!(util::stdout(&out).contains("AC  level 1: 3/3 passed"));
    assert!(
        !util::stdout(&out).contains("level 2:"),
        "level 2 is not judged yet"
    );
    assert!(
        util::stderr(&out).contains("level 1 passed: level 2 is unlocked"),
        "{}",
        util::stderr(&out)
    );
    assert_eq!(locked(11, "2").status.code(), Some(0));
    assert_eq!(locked(11, "3").status.code(), Some(2));
    assert_eq!(submit(20).status.code(), Some(0));
    let out = submit(30);
    assert_eq!(out.status.code(), Some(1));
    let text = util::stdout(&out);
    assert!(text.contains("WA  level 3: 1/2 passed"), "{text}");

    let mut c = at(&judge, 40);
    c.args(["mock", "end"]);
    let out = util::run(c);
    let report = util::stdout(&out);
    // 100 + 200 + 300 x 1/2
    assert!(
        report.contains("result: levels passed 2/3 · score 450 / 600"),
        "{report}"
    );
    assert!(report.contains("level 3 failed 1/2"), "{report}");
    assert!(
        report.contains("level 1 3/3, level 2 2/2, level 3 1/2"),
        "{report}"
    );
}
