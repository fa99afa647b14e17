//! Mock sessions and the attempt history, driven through the binary with a moved clock
//! (`JUDGE_NOW`): no test sleeps to reach a deadline.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

use crate::util::{fixtures, json, run, stderr, stdout, Judge};

/// 2026-11-25T10:00:00Z, the start of every session here.
const T0: i64 = 1_795_600_800;

fn sol(problem: &str, file: &str) -> PathBuf {
    fixtures().join("solutions").join(problem).join(file)
}

/// A judge on the fixture catalog whose clock reads `T0 + minutes`.
fn at(j: &Judge, minutes: f64) -> Command {
    let mut cmd = j.fixture_cmd();
    cmd.env("JUDGE_NOW", format!("{}", T0 as f64 + minutes * 60.0));
    cmd
}

fn go(mut cmd: Command, args: &[&str]) -> Output {
    cmd.args(args);
    run(cmd)
}

fn submit(j: &Judge, minutes: f64, problem: &str, file: &Path) -> Output {
    let mut cmd = at(j, minutes);
    cmd.args(["submit", problem])
        .arg(file)
        .args(["--format", "json", "--jobs", "2"]);
    run(cmd)
}

fn status(j: &Judge, minutes: f64) -> Value {
    let o = go(at(j, minutes), &["mock", "status", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    json(&o)
}

fn problem<'a>(status: &'a Value, slug: &str) -> &'a Value {
    status["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["problem"] == slug)
        .unwrap_or_else(|| panic!("{slug} not in {status}"))
}

fn start(j: &Judge, dir: &Path, args: &[&str]) -> Value {
    let mut cmd = at(j, 0.0);
    cmd.args(["mock", "start", "--format", "json", "--dir"])
        .arg(dir)
        .args(args);
    let o = run(cmd);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    json(&o)
}

#[test]
fn contest_mock_penalties_late_submissions_and_report() {
    let j = Judge::new();
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("contest");
    let s = start(
        &j,
        &dir,
        &[
            "--preset",
            "contest",
            "--problems",
            "sum-lines,fn-two-sum,float-avg",
        ],
    );
    assert_eq!(s["state"], "running");
    assert_eq!(s["time_left_ms"], 120 * 60_000);
    for f in ["sum-lines.py", "fn-two-sum.py", "float-avg.py", "README.md"] {
        assert!(dir.join(f).is_file(), "{f} written");
    }
    // A starter file is a real solution stub: it runs (and is wrong).
    let o = submit(&j, 0.5, "fn-two-sum", &dir.join("fn-two-sum.py"));
    assert_eq!(json(&o)["verdict"], "WA", "{}", stderr(&o));

    // `judge run` during the mock: samples only, free, and the header shows the time left.
    let mut cmd = at(&j, 1.0);
    cmd.args(["run", "sum-lines"])
        .arg(sol("sum-lines", "wa_off_by_one.py"))
        .args(["--format", "json"]);
    let o = run(cmd);
    let r = json(&o);
    assert_eq!(r["total"], 2, "only the two samples run");
    assert!(
        stderr(&o).contains("[mock #1 contest · 1:59:00 left · solved 0/3 · penalty 0]"),
        "{}",
        stderr(&o)
    );

    // sum-lines: WA, then CE (not penalised), then AC at 10:30: 10 + 20 × 1 = 30.
    assert_eq!(
        json(&submit(
            &j,
            3.0,
            "sum-lines",
            &sol("sum-lines", "wa_off_by_one.py")
        ))["verdict"],
        "WA"
    );
    assert_eq!(
        json(&submit(
            &j,
            5.0,
            "sum-lines",
            &sol("sum-lines", "ce_syntax.rs")
        ))["verdict"],
        "CE"
    );
    let o = submit(&j, 10.5, "sum-lines", &sol("sum-lines", "ac_simple.py"));
    assert_eq!(json(&o)["verdict"], "AC");
    assert!(
        stderr(&o).contains("sum-lines accepted at 10:30 (1 rejected before: 30 penalty minutes)"),
        "{}",
        stderr(&o)
    );
    // The submission's JSON shows hidden tests as counts only.
    let r = json(&o);
    assert!(r["tests"]
        .as_array()
        .unwrap()
        .iter()
        .all(|t| t["hidden"] == false));
    assert_eq!(r["hidden"]["passed"], r["hidden"]["total"]);
    assert_eq!(r["mock_session"], 1);

    // fn-two-sum: WA at 0:30 (the stub), RE, then AC at 41: 41 + 2 × 20 = 81.
    assert_eq!(
        json(&submit(
            &j,
            25.0,
            "fn-two-sum",
            &sol("fn-two-sum", "re_key_error.py")
        ))["verdict"],
        "RE"
    );
    assert_eq!(
        json(&submit(
            &j,
            41.0,
            "fn-two-sum",
            &sol("fn-two-sum", "ac_leetcode.py")
        ))["verdict"],
        "AC"
    );
    // An accepted problem's later rejections change nothing.
    assert_eq!(
        json(&submit(
            &j,
            45.0,
            "fn-two-sum",
            &sol("fn-two-sum", "wa_first_two.py")
        ))["verdict"],
        "WA"
    );
    // float-avg: rejected, never solved: no penalty.
    assert_eq!(
        json(&submit(
            &j,
            50.0,
            "float-avg",
            &sol("float-avg", "wa_nan.py")
        ))["verdict"],
        "WA"
    );

    let st = status(&j, 60.0);
    assert_eq!(st["time_left_ms"], 60 * 60_000);
    assert_eq!(st["solved"], 2);
    assert_eq!(st["penalty"], 30 + 81);
    let sl = problem(&st, "sum-lines");
    assert_eq!(
        (
            sl["attempts"].as_u64(),
            sl["rejected"].as_u64(),
            sl["penalty"].as_i64()
        ),
        (Some(3), Some(1), Some(30))
    );
    let ts = problem(&st, "fn-two-sum");
    assert_eq!(
        (
            ts["attempts"].as_u64(),
            ts["rejected"].as_u64(),
            ts["penalty"].as_i64()
        ),
        (Some(4), Some(2), Some(81))
    );
    assert_eq!(ts["solved_after_ms"], 41 * 60_000);
    let fa = problem(&st, "float-avg");
    assert_eq!(
        (fa["solved"].as_bool(), fa["penalty"].as_i64()),
        (Some(false), Some(0))
    );

    // A submission to a problem outside the session is refused outright.
    let o = submit(&j, 61.0, "unordered", &sol("unordered", "ac_reverse.py"));
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("not a problem of mock #1"),
        "{}",
        stderr(&o)
    );

    // The time is up at 120: a correct submission at 121 is refused and recorded as late.
    let o = submit(&j, 121.0, "float-avg", &sol("float-avg", "ac_fixed.py"));
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("time is up: mock #1 ended"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("recorded as late"), "{}", stderr(&o));
    let st = status(&j, 122.0);
    assert_eq!(st["state"], "expired");
    assert_eq!(st["time_left_ms"], 0);
    assert_eq!(st["late_submissions"], 1);
    assert_eq!(
        (st["solved"].as_u64(), st["penalty"].as_i64()),
        (Some(2), Some(111))
    );

    // `mock end` closes it and prints the report.
    let o = go(at(&j, 125.0), &["mock", "end"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let report = stdout(&o);
    for want in [
        "mock #1 report",
        "result: solved 2/3 · penalty 111",
        "time ran out (2:00:00)",
        "+10:30  A sum-lines   AC",
        "late: refused, not judged",
        "your first contest mock",
    ] {
        assert!(report.contains(want), "{want:?} not in\n{report}");
    }
    let r = json(&go(
        at(&j, 126.0),
        &["mock", "report", "1", "--format", "json"],
    ));
    assert_eq!(r["session"]["state"], "closed");
    assert_eq!(r["timeline"].as_array().unwrap().len(), 9);

    // After the session, submitting is practice again: judged, recorded without a session.
    let o = submit(&j, 130.0, "float-avg", &sol("float-avg", "ac_fixed.py"));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(json(&o).get("mock_session").is_none());

    // A second contest is compared with the first.
    let s2 = {
        let mut cmd = at(&j, 200.0);
        cmd.args([
            "mock",
            "start",
            "--format",
            "json",
            "--preset",
            "contest",
            "--problems",
            "sum-lines",
            "--dir",
        ])
        .arg(work.path().join("second"));
        json(&run(cmd))
    };
    assert_eq!(s2["id"], 2);
    submit(&j, 205.0, "sum-lines", &sol("sum-lines", "ac_simple.py"));
    let o = go(at(&j, 206.0), &["mock", "end"]);
    let report = stdout(&o);
    assert!(report.contains("ended after 6:00"), "{report}");
    assert!(
        report.contains("compared: 2nd of your 2 contest mocks"),
        "{report}"
    );

    let list = json(&go(at(&j, 207.0), &["mock", "list", "--format", "json"]));
    assert_eq!(list.as_array().unwrap().len(), 2);
}

#[test]
fn hackerrank_session_scores_partial_credit() {
    let j = Judge::new();
    let work = tempfile::tempdir().unwrap();
    start(
        &j,
        &work.path().join("hr"),
        &[
            "--preset",
            "hackerrank",
            "--problems",
            "sum-lines,any-pair,float-avg",
        ],
    );
    // Right only for small inputs: passes some of sum-lines' tests.
    let partial = work.path().join("partial.py");
    std::fs::write(
        &partial,
        "import sys\nd = sys.stdin.read().split()\nn = int(d[0])\n\
         print('\\n'.join(str(int(d[1+2*i]) + int(d[2+2*i])) if n < 100 else '0' for i in range(n)))\n",
    )
    .unwrap();
    let r = json(&submit(&j, 5.0, "sum-lines", &partial));
    let (passed, total) = (r["passed"].as_u64().unwrap(), r["total"].as_u64().unwrap());
    assert!(passed > 0 && passed < total, "partial: {passed}/{total}");
    // A worse submission later does not lower the score.
    submit(&j, 9.0, "sum-lines", &sol("sum-lines", "wa_off_by_one.py"));
    // float-avg fully solved, any-pair untouched.
    assert_eq!(
        json(&submit(
            &j,
            20.0,
            "float-avg",
            &sol("float-avg", "ac_fixed.py")
        ))["verdict"],
        "AC"
    );

    let st = status(&j, 30.0);
    let expected = (50.0 * passed as f64 / total as f64 * 10.0).round() / 10.0;
    assert_eq!(problem(&st, "sum-lines")["score"].as_f64(), Some(expected));
    assert_eq!(
        problem(&st, "sum-lines")["best_passed"].as_u64(),
        Some(passed)
    );
    assert_eq!(problem(&st, "float-avg")["score"].as_f64(), Some(50.0));
    assert_eq!(problem(&st, "any-pair")["score"].as_f64(), Some(0.0));
    assert_eq!(st["score"].as_f64(), Some(expected + 50.0));
    assert_eq!(st["max_score"].as_f64(), Some(50.0 + 75.0 + 50.0));
    assert_eq!(st["solved"], 1);
    let o = go(at(&j, 31.0), &["mock", "status"]);
    assert!(
        stdout(&o).contains(&format!("score {} / 175", fmt(expected + 50.0))),
        "{}",
        stdout(&o)
    );
}

fn fmt(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x:.1}")
    }
}

#[test]
fn a_session_resumes_after_the_judge_is_killed() {
    let j = Judge::new();
    let work = tempfile::tempdir().unwrap();
    start(
        &j,
        &work.path().join("m"),
        &["--preset", "contest", "--problems", "sum-lines,fn-two-sum"],
    );
    assert_eq!(
        json(&submit(
            &j,
            4.0,
            "sum-lines",
            &sol("sum-lines", "ac_simple.py")
        ))["verdict"],
        "AC"
    );

    // A judge killed with SIGKILL in the middle of a slow submission.
    let mut cmd = at(&j, 6.0);
    cmd.args(["submit", "fn-two-sum"])
        .arg(sol("fn-two-sum", "tle_spin.py"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let mut child = cmd.spawn().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    child.kill().unwrap();
    child.wait().unwrap();

    // A new judge, later: the session is still running, its recorded AC kept, the clock counted
    // from the recorded start.
    let st = status(&j, 30.0);
    assert_eq!(st["state"], "running");
    assert_eq!(st["time_left_ms"], 90 * 60_000);
    assert_eq!(problem(&st, "sum-lines")["solved"], true);
    assert_eq!(problem(&st, "sum-lines")["penalty"], 4);
    // It goes on: another submission counts.
    assert_eq!(
        json(&submit(
            &j,
            31.0,
            "fn-two-sum",
            &sol("fn-two-sum", "ac_leetcode.py")
        ))["verdict"],
        "AC"
    );
    let st = status(&j, 32.0);
    assert_eq!(
        (st["solved"].as_u64(), st["penalty"].as_i64()),
        (Some(2), Some(4 + 31))
    );
    // The database is intact.
    let db = j.home.path().join("data/history.sqlite3");
    let check = Command::new("python3")
        .arg("-c")
        .arg("import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('pragma integrity_check').fetchone()[0])")
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&check.stdout).trim(), "ok");
}

#[test]
fn two_judges_submitting_at_once_share_one_history() {
    let j = Judge::new();
    let spawn = |problem: &str, file: PathBuf| {
        let mut cmd = j.fixture_cmd();
        cmd.args(["submit", problem])
            .arg(file)
            .args(["--format", "json", "--jobs", "1"]);
        cmd.stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let children: Vec<_> = (0..4)
        .map(|i| {
            if i % 2 == 0 {
                spawn("sum-lines", sol("sum-lines", "ac_simple.py"))
            } else {
                spawn("fn-two-sum", sol("fn-two-sum", "wa_first_two.py"))
            }
        })
        .collect();
    let mut ids = Vec::new();
    for c in children {
        let o = c.wait_with_output().unwrap();
        let r = json(&o);
        ids.push(r["attempt"].as_i64().expect("each run says its attempt id"));
    }
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 4, "four distinct attempts: {ids:?}");
    let o = go(j.fixture_cmd(), &["history", "--format", "json"]);
    let h = json(&o);
    let list = h.as_array().unwrap();
    assert_eq!(list.len(), 4);
    assert_eq!(
        list.iter()
            .filter(|a| a["problem"] == "sum-lines" && a["verdict"] == "AC")
            .count(),
        2
    );
    assert_eq!(
        list.iter()
            .filter(|a| a["problem"] == "fn-two-sum" && a["verdict"] == "WA")
            .count(),
        2
    );
    // Newest first.
    let times: Vec<i64> = list.iter().map(|a| a["at_ms"].as_i64().unwrap()).collect();
    assert!(times.windows(2).all(|w| w[0] >= w[1]), "{times:?}");

    // `history show` has the source.
    let id = list[0]["id"].as_i64().unwrap().to_string();
    let o = go(j.fixture_cmd(), &["history", "show", &id]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("source ("), "{}", stdout(&o));
    let o = go(j.fixture_cmd(), &["history", "show", "999"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_foreign_or_newer_database_is_refused_and_left_alone() {
    let j = Judge::new();
    let data = j.home.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let db = data.join("history.sqlite3");
    let junk = b"my notes, not a database\n".repeat(200);
    std::fs::write(&db, &junk).unwrap();

    let o = go(j.fixture_cmd(), &["history"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.starts_with("error: "), "{err}");
    assert!(err.contains("is not a judge history database"), "{err}");
    assert!(err.contains("help:"), "{err}");
    // A practice run still shows its verdict, and says it was not recorded.
    let mut cmd = j.fixture_cmd();
    cmd.args(["run", "sum-lines"])
        .arg(sol("sum-lines", "ac_simple.py"));
    let o = run(cmd);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("not recorded"), "{}", stderr(&o));
    // A submission needs the history.
    let o = submit(&j, 0.0, "sum-lines", &sol("sum-lines", "ac_simple.py"));
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read(&db).unwrap(), junk, "never overwritten");

    // A database from a newer judge.
    std::fs::remove_file(&db).unwrap();
    let o = go(j.fixture_cmd(), &["stats"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mut cmd = j.fixture_cmd();
    cmd.args(["run", "sum-lines"])
        .arg(sol("sum-lines", "ac_simple.py"));
    assert_eq!(run(cmd).status.code(), Some(0));
    let bump = Command::new("python3")
        .arg("-c")
        .arg("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('pragma user_version=99'); c.commit()")
        .arg(&db)
        .status()
        .unwrap();
    assert!(bump.success());
    let before = std::fs::read(&db).unwrap();
    let o = go(j.fixture_cmd(), &["history"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("schema version 99, newer than this judge knows"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn stats_and_next_follow_the_history() {
    let j = Judge::new();
    let runs = [
        (1.0, "sum-lines", "wa_off_by_one.py"),
        (2.0, "sum-lines", "ac_simple.py"),
        (3.0, "fn-two-sum", "wa_first_two.py"),
    ];
    for (m, p, f) in runs {
        let mut cmd = at(&j, m);
        cmd.args(["run", p])
            .arg(sol(p, f))
            .args(["--format", "json"]);
        run(cmd);
    }
    // A samples-only AC does not solve a problem.
    let mut cmd = at(&j, 4.0);
    cmd.args(["run", "float-avg", "--samples"])
        .arg(sol("float-avg", "ac_fixed.py"));
    run(cmd);

    let s = json(&go(at(&j, 60.0), &["stats", "--format", "json"]));
    assert_eq!(s["solved"], 1);
    assert_eq!(s["attempts"], 4);
    assert_eq!(s["problems_attempted"], 3);
    assert_eq!(s["attempts_per_solve"].as_f64(), Some(2.0));
    assert_eq!(s["median_time_to_first_ac_ms"], 60_000);
    assert_eq!(s["current_streak_days"], 1);
    let easy = s["by_difficulty"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "easy")
        .unwrap();
    assert_eq!(easy["solved"], 1);
    let o = go(at(&j, 60.0), &["stats"]);
    assert!(
        stdout(&o).contains("activity, last 12 weeks"),
        "{}",
        stdout(&o)
    );

    let n = json(&go(at(&j, 60.0), &["next", "--format", "json"]));
    let first = &n.as_array().unwrap()[0];
    assert!(
        ["fn-two-sum", "float-avg"].contains(&first["problem"].as_str().unwrap()),
        "{n}"
    );
    assert!(
        first["reason"].as_str().unwrap().contains("not solved yet"),
        "{n}"
    );
    assert!(
        n.as_array()
            .unwrap()
            .iter()
            .all(|x| x["problem"] != "sum-lines"),
        "solved: {n}"
    );
}

/// `next --list` follows the list's order past solved and missing problems; `stats --list`
/// counts per section and per pattern; an unknown key names the lists.
#[test]
fn next_and_stats_follow_a_study_list() {
    let j = Judge::new();
    let runs = [
        (1.0, "sum-lines", "ac_simple.py"),
        (2.0, "fn-two-sum", "wa_first_two.py"),
    ];
    for (m, p, f) in runs {
        let mut cmd = at(&j, m);
        cmd.args(["run", p]).arg(sol(p, f));
        run(cmd);
    }
    // A samples-only AC does not solve a problem.
    let mut cmd = at(&j, 3.0);
    cmd.args(["run", "float-avg", "--samples"])
        .arg(sol("float-avg", "ac_fixed.py"));
    run(cmd);

    let o = go(
        at(&j, 60.0),
        &["next", "--list", "practice", "--format", "json"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let n = json(&o);
    let steps: Vec<(&str, u64, bool)> = n
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["problem"].as_str().unwrap(),
                x["position"].as_u64().unwrap(),
                x["attempted"].as_bool().unwrap(),
            )
        })
        .collect();
    // sum-lines is solved and not-here-yet is not in the catalog: skipped, in list order.
    assert_eq!(
        steps,
        [
            ("fn-two-sum", 3, true),
            ("float-avg", 4, true),
            ("gen-max", 5, false)
        ]
    );
    assert_eq!(n[0]["section"], "Day 1");
    assert_eq!(n[0]["pattern"], "hashing");
    assert!(
        n[0]["reason"].as_str().unwrap().contains("not solved yet"),
        "{n}"
    );
    let o = go(
        at(&j, 60.0),
        &["next", "--list", "practice", "--limit", "1"],
    );
    let text = stdout(&o);
    assert!(text.starts_with("  fn-two-sum "), "{text}");
    assert!(!text.contains("float-avg"), "{text}");

    let o = go(
        at(&j, 60.0),
        &["stats", "--list", "practice", "--format", "json"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let s = json(&o);
    assert_eq!(
        (
            s["solved"].as_u64(),
            s["in_catalog"].as_u64(),
            s["total"].as_u64()
        ),
        (Some(1), Some(4), Some(5))
    );
    let groups = |key: &str| -> Vec<(String, u64, u64, u64)> {
        s[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| {
                (
                    g["name"].as_str().unwrap().to_string(),
                    g["solved"].as_u64().unwrap(),
                    g["in_catalog"].as_u64().unwrap(),
                    g["total"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    let g = |name: &str, solved, here, total| (name.to_string(), solved, here, total);
    assert_eq!(
        groups("sections"),
        [g("Day 1", 1, 2, 3), g("Day 2", 0, 2, 2)]
    );
    assert_eq!(
        groups("patterns"),
        [
            g("arrays", 1, 3, 3),
            g("graphs", 0, 0, 1),
            g("hashing", 0, 1, 1)
        ]
    );
    let o = go(at(&j, 60.0), &["stats", "--list", "practice"]);
    let text = stdout(&o);
    assert!(
        text.starts_with("Practice: solved 1 of 5 (1 not in the catalog yet)"),
        "{text}"
    );
    assert!(
        text.contains("by section") && text.contains("by pattern"),
        "{text}"
    );

    for cmd in ["next", "stats"] {
        let o = go(at(&j, 60.0), &[cmd, "--list", "practise"]);
        assert_eq!(o.status.code(), Some(2), "{cmd}");
        let err = stderr(&o);
        assert!(err.contains("unknown list `practise`"), "{err}");
        assert!(err.contains("did you mean `practice`"), "{err}");
    }
}

#[test]
fn mock_start_picks_reproducibly_and_one_session_at_a_time() {
    let pick = |seed: &str| {
        let j = Judge::new();
        let work = tempfile::tempdir().unwrap();
        let s = start(
            &j,
            &work.path().join("m"),
            &["--preset", "hackerrank", "--seed", seed],
        );
        s["problems"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                (
                    p["problem"].as_str().unwrap().to_string(),
                    p["difficulty"].as_str().unwrap().to_string(),
                )
            })
            .collect::<Vec<_>>()
    };
    let a = pick("42");
    assert_eq!(a, pick("42"), "the same seed picks the same problems");
    assert_eq!(a.len(), 3);
    // The fixture catalog has no hard problem: the ladder falls back to what exists.
    assert_eq!(a[0].1, "easy");
    assert_eq!(a[1].1, "medium");

    let j = Judge::new();
    let work = tempfile::tempdir().unwrap();
    start(
        &j,
        &work.path().join("one"),
        &["--preset", "interview", "--minutes", "30"],
    );
    let mut cmd = at(&j, 10.0);
    cmd.args(["mock", "start", "--dir"])
        .arg(work.path().join("two"));
    let o = run(cmd);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("mock #1 is still running (20:00 left)"),
        "{}",
        stderr(&o)
    );
    assert!(!work.path().join("two").exists(), "nothing written");
    // After its time, a new session closes the old one.
    let mut cmd = at(&j, 31.0);
    cmd.args(["mock", "start", "--format", "json", "--dir"])
        .arg(work.path().join("two"));
    let o = run(cmd);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(json(&o)["id"], 2);
    let list = json(&go(at(&j, 32.0), &["mock", "list", "--format", "json"]));
    assert_eq!(list[1]["state"], "closed");
    // A folder that is not empty is refused, and no session is recorded.
    let o = go(at(&j, 33.0), &["mock", "end"]);
    assert_eq!(o.status.code(), Some(0));
    let mut cmd = at(&j, 34.0);
    cmd.args(["mock", "start", "--dir"])
        .arg(work.path().join("two"));
    let o = run(cmd);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("already exists and is not empty"),
        "{}",
        stderr(&o)
    );
    let list = json(&go(at(&j, 35.0), &["mock", "list", "--format", "json"]));
    assert_eq!(list.as_array().unwrap().len(), 2);
}

/// Reads a child's stdout on a thread, so the test can wait for text to appear.
struct Screen {
    text: std::sync::Arc<std::sync::Mutex<String>>,
}

impl Screen {
    fn new(out: std::process::ChildStdout) -> Screen {
        use std::io::Read;
        let text = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let t = text.clone();
        std::thread::spawn(move || {
            let mut out = out;
            let mut buf = [0u8; 4096];
            while let Ok(n) = out.read(&mut buf) {
                if n == 0 {
                    break;
                }
                t.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        Screen { text }
    }

    /// Waits until the output since `from` contains `want`; returns where it ends.
    fn wait_for(&self, from: usize, want: &str) -> usize {
        let limit = std::time::Instant::now() + std::time::Duration::from_secs(120);
        loop {
            {
                let t = self.text.lock().unwrap();
                if let Some(i) = t[from..].find(want) {
                    return from + i + want.len();
                }
                assert!(
                    std::time::Instant::now() < limit,
                    "{want:?} never appeared in:\n{}",
                    &t[from..]
                );
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
}

#[test]
fn watch_reruns_on_save_and_exits_cleanly_on_ctrl_c() {
    let j = Judge::new();
    let work = tempfile::tempdir().unwrap();
    let file = work.path().join("sol.py");
    let wrong = std::fs::read(sol("fn-two-sum", "wa_first_two.py")).unwrap();
    let right = std::fs::read(sol("fn-two-sum", "ac_leetcode.py")).unwrap();
    std::fs::write(&file, &wrong).unwrap();
    let mut cmd = j.fixture_cmd();
    cmd.args(["watch", "fn-two-sum"])
        .arg(&file)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let screen = Screen::new(child.stdout.take().unwrap());
    let mut at = screen.wait_for(0, "WA  wrong answer");
    at = screen.wait_for(at, "watching");
    // Saved the way editors do: a new file renamed over the old one.
    let tmp = work.path().join(".sol.py.swp");
    std::fs::write(&tmp, &right).unwrap();
    std::fs::rename(&tmp, &file).unwrap();
    at = screen.wait_for(at, "AC  accepted");
    at = screen.wait_for(at, "watching");
    std::fs::write(&file, &wrong).unwrap();
    screen.wait_for(at, "WA  wrong answer");
    let sigint = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sigint.success());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "Ctrl-C is a clean exit");
    // Watching is not submitting: nothing recorded.
    let h = json(&go(j.fixture_cmd(), &["history", "--format", "json"]));
    assert_eq!(h.as_array().unwrap().len(), 0);
}

#[test]
fn oa_backend_pairs_algorithm_problems_with_one_backend_problem() {
    // The built-in catalog: its backend problems carry the `backend` tag.
    let list = {
        let j = Judge::new();
        let mut cmd = j.cmd();
        cmd.args(["list", "--tag", "backend", "--format", "json"]);
        let o = run(cmd);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        json(&o)
    };
    let backend: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["kind"] != "progressive")
        .map(|p| p["slug"].as_str().unwrap().to_string())
        .collect();
    assert!(backend.len() >= 4, "{list}");
    for seed in ["1", "2", "3"] {
        let j = Judge::new();
        let work = tempfile::tempdir().unwrap();
        let mut cmd = j.cmd();
        cmd.env("JUDGE_NOW", format!("{T0}"));
        cmd.args(["mock", "start", "--format", "json", "--dir"])
            .arg(work.path().join("m"))
            .args(["--preset", "oa-backend", "--seed", seed]);
        let o = run(cmd);
        assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
        let s = json(&o);
        let picked: Vec<&str> = s["problems"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["problem"].as_str().unwrap())
            .collect();
        assert_eq!(picked.len(), 3, "{s}");
        assert!(backend.iter().any(|b| b == picked[2]), "{picked:?}");
        assert!(
            !picked[..2].iter().any(|p| backend.iter().any(|b| b == p)),
            "{picked:?}"
        );
        assert_eq!(s["problems"][0]["difficulty"], "easy");
        assert_eq!(s["problems"][0]["points"], 50);
    }
}
