//! The catalog: broken problem files give located, actionable errors (never a panic), and every
//! reference solution in the built-in catalog is accepted.

use crate::util::{self, Judge};

/// Every catalog under `tests/fixtures/broken/` holds one broken problem; `judge show` on it
/// must fail with exit code 2, name the file, and say what `expect.txt` says.
#[test]
fn broken_problem_files_give_located_errors() {
    let judge = Judge::new();
    let dir = util::fixtures().join("broken");
    let mut cases = 0;
    let mut failures = Vec::new();
    for case in std::fs::read_dir(&dir).unwrap() {
        let case = case.unwrap().path();
        if !case.is_dir() {
            continue;
        }
        cases += 1;
        let expect = std::fs::read_to_string(case.join("expect.txt"))
            .unwrap()
            .trim()
            .to_string();
        let problem = std::fs::read_dir(&case)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.is_dir())
            .expect("a problem folder");
        let slug = problem.file_name().unwrap().to_string_lossy().into_owned();
        for args in [
            vec!["show", slug.as_str()],
            vec!["run", slug.as_str(), "x.py"],
        ] {
            let mut cmd = judge.cmd();
            cmd.arg("--catalog").arg(&case).args(&args);
            let out = util::run(cmd);
            let err = util::stderr(&out);
            let headline = err.lines().next().unwrap_or("");
            let name = case.file_name().unwrap().to_string_lossy();
            let ok_text = if expect == "@location" {
                // `error: <file>:<line>:<column>: message`
                let after = headline.split(".yaml:").nth(1).unwrap_or("");
                let mut parts = after.splitn(3, ':');
                parts.next().is_some_and(|l| l.parse::<u32>().is_ok())
                    && parts.next().is_some_and(|c| c.parse::<u32>().is_ok())
            } else {
                err.to_lowercase().contains(&expect.to_lowercase())
            };
            if out.status.code() != Some(2)
                || !headline.starts_with("error: ")
                || !headline.contains(".yaml")
                || err.contains("panicked")
                || !ok_text
            {
                failures.push(format!(
                    "{name} ({}): exit {:?}, want `{expect}`:\n{err}",
                    args[0],
                    out.status.code()
                ));
            }
        }
    }
    assert!(cases >= 30, "only {cases} broken cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn unknown_keys_suggest_the_right_one() {
    let judge = Judge::new();
    let mut cmd = judge.cmd();
    cmd.arg("--catalog")
        .arg(util::fixtures().join("broken/unknown-test-key"))
        .args(["show", "fixture"]);
    let err = util::stderr(&util::run(cmd));
    assert!(
        err.contains("problem.yaml:8:5: unknown field `inptu`"),
        "{err}"
    );
    assert!(err.contains("help: did you mean `input`?"), "{err}");
    assert!(err.contains("8 |     inptu: |"), "{err}");
}

/// The reference solutions shipped with the built-in catalog all get AC: the catalog is correct.
#[test]
fn builtin_reference_solutions_are_accepted() {
    let judge = Judge::new();
    let problems = util::root().join("problems");
    let mut checked = 0;
    for problem in std::fs::read_dir(&problems).unwrap() {
        let problem = problem.unwrap().path();
        let slug = problem.file_name().unwrap().to_string_lossy().into_owned();
        if !problem.join("problem.yaml").is_file() {
            continue; // lists/ and other folders that are not problems
        }
        let accepted = problem.join("solutions/accepted");
        let Ok(files) = std::fs::read_dir(&accepted) else {
            panic!("{slug} has no solutions/accepted");
        };
        let mut langs = std::collections::BTreeSet::new();
        for file in files {
            let file = file.unwrap().path();
            let mut cmd = judge.cmd();
            cmd.args(["run", &slug])
                .arg(&file)
                .args(["--format", "json"]);
            let out = util::run(cmd);
            let report = util::json(&out);
            assert_eq!(report["verdict"], "AC", "{}: {report:#}", file.display());
            assert_eq!(out.status.code(), Some(0));
            langs.insert(file.extension().unwrap().to_string_lossy().into_owned());
            checked += 1;
        }
        assert!(
            langs.contains("py") && langs.contains("rs"),
            "{slug} needs Python and Rust references"
        );
    }
    assert!(checked >= 10, "only {checked} reference solutions");
}

#[test]
fn list_filters_and_prints_json() {
    let judge = Judge::new();
    let mut cmd = judge.cmd();
    cmd.args(["list", "--format", "json"]);
    let all = util::json(&util::run(cmd));
    let all = all.as_array().unwrap();
    assert!(all.len() >= 5);
    assert!(all.iter().any(|p| p["slug"] == "range-sum-queries"));
    for p in all {
        for key in ["slug", "title", "difficulty", "tags", "kind"] {
            assert!(p.get(key).is_some(), "{p}");
        }
    }

    let mut cmd = judge.cmd();
    cmd.args(["list", "--tag", "prefix-sums", "--format", "json"]);
    let some = util::json(&util::run(cmd));
    let some = some.as_array().unwrap();
    assert!(!some.is_empty() && some.len() < all.len());
    assert!(some.iter().all(|p| p["tags"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t == "prefix-sums")));

    let mut cmd = judge.cmd();
    cmd.args(["list", "--difficulty", "medium", "--format", "json"]);
    let medium = util::json(&util::run(cmd));
    assert!(medium
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["difficulty"] == "medium"));

    let mut cmd = judge.cmd();
    cmd.args(["list", "--tag", "prefix-sum"]);
    let out = util::run(cmd);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        util::stderr(&out).contains("did you mean `prefix-sums`"),
        "{}",
        util::stderr(&out)
    );
}

#[test]
fn show_prints_statement_and_samples() {
    let judge = Judge::new();
    let mut cmd = judge.cmd();
    cmd.args(["show", "range-sum-queries"]);
    let out = util::run(cmd);
    assert_eq!(out.status.code(), Some(0));
    let text = util::stdout(&out);
    assert!(text.contains("Range Sum Queries"), "{text}");
    assert!(text.contains("Sample"), "{text}");
    assert!(!text.contains('\x1b'), "no colour when not a terminal");

    let mut cmd = judge.cmd();
    cmd.args(["show", "range-sum-queries", "--format", "json"]);
    let v = util::json(&util::run(cmd));
    assert!(v["samples"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["input"].is_string()));
    assert!(v["statement"].as_str().unwrap().len() > 100);
}

#[test]
fn a_catalog_folder_replaces_the_builtin_one() {
    let judge = Judge::new();
    let mut cmd = judge.cmd();
    cmd.env("JUDGE_CATALOG", util::fixtures().join("problems"))
        .args(["list", "--format", "json"]);
    let v = util::json(&util::run(cmd));
    let slugs: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["slug"].as_str().unwrap())
        .collect();
    assert!(
        slugs.contains(&"sum-lines") && !slugs.contains(&"range-sum-queries"),
        "{slugs:?}"
    );
}

/// The Python harness's own unit tests (stdlib unittest), run with the python3 on PATH.
#[test]
fn python_harness_unit_tests() {
    let dir = util::root().join("src/harness/python");
    let out = std::process::Command::new("python3")
        .arg("-m")
        .arg("unittest")
        .arg("discover")
        .arg("-s")
        .arg(&dir)
        .arg("-p")
        .arg("test_harness.py")
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `judge validate` proves a problem's solutions get the verdicts their folders name, and
/// reports duplicate tests; a mislabelled solution fails it with exit code 1.
#[test]
fn validate_checks_solutions_and_duplicates() {
    let judge = Judge::new();
    let catalog = judge.home.path().join("catalog");
    let problem = catalog.join("sum-lines");
    std::fs::create_dir_all(problem.join("solutions/accepted")).unwrap();
    std::fs::create_dir_all(problem.join("solutions/wrong_answer")).unwrap();
    std::fs::copy(
        util::fixtures().join("problems/sum-lines/problem.yaml"),
        problem.join("problem.yaml"),
    )
    .unwrap();
    let sols = util::fixtures().join("solutions/sum-lines");
    for (from, to) in [
        ("ac_simple.py", "accepted/simple.py"),
        ("ac_simple.rs", "accepted/simple.rs"),
        ("wa_off_by_one.py", "wrong_answer/off_by_one.py"),
    ] {
        std::fs::copy(sols.join(from), problem.join("solutions").join(to)).unwrap();
    }
    let validate = || {
        let mut cmd = judge.cmd();
        cmd.arg("--catalog")
            .arg(&catalog)
            .args(["validate", "--format", "json"]);
        util::run(cmd)
    };
    let out = validate();
    let v = util::json(&out);
    assert_eq!(v["ok"], true, "{v:#}");
    assert_eq!(out.status.code(), Some(0));

    // An input validator that rejects one input is a failure that names the test.
    std::fs::write(
        problem.join("check.py"),
        "import sys\nn = int(sys.stdin.readline())\nif n > 100:\n    print('n is over 100')\n    sys.exit(1)\n",
    )
    .unwrap();
    let yaml = std::fs::read_to_string(problem.join("problem.yaml")).unwrap();
    std::fs::write(
        problem.join("problem.yaml"),
        format!("validator: check.py\n{yaml}"),
    )
    .unwrap();
    let v = util::json(&validate());
    let validator = v["problems"][0]["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == "validator")
        .cloned()
        .unwrap_or_default();
    assert_eq!(validator["ok"], false, "{v:#}");
    assert!(
        validator["detail"]
            .as_str()
            .unwrap()
            .contains("large-1000 (n is over 100)"),
        "{v:#}"
    );
    std::fs::write(problem.join("problem.yaml"), &yaml).unwrap();

    // A "wrong answer" that is accepted, and a duplicated test, are both failures.
    std::fs::copy(
        sols.join("ac_simple.py"),
        problem.join("solutions/wrong_answer/not_wrong.py"),
    )
    .unwrap();
    let yaml = std::fs::read_to_string(problem.join("problem.yaml")).unwrap();
    let dup = "  - name: copy-of-sample-1\n    input: |\n      2\n      1 2\n      3 4\n    output: |\n      3\n      7\n";
    std::fs::write(
        problem.join("problem.yaml"),
        format!("{}\n{dup}", yaml.trim_end()),
    )
    .unwrap();
    let out = validate();
    let v = util::json(&out);
    assert_eq!(out.status.code(), Some(1), "{v:#}");
    let checks = v["problems"][0]["checks"].as_array().unwrap();
    let failed: Vec<&str> = checks
        .iter()
        .filter(|c| c["ok"] == false)
        .map(|c| c["check"].as_str().unwrap())
        .collect();
    assert!(failed.contains(&"wrong_answer/not_wrong.py"), "{v:#}");
    assert!(failed.contains(&"duplicates"), "{v:#}");
}

/// Generated tests get their input from the generator and their expected output from the
/// reference solution, once: a second run reads the cache.
#[test]
fn generated_tests_are_made_once_and_cached() {
    let judge = Judge::new();
    let run = |file: &str| {
        let mut cmd = judge.fixture_cmd();
        cmd.args(["run", "gen-sum"])
            .arg(util::fixtures().join("solutions/gen-sum").join(file))
            .args(["--format", "json"]);
        util::json(&util::run(cmd))
    };
    let first = run("ac_reference_copy.py");
    assert_eq!(first["verdict"], "AC", "{first:#}");
    assert_eq!(first["total"], 3);
    let cache = judge.home.path().join("cache/generated/gen-sum");
    let cached: Vec<_> = std::fs::read_dir(&cache).unwrap().collect();
    assert_eq!(cached.len(), 2, "one cache entry per generated test");
    let modified = |p: &std::path::Path| std::fs::metadata(p).unwrap().modified().unwrap();
    let entry = cached[0].as_ref().unwrap().path();
    let before = modified(&entry);
    let wrong = run("wa_int32_wraparound.py");
    assert_eq!(wrong["verdict"], "WA", "{wrong:#}");
    assert_eq!(
        modified(&entry),
        before,
        "the cache was rewritten instead of read"
    );
}
