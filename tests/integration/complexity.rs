//! `judge complexity` (and `judge run --complexity`) on a fixture whose solutions spend a known
//! amount of work: n·2000 steps, n² steps. The assertions are on the report's structure and on
//! the class of these costs (whose work is all in the interpreter's loop: no cache effect, no
//! O(n) part next to another), never on times.

use std::path::PathBuf;

use crate::util::{self, Judge};

fn catalog() -> PathBuf {
    util::fixtures().join("complexity/problems")
}

fn solution(name: &str) -> PathBuf {
    util::fixtures().join("complexity/solutions").join(name)
}

fn measure(judge: &Judge, file: &str, extra: &[&str]) -> (serde_json::Value, Option<i32>) {
    let mut cmd = judge.cmd();
    cmd.arg("--catalog")
        .arg(catalog())
        .args(["complexity", "complexity-cost"])
        .arg(solution(file))
        .args(["--format", "json", "--seconds", "3"])
        .args(extra);
    let out = util::run(cmd);
    (util::json(&out), out.status.code())
}

fn check_structure(doc: &serde_json::Value) {
    assert_eq!(doc["problem"], "complexity-cost");
    assert_eq!(doc["language"], "python");
    assert_eq!(doc["expected"], "n");
    assert_eq!(doc["max"], 2000);
    let points = doc["points"].as_array().expect("points");
    assert!(points.len() >= 5, "{doc:#}");
    let mut last = 0;
    for p in points {
        let n = p["n"].as_u64().unwrap();
        assert!(n > last, "sizes grow: {doc:#}");
        last = n;
        assert!(p["seconds"].as_f64().unwrap() > 0.0);
        assert_eq!(
            p["samples"].as_array().unwrap().len(),
            3,
            "three seeds per size"
        );
    }
    assert_eq!(points[0]["n"], 1);
    let candidates = doc["candidates"].as_array().unwrap();
    // 2ⁿ cannot be fitted past n ≈ 1000 (it overflows); every other class is.
    assert!(candidates.len() >= 6, "every class is fitted: {doc:#}");
    assert!(doc["summary"].as_str().unwrap().len() > 5);
}

#[test]
fn a_quadratic_cost_looks_quadratic_and_too_slow_for_the_maximum() {
    let judge = Judge::new();
    let (doc, code) = measure(&judge, "quadratic.py", &[]);
    check_structure(&doc);
    assert_eq!(code, Some(0), "{doc:#}");
    assert_eq!(doc["fit"]["class"], "n^2", "{doc:#}");
    assert!(doc["fit"]["r2"].as_f64().unwrap() > 0.9);
    assert!(doc["at_max_seconds"].as_f64().unwrap() > 0.0);
    assert_eq!(doc["trouble"], serde_json::Value::Null);
    assert!(doc["summary"].as_str().unwrap().starts_with("looks O(n²)"));
}

#[test]
fn a_linear_cost_looks_linear() {
    let judge = Judge::new();
    // Through `judge run --complexity`, the same report.
    let mut cmd = judge.cmd();
    cmd.arg("--catalog")
        .arg(catalog())
        .args(["run", "complexity-cost"])
        .arg(solution("linear.py"))
        .args(["--complexity", "--format", "json", "--seconds", "3"]);
    let out = util::run(cmd);
    let doc = util::json(&out);
    check_structure(&doc);
    assert_eq!(out.status.code(), Some(0));
    // What holds under any load: never named O(n²) or worse, never more than one step from
    // O(n); unclear is allowed (a loaded machine may blur O(n) and O(n log n)). How often it is
    // named O(n) is what bench/complexity.sh counts, not a test.
    let class = &doc["fit"]["class"];
    assert!(
        [
            serde_json::Value::Null,
            "log n".into(),
            "n".into(),
            "n log n".into()
        ]
        .contains(class),
        "{doc:#}"
    );
    if class == "n" {
        assert!(doc["summary"].as_str().unwrap().starts_with("looks O(n)"));
    }
}

#[test]
fn a_wrong_answer_while_measuring_is_reported_and_fails() {
    let judge = Judge::new();
    let (doc, code) = measure(&judge, "wrong.py", &[]);
    assert_eq!(code, Some(1), "{doc:#}");
    assert_eq!(doc["stop"], "failed");
    assert_eq!(doc["trouble"]["verdict"], "WA", "{doc:#}");
    assert!(doc["trouble"]["n"].as_u64().unwrap() >= 100);
    assert_eq!(doc["trouble"]["seed"], 1);
}

#[test]
fn the_text_report_has_a_chart_and_a_finding() {
    let judge = Judge::new();
    let mut cmd = judge.cmd();
    cmd.arg("--catalog")
        .arg(catalog())
        .args(["complexity", "complexity-cost"])
        .arg(solution("quadratic.py"))
        .args(["--seconds", "3"]);
    let out = util::run(cmd);
    let text = util::stdout(&out);
    assert!(text.contains("█"), "{text}");
    assert!(text.contains("looks O(n²)"), "{text}");
    assert!(text.contains("n ≤ 2000 needs O(n) or better"), "{text}");
    assert!(!text.contains('\x1b'), "no colour in a pipe: {text}");
}

#[test]
fn a_problem_without_sizes_is_a_usage_error() {
    let judge = Judge::new();
    let mut cmd = judge.fixture_cmd();
    cmd.args(["complexity", "gen-sum"])
        .arg(solution("linear.py"));
    let out = util::run(cmd);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        util::stderr(&out).contains("has no `sizes:`"),
        "{}",
        util::stderr(&out)
    );
}

/// A copy of the fixture catalog whose problem.yaml has `from` replaced by `to`.
fn edited_catalog(from: &str, to: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let src = catalog().join("complexity-cost");
    let dst = dir.path().join("complexity-cost");
    std::fs::create_dir_all(dst.join("solutions/accepted")).unwrap();
    for f in ["gen.py", "solutions/accepted/echo.py"] {
        std::fs::copy(src.join(f), dst.join(f)).unwrap();
    }
    let yaml = std::fs::read_to_string(src.join("problem.yaml")).unwrap();
    assert!(yaml.contains(from), "{yaml}");
    std::fs::write(dst.join("problem.yaml"), yaml.replace(from, to)).unwrap();
    dir
}

/// What `judge complexity` says on stderr about an edited catalog it must refuse (exit 2).
fn catalog_error(from: &str, to: &str) -> String {
    let dir = edited_catalog(from, to);
    let judge = Judge::new();
    let mut cmd = judge.cmd();
    cmd.arg("--catalog")
        .arg(dir.path())
        .args(["complexity", "complexity-cost"])
        .arg(solution("linear.py"));
    let out = util::run(cmd);
    let err = util::stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    err
}

#[test]
fn an_unknown_complexity_class_is_a_located_catalog_error() {
    let err = catalog_error("complexity: {time: n}", "complexity: {time: n + q}");
    assert!(err.contains("problem.yaml:8:"), "{err}");
    assert!(err.contains("`n + q` is not a complexity class"), "{err}");
}

#[test]
fn the_report_generates_with_complexity_args_when_the_problem_gives_them() {
    // The generator prints its argument: with `{n}00` the size-1 input is 100, where
    // wrong.py starts to fail (with `args` it fails from size 100 on).
    let dir = edited_catalog(
        r#"args: ["{n}"],"#,
        r#"args: ["{n}"], complexity_args: ["{n}00"],"#,
    );
    let judge = Judge::new();
    let mut cmd = judge.cmd();
    cmd.arg("--catalog")
        .arg(dir.path())
        .args(["complexity", "complexity-cost"])
        .arg(solution("wrong.py"))
        .args(["--format", "json", "--seconds", "3"]);
    let out = util::run(cmd);
    let doc = util::json(&out);
    assert_eq!(out.status.code(), Some(1), "{doc:#}");
    assert_eq!(doc["trouble"]["verdict"], "WA", "{doc:#}");
    assert_eq!(doc["trouble"]["n"], 1, "{doc:#}");
}

#[test]
fn complexity_args_without_the_size_is_a_located_catalog_error() {
    let err = catalog_error(
        r#"args: ["{n}"],"#,
        r#"args: ["{n}"], complexity_args: ["7"],"#,
    );
    assert!(err.contains("problem.yaml:7:"), "{err}");
    assert!(
        err.contains("exactly one of `complexity_args` must contain `{n}`"),
        "{err}"
    );
}
