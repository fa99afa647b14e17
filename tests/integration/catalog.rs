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

/// The reference solutions of the built-in catalog get AC through `judge run` from the embedded
/// catalog: every 16th problem in slug order, both languages. (`judge validate` in `.ci/run`
/// proves every problem and every solution; this keeps `cargo test` quick as the catalog grows.)
#[test]
fn builtin_reference_solutions_are_accepted() {
    let judge = Judge::new();
    let problems = util::root().join("problems");
    let mut slugs: Vec<_> = std::fs::read_dir(&problems)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("problem.yaml").is_file()) // lists/ is not a problem
        .collect();
    slugs.sort();
    let mut checked = 0;
    for problem in slugs.iter().step_by(16) {
        let slug = problem.file_name().unwrap().to_string_lossy().into_owned();
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
        assert!(langs.contains("py"), "{slug} needs a Python reference");
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

/// The built-in catalog is compressed into the binary problem by problem: what `judge show`
/// prints is each statement file as it is in `problems/`, for the largest problem too, and so
/// are the reference solutions that `judge solution` prints.
#[test]
fn the_builtin_catalog_comes_out_of_the_binary_as_it_is_in_problems() {
    let judge = Judge::new();
    for slug in ["two-sum", "json-patch", "fifo-message-queue"] {
        let dir = util::root().join("problems").join(slug);
        let mut cmd = judge.cmd();
        cmd.args(["show", slug, "--format", "json"]);
        let v = util::json(&util::run(cmd));
        let statement = std::fs::read_to_string(dir.join("statement.md")).unwrap();
        assert_eq!(
            v["statement"].as_str().map(str::trim),
            Some(statement.trim()),
            "{slug}"
        );

        let mut cmd = judge.cmd();
        cmd.args(["solution", slug, "--spoil", "--format", "json"]);
        let v = util::json(&util::run(cmd));
        let solutions = v["solutions"].as_array().unwrap();
        assert!(!solutions.is_empty(), "{slug}");
        for solution in solutions {
            let name = solution["name"].as_str().unwrap();
            let file = dir.join("solutions/accepted").join(name);
            assert_eq!(
                solution["source"].as_str(),
                Some(std::fs::read_to_string(&file).unwrap().as_str()),
                "{}",
                file.display()
            );
        }
    }
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

/// Runs a `rustc` command, which must succeed.
fn rustc_ok(cmd: &mut std::process::Command) {
    let out = cmd.output().expect("rustc runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The Rust harness prelude's own tests (std only), compiled with the rustc on PATH and run in a
/// temporary directory (they write the result file to the working directory).
#[test]
fn rust_prelude_unit_tests() {
    let tmp = tempfile::tempdir().unwrap();
    let exe = tmp.path().join("prelude_test");
    rustc_ok(
        std::process::Command::new("rustc")
            .args(["-O", "--edition", "2021", "-o"])
            .arg(&exe)
            .arg(util::root().join("src/harness/rust/prelude_test.rs")),
    );
    let out = std::process::Command::new(&exe)
        .current_dir(tmp.path())
        .output()
        .expect("the prelude tests run");
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("all prelude tests passed"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

/// A second `judge validate` finds what the first made: the Rust solutions compiled (the working
/// copies keep their path from run to run) and the generated tests cached; `--regenerate` makes
/// the tests again and compares them with the cache.
#[test]
fn validate_reuses_compiled_solutions_and_generated_tests() {
    let judge = Judge::new();
    let validate = |extra: &[&str]| {
        let mut cmd = judge.fixture_cmd();
        cmd.args(["validate", "gen-sum", "--format", "json"])
            .args(extra);
        let out = util::run(cmd);
        let v = util::json(&out);
        assert_eq!(v["ok"], true, "{v:#}");
        v
    };
    let builds = || {
        let dir = judge.home.path().join("cache/rust");
        std::fs::read_dir(&dir)
            .map(|d| d.flatten().count())
            .unwrap_or(0)
    };
    let generated = |v: &serde_json::Value| {
        v["problems"][0]["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["check"] == "generated")
            .map(|c| c["detail"].as_str().unwrap().to_string())
            .unwrap()
    };
    let first = validate(&[]);
    let compiled = builds();
    assert!(compiled >= 1, "no compiled solution in the cache");
    assert!(!generated(&first).contains("regenerated"), "{first:#}");
    let cache = judge.home.path().join("cache/generated/gen-sum");
    let stamp = |dir: &std::path::Path| {
        let mut v: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| (e.file_name(), e.metadata().unwrap().modified().unwrap()))
            .collect();
        v.sort();
        v
    };
    let before = stamp(&cache);
    validate(&[]);
    assert_eq!(builds(), compiled, "the second validation compiled again");
    assert_eq!(
        stamp(&cache),
        before,
        "the second validation generated again"
    );
    let again = validate(&["--regenerate"]);
    assert!(generated(&again).contains("regenerated"), "{again:#}");
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
    let mut cached: Vec<String> = std::fs::read_dir(&cache)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    cached.sort();
    // One entry per generated test: its input and its expected output.
    assert_eq!(cached.len(), 4, "{cached:?}");
    for pair in cached.chunks(2) {
        let key = pair[0].strip_suffix(".input.json").expect("an input");
        assert_eq!(pair[1], format!("{key}.output"), "{cached:?}");
    }
    let modified = |p: &std::path::Path| std::fs::metadata(p).unwrap().modified().unwrap();
    let entry = cache.join(&cached[1]);
    let before = modified(&entry);
    let wrong = run("wa_int32_wraparound.py");
    assert_eq!(wrong["verdict"], "WA", "{wrong:#}");
    assert_eq!(
        modified(&entry),
        before,
        "the cache was rewritten instead of read"
    );
}

/// `judge validate --calibrate` enforces the margins: an accepted solution must use at most a
/// third of its time limit, and a too-slow one must still be too slow at 1.5x the limit. The
/// verdicts hold with two CPU hogs running beside the validation (CPU time is what counts).
#[test]
fn calibrate_enforces_margins_and_ignores_a_busy_machine() {
    let judge = Judge::new();
    let catalog = judge.home.path().join("catalog");
    let problem = catalog.join("burn");
    for d in ["accepted", "time_limit_exceeded"] {
        std::fs::create_dir_all(problem.join("solutions").join(d)).unwrap();
    }
    std::fs::write(
        problem.join("problem.yaml"),
        "format_version: 1\ntitle: Burn\ndifficulty: easy\ntags: [math]\nstatement: Print the number.\n\
         limits: {time: 1s}\ntests:\n  - {name: s1, sample: true, input: \"1\\n\", output: \"1\\n\"}\n  - {name: t2, input: \"22\\n\", output: \"22\\n\"}\n",
    )
    .unwrap();
    // A program that spends `secs` of CPU time, then answers.
    let burner = |secs: f64| {
        format!(
            "import time\nn = input()\nwhile time.process_time() < {secs}:\n    pass\nprint(n)\n"
        )
    };
    let write = |rel: &str, text: String| {
        std::fs::write(problem.join("solutions").join(rel), text).unwrap()
    };
    let validate = || {
        let mut cmd = judge.cmd();
        cmd.arg("--catalog")
            .arg(&catalog)
            .args(["validate", "--calibrate", "--format", "json"]);
        util::json(&util::run(cmd))
    };
    let check = |v: &serde_json::Value, name: &str| -> (bool, String) {
        let c = v["problems"][0]["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["check"] == name)
            .unwrap_or_else(|| panic!("no check {name}: {v:#}"));
        (
            c["ok"].as_bool().unwrap(),
            c["detail"].as_str().unwrap().to_string(),
        )
    };

    // Well calibrated: 0.1 s of a 1 s limit, and a loop that never ends.
    write("accepted/quick.py", burner(0.1));
    write("time_limit_exceeded/forever.py", burner(1e9));
    // Two CPU hogs on this 2-core machine while it validates, twice.
    let hogs: Vec<_> = (0..2)
        .map(|_| {
            std::process::Command::new("sh")
                .args(["-c", "while :; do :; done"])
                .spawn()
                .unwrap()
        })
        .collect();
    let runs: Vec<_> = (0..2).map(|_| validate()).collect();
    for mut h in hogs {
        let _ = h.kill();
        let _ = h.wait();
    }
    for v in &runs {
        assert_eq!(v["ok"], true, "under two hogs: {v:#}");
        let (_, detail) = check(v, "time_limit_exceeded/forever.py");
        assert!(detail.contains("even at 1.5x"), "{detail}");
        // A too-slow solution meets the largest test first, not the sample.
        assert!(detail.starts_with("TLE on t2"), "{detail}");
    }

    // 0.5 s of a 1 s limit: accepted, but below the 3x margin.
    write("accepted/quick.py", burner(0.5));
    let v = validate();
    let (ok, detail) = check(&v, "accepted/quick.py");
    assert!(!ok && detail.contains("3x margin"), "{detail}");
    assert_eq!(v["ok"], false);

    // 1.2 s: too slow for 1 s, but not for 1.5 s.
    write("accepted/quick.py", burner(0.1));
    write("time_limit_exceeded/forever.py", burner(1.2));
    let v = validate();
    let (ok, detail) = check(&v, "time_limit_exceeded/forever.py");
    assert!(!ok && detail.contains("1.5x"), "{detail}");
    // It says how far it is from the mark: 1.2 s of 1 s (plus a little start-up).
    let used: f64 = detail
        .split("its slowest test used ")
        .nth(1)
        .and_then(|rest| rest.split('x').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no figure in {detail}"));
    assert!((1.19..1.4).contains(&used), "{detail}");
}

/// The study lists: every list names its problems in order with a pattern; their union is the
/// 213 problems of the three lists, and an unknown list is a usage error with a suggestion.
#[test]
fn study_lists_show_their_problems_in_order() {
    let judge = Judge::new();
    let mut union = std::collections::BTreeSet::new();
    for (key, count) in [
        ("neetcode-150", 150),
        ("blind-75", 75),
        ("grind-75", 75),
        ("grind-169", 169),
    ] {
        let mut cmd = judge.cmd();
        cmd.args(["list", "--list", key, "--format", "json"]);
        let v = util::json(&util::run(cmd));
        let problems = v["problems"].as_array().unwrap();
        assert_eq!(problems.len(), count, "{key}");
        assert!(problems
            .iter()
            .all(|p| p["pattern"].is_string() && p["section"].is_string()));
        union.extend(
            problems
                .iter()
                .map(|p| p["slug"].as_str().unwrap().to_string()),
        );
    }
    assert_eq!(union.len(), 213);
    let mut cmd = judge.cmd();
    cmd.args(["list", "--list", "grind-75"]);
    let out = util::run(cmd);
    let text = util::stdout(&out);
    assert!(text.starts_with("Grind 75\n\nWeek 1\n  two-sum "), "{text}");
    let mut cmd = judge.cmd();
    cmd.args(["list", "--list", "blind75"]);
    let out = util::run(cmd);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean `blind-75`"));
}

/// employee-free-time takes and returns LeetCode's `Interval`, a Python-only class: a Python
/// solution that builds `Interval`s is judged, a plain list of pairs is a wrong answer, and a
/// Rust file is refused with the "no Rust version" error, as on LeetCode.
#[test]
fn interval_problems_are_python_only() {
    let judge = Judge::new();
    let dir = tempfile::tempdir().unwrap();
    let py = dir.path().join("free.py");
    std::fs::write(
        &py,
        "class Solution:\n    def employeeFreeTime(self, schedule):\n        ivs = sorted((iv for e in schedule for iv in e), key=lambda iv: iv.start)\n        out, end = [], ivs[0].end\n        for iv in ivs:\n            if iv.start > end:\n                out.append(Interval(end, iv.start))\n            end = max(end, iv.end)\n        return out\n",
    )
    .unwrap();
    let mut cmd = judge.cmd();
    cmd.args(["run", "employee-free-time", "--samples"])
        .arg(&py);
    let out = util::run(cmd);
    assert_eq!(out.status.code(), Some(0), "{}", util::stderr(&out));

    let pairs = dir.path().join("pairs.py");
    std::fs::write(
        &pairs,
        "class Solution:\n    def employeeFreeTime(self, schedule):\n        return [[6, 8], [9, 12]]\n",
    )
    .unwrap();
    let mut cmd = judge.cmd();
    cmd.args(["run", "employee-free-time", "--samples"])
        .arg(&pairs);
    let out = util::run(cmd);
    assert_eq!(out.status.code(), Some(1), "{}", util::stdout(&out));
    assert!(util::stdout(&out).contains("WA"), "{}", util::stdout(&out));

    let rs = dir.path().join("free.rs");
    std::fs::write(&rs, "impl Solution {}\n").unwrap();
    let mut cmd = judge.cmd();
    cmd.args(["run", "employee-free-time"]).arg(&rs);
    let out = util::run(cmd);
    assert_eq!(out.status.code(), Some(2));
    let err = util::stderr(&out);
    assert!(err.contains("has no Rust version"), "{err}");
    assert!(err.contains("Interval"), "{err}");
}

/// An input the validator accepted is remembered: a second `judge validate` runs the validator
/// only on the tests that changed, and `--regenerate` checks every input again.
#[test]
fn validate_remembers_the_inputs_its_validator_accepted() {
    let judge = Judge::new();
    let catalog = tempfile::tempdir().unwrap();
    let dir = catalog.path().join("double");
    std::fs::create_dir_all(dir.join("solutions/accepted")).unwrap();
    let write = |tests: &str| {
        std::fs::write(
            dir.join("problem.yaml"),
            format!(
                "format_version: 1\ntitle: Double\ndifficulty: easy\n\
                 statement: Print twice the number.\nvalidator: check.py\ntests:\n{tests}"
            ),
        )
        .unwrap();
    };
    let test = |n: i32, sample: bool| {
        format!(
            "  - name: t{n}\n    sample: {sample}\n    input: \"{n}\\n\"\n    output: \"{}\\n\"\n",
            2 * n
        )
    };
    write(&(test(1, true) + &test(2, false) + &test(3, false)));
    std::fs::write(
        dir.join("check.py"),
        "import sys\nn = int(sys.stdin.read())\nsys.exit(0 if 0 <= n <= 100 else 1)\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("solutions/accepted/double.py"),
        "print(2 * int(input()))\n",
    )
    .unwrap();
    let validator = |extra: &[&str]| {
        let mut cmd = judge.cmd();
        cmd.arg("--catalog")
            .arg(catalog.path())
            .args(["validate", "double", "--format", "json"])
            .args(extra);
        let out = util::run(cmd);
        let v = util::json(&out);
        assert_eq!(v["ok"], true, "{v:#}");
        v["problems"][0]["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["check"] == "validator")
            .map(|c| c["detail"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(validator(&[]), "check.py accepts all 3 inputs");
    assert_eq!(
        validator(&[]),
        "check.py accepts all 3 inputs (3 remembered from an earlier validation)"
    );
    // A changed test is checked again; the others are not.
    write(&(test(1, true) + &test(2, false) + &test(4, false)));
    assert_eq!(
        validator(&[]),
        "check.py accepts all 3 inputs (2 remembered from an earlier validation)"
    );
    assert_eq!(
        validator(&["--regenerate"]),
        "check.py accepts all 3 inputs"
    );
    // A rejection is never remembered.
    write(&(test(1, true) + &test(200, false)));
    for _ in 0..2 {
        let mut cmd = judge.cmd();
        cmd.arg("--catalog")
            .arg(catalog.path())
            .args(["validate", "double", "--format", "json"]);
        let out = util::run(cmd);
        assert_eq!(out.status.code(), Some(1));
        assert!(
            util::stdout(&out).contains("check.py rejects: t200"),
            "{}",
            util::stdout(&out)
        );
    }
}

/// An expected failure runs first the test it failed on in the last validation: a wrong
/// solution that fails a late test is reported there again after an earlier test starts to
/// catch it too, and an edited solution starts afresh from the first test.
#[test]
fn validate_runs_the_test_an_expected_failure_last_failed_first() {
    let judge = Judge::new();
    let catalog = judge.home.path().join("catalog");
    let problem = catalog.join("double-it");
    std::fs::create_dir_all(problem.join("solutions/accepted")).unwrap();
    std::fs::create_dir_all(problem.join("solutions/wrong_answer")).unwrap();
    let yaml = |first: u32| {
        format!(
            "format_version: 1\ntitle: Double It\ndifficulty: easy\ntags: [math]\n\
             statement: Print twice the number read.\nlimits: {{time: 2s, memory: 64MiB}}\n\
             tests:\n  - name: early\n    sample: true\n    input: \"{first}\\n\"\n    output: \"{}\\n\"\n\
             \x20 - name: late\n    input: \"2\\n\"\n    output: \"4\\n\"\n",
            first * 2
        )
    };
    std::fs::write(problem.join("problem.yaml"), yaml(1)).unwrap();
    std::fs::write(
        problem.join("solutions/accepted/double.py"),
        "print(int(input()) * 2)\n",
    )
    .unwrap();
    // Wrong from 2 up: the early test catches it only once its input is 3.
    let wrong = problem.join("solutions/wrong_answer/from_two.py");
    std::fs::write(&wrong, "n = int(input())\nprint(n * 2 + (n >= 2))\n").unwrap();
    let detail = || {
        let mut cmd = judge.cmd();
        cmd.arg("--catalog")
            .arg(&catalog)
            .args(["validate", "--format", "json"]);
        let v = util::json(&util::run(cmd));
        assert_eq!(v["ok"], true, "{v:#}");
        v["problems"][0]["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["check"] == "wrong_answer/from_two.py")
            .map(|c| c["detail"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(detail(), "WA on late");
    std::fs::write(problem.join("problem.yaml"), yaml(3)).unwrap();
    assert_eq!(
        detail(),
        "WA on late",
        "the remembered test did not run first"
    );
    std::fs::write(
        &wrong,
        "n = int(input())\nprint(n * 2 + (n >= 2))\n# edited\n",
    )
    .unwrap();
    assert_eq!(
        detail(),
        "WA on early",
        "an edited solution kept the old memory"
    );
}

/// Every accepted Rust fixture of a function or design problem whose file lets it (no node of
/// its own, no impl for one) compiles against the compiled prelude, as `judge` builds it: the
/// library from `prelude_library`, the solution's `main.rs` linking it. (A harness that failed
/// to link would still give AC, through the pasted prelude, only slower: this proves it links.)
#[test]
fn rust_solutions_link_the_compiled_prelude() {
    use judge::harness::rust as harness;
    let tmp = tempfile::tempdir().unwrap();
    let lib = tmp.path().join("lib.rs");
    std::fs::write(&lib, harness::prelude_library()).unwrap();
    let rlib = tmp.path().join("libjudge_prelude.rlib");
    rustc_ok(
        std::process::Command::new("rustc")
            .args(["-O", "--edition", "2021", "--crate-type", "rlib"])
            .args(["--crate-name", harness::PRELUDE_CRATE, "-o"])
            .arg(&rlib)
            .arg(&lib),
    );
    let catalog = judge::catalog::Catalog::Dir(util::root().join("tests/fixtures/problems"));
    let mut linked = 0;
    for entry in std::fs::read_dir(util::root().join("tests/fixtures/solutions")).unwrap() {
        let dir = entry.unwrap().path();
        let slug = dir.file_name().unwrap().to_string_lossy().to_string();
        let Ok(problem) = catalog.problem(&slug) else {
            continue;
        };
        if matches!(problem.interface, judge::catalog::Interface::Stdio) {
            continue;
        }
        for file in std::fs::read_dir(&dir).unwrap() {
            let file = file.unwrap().path();
            let name = file.file_name().unwrap().to_string_lossy().to_string();
            if !(name.starts_with("ac_") && name.ends_with(".rs")) {
                continue;
            }
            let (copy, defines) = harness::user_copy(&std::fs::read_to_string(&file).unwrap());
            if !defines.links() {
                continue;
            }
            let work = tmp.path().join(format!("{slug}-{name}"));
            std::fs::create_dir(&work).unwrap();
            std::fs::write(work.join(harness::USER_FILE), copy).unwrap();
            let main = harness::generate_main(&problem.interface, &defines, Some("test"));
            std::fs::write(work.join("main.rs"), main).unwrap();
            let out = std::process::Command::new("rustc")
                .args(["--edition", "2021", "--crate-type", "bin", "-o", "solution"])
                .arg("--extern")
                .arg(format!("{}={}", harness::PRELUDE_CRATE, rlib.display()))
                .arg("main.rs")
                .current_dir(&work)
                .output()
                .expect("rustc runs");
            // An impl through an alias links only when pasted: the compile is retried so.
            let alias = name.contains("through_an_alias");
            assert!(
                out.status.success() != alias,
                "{slug}/{name}: linking the compiled prelude should {}:\n{}",
                if alias { "fail" } else { "work" },
                String::from_utf8_lossy(&out.stderr)
            );
            linked += usize::from(!alias);
        }
    }
    // Function problems with lists, trees, node arguments, codecs, an API, in place, designs.
    assert!(linked >= 12, "only {linked} solutions linked");
}
