//! `judge review` across simulated days: the clock is `JUDGE_NOW`, the re-solves are real
//! `judge run`s of fixture solutions, and the schedule follows the documented rule.

use std::process::Output;

use crate::util::*;

const DAY: i64 = 86_400;
/// 2026-11-02 09:00 UTC, a Monday.
const START: i64 = 1_793_610_000;

struct Days {
    judge: Judge,
}

impl Days {
    fn judge(&self, at: i64, args: &[&str]) -> Output {
        let mut c = self.judge.fixture_cmd();
        c.env("JUDGE_NOW", at.to_string())
            .env("TZ", "UTC")
            .args(args);
        run(c)
    }

    fn solve(&self, at: i64, file: &str) -> Output {
        let path = fixtures().join("solutions/sum-lines").join(file);
        self.judge(
            at,
            &["run", "sum-lines", path.to_str().unwrap(), "--jobs", "1"],
        )
    }

    fn review(&self, at: i64) -> String {
        let out = self.judge(at, &["review"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let text = stdout(&out);
        println!("$ judge review    (day {})\n{text}", (at - START) / DAY);
        text
    }

    fn card(&self, at: i64) -> serde_json::Value {
        let doc = json(&self.judge(at, &["review", "--all", "--format", "json"]));
        doc["due"]
            .as_array()
            .unwrap()
            .iter()
            .chain(doc["upcoming"].as_array().unwrap())
            .find(|c| c["problem"] == "sum-lines")
            .cloned()
            .unwrap_or(serde_json::Value::Null)
    }
}

#[test]
fn a_review_session_across_simulated_days() {
    let d = Days {
        judge: Judge::new(),
    };
    let min = 60;
    assert!(d.review(START).starts_with("nothing to review yet"));

    // Day 0: a wrong answer, then solved 25 minutes later.
    d.solve(START, "wa_off_by_one.py");
    d.solve(START + 25 * min, "ac_simple.py");
    let text = d.review(START + 30 * min);
    assert!(
        text.starts_with("nothing due today (1 problem scheduled)"),
        "{text}"
    );
    let row = text
        .lines()
        .find(|l| l.trim_start().starts_with("sum-lines"))
        .unwrap();
    assert!(
        row.contains("in 1 day (Nov 3)") && row.contains("last took 25:00, 1 rejected"),
        "{text}"
    );

    // Day 1: due, with the time it took.
    let text = d.review(START + DAY);
    assert!(text.starts_with("1 due for review today"), "{text}");
    assert!(text.contains("today"), "{text}");
    assert!(text.contains("25:00, 1 rejected"), "{text}");
    assert!(
        text.contains("judge new sum-lines -o review/sum-lines.py --force"),
        "{text}"
    );
    // `judge next` puts the due review among new problems.
    let next = stdout(&d.judge(START + DAY, &["next"]));
    assert!(
        next.contains("sum-lines") && next.contains("review due"),
        "{next}"
    );

    // The re-solve: accepted at the first try, so quick: 1 → 7 days.
    let out = d.solve(START + DAY + 3600, "ac_simple.py");
    assert!(
        stderr(&out).contains("review of sum-lines: quick, first try · next review in 7 days"),
        "{}",
        stderr(&out)
    );
    assert_eq!(d.card(START + DAY + 3600)["interval_days"], 7);
    let history = stdout(&d.judge(START + DAY + 3600, &["history", "sum-lines"]));
    assert_eq!(history.matches("· review").count(), 1, "{history}");

    // Day 3: practice between reviews changes nothing.
    d.solve(START + 3 * DAY, "wa_off_by_one.py");
    assert_eq!(d.card(START + 3 * DAY)["interval_days"], 7);
    let text = d.review(START + 3 * DAY);
    assert!(text.contains("in 5 days (Nov 10)"), "{text}");

    // Day 8: due; a rejected run on the way fails the review: back to 1 day.
    d.solve(START + 8 * DAY, "wa_off_by_one.py");
    let text = d.review(START + 8 * DAY + 60);
    assert!(text.contains("(re-solve started)"), "{text}");
    let out = d.solve(START + 8 * DAY + 12 * min, "ac_simple.py");
    assert!(
        stderr(&out).contains("review of sum-lines: failed"),
        "{}",
        stderr(&out)
    );
    assert_eq!(d.card(START + 8 * DAY + 13 * min)["interval_days"], 1);

    // Day 9: a slow re-solve (40 minutes from its first run) repeats the interval.
    d.judge(
        START + 9 * DAY,
        &[
            "run",
            "sum-lines",
            fixtures()
                .join("solutions/sum-lines/ac_simple.py")
                .to_str()
                .unwrap(),
            "--samples",
        ],
    );
    d.solve(START + 9 * DAY + 40 * min, "ac_simple.py");
    let c = d.card(START + 9 * DAY + 41 * min);
    assert_eq!(
        (c["interval_days"].as_i64(), c["last"]["outcome"].as_str()),
        (Some(1), Some("slow"))
    );

    // Day 10: 20 minutes: one step up, to 3 days.
    d.judge(
        START + 10 * DAY,
        &[
            "run",
            "sum-lines",
            fixtures()
                .join("solutions/sum-lines/ac_simple.py")
                .to_str()
                .unwrap(),
            "--samples",
        ],
    );
    d.solve(START + 10 * DAY + 20 * min, "ac_simple.py");
    let c = d.card(START + 10 * DAY + 21 * min);
    assert_eq!(
        (c["interval_days"].as_i64(), c["last"]["outcome"].as_str()),
        (Some(3), Some("passed"))
    );
    assert_eq!(c["reviews"], 4);
    let text = d.review(START + 12 * DAY);
    assert!(text.contains("in 1 day (Nov 15)"), "{text}");
    let text = d.review(START + 14 * DAY);
    assert!(text.starts_with("1 due for review today"), "{text}");
    assert!(text.contains("1 day late"), "{text}");
}

#[test]
fn history_diff_shows_both_verdicts_the_changed_tests_and_the_source_diff() {
    let d = Days {
        judge: Judge::new(),
    };
    d.solve(START, "wa_off_by_one.py");
    d.solve(START + 600, "ac_simple.py");
    let rows = json(&d.judge(START + 700, &["history", "sum-lines", "--format", "json"]));
    let ids: Vec<i64> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect();
    // Newest first: the accepted attempt, then the rejected one.
    let (a, b) = (ids[1], ids[0]);
    let out = d.judge(
        START + 700,
        &["history", "diff", &a.to_string(), &b.to_string()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    println!("{text}");
    assert!(
        text.contains(&format!("#{a}")) && text.contains(&format!("#{b}")),
        "{text}"
    );
    assert!(text.contains(" WA ") && text.contains(" AC "), "{text}");
    assert!(text.contains("tests whose verdict changed"), "{text}");
    assert!(
        text.contains(&format!("--- #{a} ")) && text.contains(&format!("+++ #{b} ")),
        "{text}"
    );
    let doc = json(&d.judge(
        START + 700,
        &[
            "history",
            "diff",
            &a.to_string(),
            &b.to_string(),
            "--format",
            "json",
        ],
    ));
    assert_eq!(doc["a"]["verdict"], "WA");
    assert_eq!(doc["b"]["verdict"], "AC");
    let changed = doc["changed_tests"].as_array().unwrap();
    assert!(!changed.is_empty());
    assert!(
        changed
            .iter()
            .all(|t| t["a"]["verdict"] != "AC" && t["b"]["verdict"] == "AC"),
        "{doc}"
    );
    assert!(doc["source_diff"].as_str().unwrap().contains("@@"));
    let out = d.judge(START + 700, &["history", "diff", &a.to_string(), "999"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("there is no attempt #999"),
        "{}",
        stderr(&out)
    );
}
