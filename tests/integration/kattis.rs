//! `judge import kattis`: the fixture packages in `tests/fixtures/kattis/` are imported into a
//! temporary catalog, read back byte for byte, validated and run; packages judge cannot judge are
//! refused with exit code 2 and a message naming the file.

use std::path::{Path, PathBuf};
use std::process::Output;

use judge::catalog::Catalog;
use judge::compare::{Comparison, TokenRules};

use crate::util::{self, Judge};

fn package(name: &str) -> PathBuf {
    util::fixtures().join("kattis").join(name)
}

/// `judge import kattis tests/fixtures/kattis/<name> -o <out> <extra>`.
fn import(judge: &Judge, name: &str, out: &Path, extra: &[&str]) -> Output {
    let mut cmd = judge.cmd();
    cmd.args(["import", "kattis"])
        .arg(package(name))
        .arg("-o")
        .arg(out)
        .args(extra);
    util::run(cmd)
}

fn strings(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("not a list: {v}"))
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

/// A refused import: exit 2, one `error:` headline saying `what`, no panic, nothing written.
fn assert_refused(out: &Output, dir: &Path, what: &[&str]) -> String {
    let err = util::stderr(out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    let headline = err.lines().next().unwrap_or("");
    assert!(headline.starts_with("error: "), "{err}");
    for w in what {
        assert!(err.contains(w), "`{w}` missing from:\n{err}");
    }
    assert!(!err.contains("panicked"), "{err}");
    let left: Vec<_> = std::fs::read_dir(dir).unwrap().collect();
    assert!(left.is_empty(), "a refused import wrote {left:?}");
    err
}

#[test]
fn legacy_package_imports_and_its_submissions_get_their_verdicts() {
    let judge = Judge::new();
    let tmp = tempfile::tempdir().unwrap();
    let out = import(&judge, "circlearea", tmp.path(), &["--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", util::stderr(&out));
    let s = util::json(&out);
    assert_eq!(s["format"], "legacy");
    assert_eq!(s["slug"], "circlearea");
    assert_eq!(s["title"], "Circle Areas");
    assert_eq!(strings(&s["tags"]), ["geometry", "floating-point"]);
    // Names kept, secret subgroups as prefixes, in the package's order; the secret copy of a
    // sample is left out and said.
    assert_eq!(
        strings(&s["tests"]["names"]),
        [
            "1",
            "2",
            "01-small",
            "02-large",
            "group1/01",
            "group1/02",
            "group2/01",
            "group2/02"
        ]
    );
    assert_eq!(
        (s["tests"]["sample"].as_u64(), s["tests"]["secret"].as_u64()),
        (Some(2), Some(6))
    );
    assert_eq!(
        s["tests"]["left_out_duplicates"],
        serde_json::json!([{"name": "00-sample", "same_as": "1"}])
    );
    // `float_tolerance 1e-6`, and no case_sensitive flag: case is ignored.
    assert_eq!(
        s["compare"]["yaml"],
        "{mode: float, abs_tol: 1e-6, rel_tol: 1e-6, ignore_case: true}"
    );
    assert_eq!(s["compare"]["flags"], "float_tolerance 1e-6");
    let group2 = &s["compare_overrides"][0];
    assert_eq!(strings(&group2["tests"]), ["group2/01", "group2/02"]);
    assert_eq!(
        group2["flags"],
        "float_tolerance 1e-6 float_absolute_tolerance 1e-3"
    );
    assert_eq!(
        s["limits"]["time"],
        serde_json::json!({"value": "2s", "from": ".timelimit"})
    );
    assert_eq!(s["limits"]["memory"]["value"], "512MiB");
    assert_eq!(s["limits"]["output"]["value"], "8MiB");
    let files = |folder: &str| -> Vec<String> {
        s["solutions"][folder]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["file"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        files("accepted"),
        ["circle.py", "circle.rs", "lowercase.py"]
    );
    assert_eq!(files("wrong_answer"), ["pi314.py"]);
    assert_eq!(files("runtime_error"), ["no_check.py"]);
    assert_eq!(s["skipped_by_language"], serde_json::json!({"C++": 1}));
    assert_eq!(
        s["skipped_solutions"][0]["path"],
        "submissions/accepted/circle.cpp"
    );
    let warnings = strings(&s["warnings"]).join("\n");
    assert!(warnings.contains("input_validators/"), "{warnings}");

    // The catalog reads the comparison and limits as mapped.
    let problem = Catalog::Dir(tmp.path().to_path_buf())
        .problem("circlearea")
        .unwrap();
    assert_eq!(
        problem.compare,
        Comparison::TokensWith {
            rules: TokenRules {
                ignore_case: true,
                exact_whitespace: false
            },
            tolerance: Some((1e-6, 1e-6)),
        }
    );
    let group2 = problem
        .tests
        .iter()
        .find(|t| t.name == "group2/01")
        .unwrap();
    assert_eq!(
        problem.compare_for(group2),
        &Comparison::TokensWith {
            rules: TokenRules {
                ignore_case: true,
                exact_whitespace: false
            },
            tolerance: Some((1e-3, 1e-6)),
        }
    );
    let mut cmd = judge.cmd();
    cmd.arg("--catalog")
        .arg(tmp.path())
        .args(["show", "circlearea", "--format", "json"]);
    let shown = util::json(&util::run(cmd));
    assert_eq!(shown["limits"]["time_ms"], 2000);
    assert_eq!(shown["limits"]["memory_bytes"], 512 << 20);
    assert_eq!(shown["compare"], "float");
    assert!(shown["statement"].as_str().unwrap().contains("## Input"));

    // Every submission gets the verdict of its folder: the lowercase `impossible` and the
    // full-precision floats are accepted as the default validator accepts them.
    let mut cmd = judge.cmd();
    cmd.arg("--catalog")
        .arg(tmp.path())
        .args(["validate", "--format", "json"]);
    let out = util::run(cmd);
    let v = util::json(&out);
    assert_eq!(out.status.code(), Some(0), "{v:#}");
    assert_eq!(v["ok"], true, "{v:#}");
    let checks = v["problems"][0]["checks"].as_array().unwrap();
    let detail = |name: &str| -> String {
        let c = checks
            .iter()
            .find(|c| c["check"] == name)
            .unwrap_or_else(|| panic!("no check {name}: {v:#}"));
        assert_eq!(c["ok"], true, "{c}");
        c["detail"].as_str().unwrap().to_string()
    };
    for accepted in ["circle.py", "circle.rs", "lowercase.py"] {
        assert_eq!(detail(&format!("accepted/{accepted}")), "AC on 8 tests");
    }
    assert!(detail("wrong_answer/pi314.py").starts_with("WA on "));
    assert!(detail("runtime_error/no_check.py").starts_with("RE on "));
}

/// Each `.in` and `.ans` of the package is, byte for byte, the input and output of its test as
/// the catalog loads it: leading spaces, CRLF, tabs, missing and doubled final newlines.
#[test]
fn imported_tests_keep_every_byte() {
    let judge = Judge::new();
    let tmp = tempfile::tempdir().unwrap();
    let out = import(&judge, "circlearea", tmp.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", util::stderr(&out));
    let problem = Catalog::Dir(tmp.path().to_path_buf())
        .problem("circlearea")
        .unwrap();
    let data = package("circlearea").join("data");
    let mut checked = 0;
    let mut stack = vec![data.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "in") {
                continue;
            }
            let rel = path.strip_prefix(&data).unwrap().with_extension("");
            let rel = rel.to_string_lossy();
            let name = rel.split_once('/').unwrap().1;
            // The secret copy of sample 1 is left out as a duplicate: compare it with sample 1.
            let duplicate = name == "00-sample";
            let name = if duplicate { "1" } else { name };
            let test = problem
                .tests
                .iter()
                .find(|t| t.name == name)
                .unwrap_or_else(|| panic!("no test {name}"));
            let input = std::fs::read(&path).unwrap();
            let answer = std::fs::read(path.with_extension("ans")).unwrap();
            assert_eq!(test.input.as_bytes(), input, "input of {rel}");
            assert_eq!(test.output.as_bytes(), answer, "answer of {rel}");
            assert_eq!(
                test.sample,
                rel.starts_with("sample/") || duplicate,
                "{rel}"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 9);
    let crlf = problem
        .tests
        .iter()
        .find(|t| t.name == "group1/02")
        .unwrap();
    assert!(crlf.input.contains("\r\n") && crlf.output.ends_with("\n\n"));
}

#[test]
fn package_2023_07_maps_names_limits_and_group_flags() {
    let judge = Judge::new();
    let tmp = tempfile::tempdir().unwrap();
    let out = import(
        &judge,
        "wordcount",
        tmp.path(),
        &["--format", "json", "--difficulty", "easy"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", util::stderr(&out));
    let s = util::json(&out);
    assert_eq!(s["format"], "2023-07");
    assert_eq!(s["title"], "Word Count");
    assert_eq!(s["difficulty"], "easy");
    assert_eq!(strings(&s["tags"]), ["strings", "ad-hoc"]);
    assert_eq!(
        strings(&s["tests"]["names"]),
        ["01-example", "01-one", "02-tie", "long/01"]
    );
    assert_eq!(s["limits"]["time"]["value"], "1.5s");
    assert_eq!(s["limits"]["memory"]["value"], "256MiB");
    assert_eq!(s["limits"]["output"]["value"], "1MiB");
    // data/secret/test_group.yaml sets `case_sensitive` for the secret tests; the sample keeps
    // the default validator's case-insensitive comparison.
    assert_eq!(s["compare"]["yaml"], "tokens");
    assert_eq!(s["compare"]["tests"], 3);
    assert_eq!(
        s["compare_overrides"][0]["yaml"],
        "{mode: tokens, ignore_case: true}"
    );
    assert_eq!(strings(&s["compare_overrides"][0]["tests"]), ["01-example"]);
    assert_eq!(
        s["skipped_by_language"],
        serde_json::json!({"Java": 1, "Python 3": 1})
    );
    let warnings = strings(&s["warnings"]).join("\n");
    for w in [
        "other languages not imported: sv",
        "data/invalid_input/",
        "submissions.yaml",
    ] {
        assert!(warnings.contains(w), "`{w}` missing from:\n{warnings}");
    }
    let problem = Catalog::Dir(tmp.path().to_path_buf())
        .problem("wordcount")
        .unwrap();
    assert!(
        problem.statement.contains("at most 1000 of them"),
        "constants are filled in"
    );
    assert!(problem
        .statement
        .contains("Source: Judge Spring Camp <https://example.com/camp>"));

    // The rejected submission prints the word in lower case: accepted on the sample, wrong on
    // the case-sensitive secret tests.
    let mut cmd = judge.cmd();
    cmd.arg("--catalog")
        .arg(tmp.path())
        .args(["run", "wordcount"])
        .arg(package("wordcount").join("submissions/rejected/lower.py"))
        .args(["--format", "json", "--jobs", "1"]);
    let report = util::json(&util::run(cmd));
    let verdicts: Vec<String> = report["tests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            format!(
                "{} {}",
                t["name"].as_str().unwrap(),
                t["verdict"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(verdicts[..2], ["01-example AC", "01-one WA"], "{report:#}");
}

#[test]
fn interactive_package_is_refused() {
    let judge = Judge::new();
    let tmp = tempfile::tempdir().unwrap();
    let out = import(&judge, "guess", tmp.path(), &[]);
    let err = assert_refused(
        &out,
        tmp.path(),
        &[
            "cannot import",
            "interactive problem",
            "problem.yaml: `validation: custom interactive`",
        ],
    );
    assert!(err.contains("help: "), "{err}");
}

#[test]
fn custom_output_validator_is_refused_unless_ignored() {
    let judge = Judge::new();
    let tmp = tempfile::tempdir().unwrap();
    let out = import(&judge, "anypath", tmp.path(), &[]);
    assert_refused(
        &out,
        tmp.path(),
        &[
            "custom output validator",
            "anypath/output_validator/",
            "help: ",
            "checker",
            "--ignore-output-validator",
        ],
    );
    let out = import(
        &judge,
        "anypath",
        tmp.path(),
        &["--ignore-output-validator", "--format", "json"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", util::stderr(&out));
    let s = util::json(&out);
    let warnings = strings(&s["warnings"]).join("\n");
    assert!(
        warnings.contains("custom output validator ignored"),
        "{warnings}"
    );
    // sample/1 and secret/1 would collide: names keep their path under data/.
    assert_eq!(strings(&s["tests"]["names"]), ["sample/1", "secret/1"]);
    assert_eq!(s["limits"]["memory"]["value"], "2048MiB");
}

#[test]
fn an_input_without_its_answer_is_named() {
    let judge = Judge::new();
    let tmp = tempfile::tempdir().unwrap();
    let out = import(&judge, "noanswer", tmp.path(), &[]);
    let err = assert_refused(&out, tmp.path(), &["02.ans is missing"]);
    let headline = err.lines().next().unwrap();
    assert!(
        headline.contains("noanswer/data/secret/02.in: has no answer file"),
        "{err}"
    );
}

#[test]
fn malformed_problem_yaml_is_located() {
    let judge = Judge::new();
    let tmp = tempfile::tempdir().unwrap();
    let out = import(&judge, "badyaml", tmp.path(), &[]);
    let err = assert_refused(&out, tmp.path(), &["unclosed bracket"]);
    assert!(
        err.lines()
            .next()
            .unwrap()
            .contains("badyaml/problem.yaml:2:9: "),
        "{err}"
    );

    for (path, want) in [
        (util::fixtures().join("kattis"), "problem.yaml: not found"),
        (util::fixtures().join("kattis/none"), "no such folder"),
    ] {
        let mut cmd = judge.cmd();
        cmd.args(["import", "kattis"])
            .arg(&path)
            .arg("-o")
            .arg(tmp.path());
        assert_refused(&util::run(cmd), tmp.path(), &[want]);
    }
}

#[test]
fn reimport_refuses_to_overwrite_without_force() {
    let judge = Judge::new();
    let tmp = tempfile::tempdir().unwrap();
    let out = import(&judge, "circlearea", tmp.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", util::stderr(&out));
    let text = util::stdout(&out);
    for part in [
        "imported ",
        "2 sample + 6 secret",
        "1 C++ (judge runs Python 3 and Rust): submissions/accepted/circle.cpp",
        "time 2s (.timelimit)",
        "warning: ",
        "next: judge --catalog ",
    ] {
        assert!(text.contains(part), "`{part}` missing from:\n{text}");
    }
    let marker = tmp.path().join("circlearea/edited-by-hand.txt");
    std::fs::write(&marker, "mine").unwrap();

    let out = import(&judge, "circlearea", tmp.path(), &[]);
    let err = util::stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.starts_with("error: "), "{err}");
    assert!(
        err.contains("circlearea already exists") && err.contains("--force"),
        "{err}"
    );
    assert!(
        marker.exists(),
        "a refused import must not touch the problem"
    );

    let out = import(&judge, "circlearea", tmp.path(), &["--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", util::stderr(&out));
    assert!(!marker.exists(), "--force replaces the folder");
    let left: Vec<String> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, ["circlearea"], "no temporary folder is left behind");

    let out = import(&judge, "circlearea", tmp.path(), &["--slug", "circles"]);
    assert_eq!(out.status.code(), Some(0), "{}", util::stderr(&out));
    assert!(tmp.path().join("circles/problem.yaml").is_file());
}

#[test]
fn a_package_without_samples_gets_its_first_secret_test_as_the_sample_and_validates() {
    let judge = Judge::new();
    let tmp = tempfile::tempdir().unwrap();
    let out = import(&judge, "hello", tmp.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", util::stderr(&out));
    let text = util::stdout(&out) + &util::stderr(&out);
    assert!(
        text.contains(
            "no sample tests (data/sample): the first secret test, hello, is shown as the sample"
        ),
        "{text}"
    );
    let problem = Catalog::Dir(tmp.path().to_path_buf())
        .problem("hello")
        .unwrap();
    let samples: Vec<_> = problem.tests.iter().filter(|t| t.sample).collect();
    assert_eq!(samples.len(), 1);
    assert_eq!(&*samples[0].output, "Hello World!\n");
    let mut cmd = judge.cmd();
    cmd.arg("--catalog")
        .arg(tmp.path())
        .args(["validate", "hello"]);
    let out = util::run(cmd);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        util::stdout(&out),
        util::stderr(&out)
    );
}
