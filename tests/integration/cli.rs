//! What a person sees: failure details, colours, errors they can act on, the compile cache and
//! the run options.

use std::path::PathBuf;

use crate::util::{self, Judge};

fn sol(problem: &str, file: &str) -> PathBuf {
    util::fixtures().join("solutions").join(problem).join(file)
}

fn run_text(
    judge: &Judge,
    problem: &str,
    file: PathBuf,
    extra: &[&str],
) -> (Option<i32>, String, String) {
    let mut cmd = judge.fixture_cmd();
    cmd.args(["run", problem]).arg(file).args(extra);
    let out = util::run(cmd);
    (out.status.code(), util::stdout(&out), util::stderr(&out))
}

#[test]
fn wrong_answer_shows_input_expected_actual_and_a_diff() {
    let judge = Judge::new();
    let (code, out, _) = run_text(
        &judge,
        "sum-lines",
        sol("sum-lines", "wa_off_by_one.py"),
        &[],
    );
    assert_eq!(code, Some(1));
    for part in [
        "input",
        "expected output",
        "your output",
        "diff",
        "WA",
        "wrong answer",
    ] {
        assert!(out.contains(part), "missing `{part}`:\n{out}");
    }
    assert!(
        out.lines().any(|l| l.contains(" - ")),
        "no removed line:\n{out}"
    );
    assert!(
        out.lines().any(|l| l.contains(" + ")),
        "no added line:\n{out}"
    );
    assert!(!out.contains('\x1b'), "colour without a terminal:\n{out}");
}

#[test]
fn presentation_errors_are_named_and_whitespace_is_visible() {
    let judge = Judge::new();
    let (code, out, _) = run_text(
        &judge,
        "sum-lines",
        sol("sum-lines", "wa_presentation.py"),
        &[],
    );
    assert_eq!(code, Some(1));
    assert!(out.contains("presentation error"), "{out}");
    assert!(out.contains('·'), "spaces are not made visible:\n{out}");
}

#[test]
fn color_always_and_no_color() {
    let judge = Judge::new();
    let file = sol("sum-lines", "wa_off_by_one.py");
    let (_, out, _) = run_text(&judge, "sum-lines", file.clone(), &["--color", "always"]);
    assert!(
        out.contains("\x1b["),
        "--color always gives no colour:\n{out}"
    );
    let mut cmd = judge.fixture_cmd();
    cmd.env("NO_COLOR", "1")
        .args(["run", "sum-lines"])
        .arg(&file);
    assert!(!util::stdout(&util::run(cmd)).contains('\x1b'));
}

#[test]
fn crashes_show_the_traceback_or_panic_message() {
    let judge = Judge::new();
    let (code, out, _) = run_text(
        &judge,
        "sum-lines",
        sol("sum-lines", "re_exception.py"),
        &[],
    );
    assert_eq!(code, Some(1));
    assert!(
        out.contains("Traceback") && out.contains("ValueError"),
        "{out}"
    );
    assert!(
        out.contains("re_exception.py"),
        "the traceback names the user's file:\n{out}"
    );
    assert!(
        !out.contains("_judge_bootstrap"),
        "the harness frame leaks:\n{out}"
    );

    let (code, out, _) = run_text(
        &judge,
        "sum-lines",
        sol("sum-lines", "re_exception.rs"),
        &[],
    );
    assert_eq!(code, Some(1));
    assert!(out.contains("panicked") && out.contains("boom"), "{out}");
}

#[test]
fn compile_errors_show_rustc_text_naming_the_users_file() {
    let judge = Judge::new();
    let (code, out, _) = run_text(
        &judge,
        "sum-lines",
        sol("sum-lines", "ce_type_error.rs"),
        &[],
    );
    assert_eq!(code, Some(1));
    assert!(out.contains("CE") && out.contains("error[E"), "{out}");
    assert!(out.contains("ce_type_error.rs"), "{out}");
}

/// A second run of the same source uses the cached binary and compiles nothing: the one
/// binary in the cache keeps its modification time. (A wrapper named by `JUDGE_RUSTC` would
/// not see the compiles: the judge runs the toolchain's own `rustc` from its sysroot.)
#[test]
fn rust_builds_are_cached_by_source() {
    let judge = Judge::new();
    let file = sol("sum-lines", "ac_simple.rs");
    let run = || {
        let mut cmd = judge.fixture_cmd();
        cmd.args(["run", "sum-lines"])
            .arg(&file)
            .args(["--format", "json"]);
        util::json(&util::run(cmd))
    };
    let binaries = || cache_entries(judge.home.path(), |name| name == "solution");
    let first = run();
    assert_eq!(first["verdict"], "AC");
    assert_eq!(first["compile"]["cached"], false);
    let built = binaries();
    assert_eq!(built.len(), 1, "{built:?}");
    let second = run();
    assert_eq!(second["verdict"], "AC");
    assert_eq!(second["compile"]["cached"], true);
    assert_eq!(binaries(), built, "rustc compiled again");
    // The same file named relatively, from its folder: one file, one compile.
    let mut cmd = judge.fixture_cmd();
    cmd.current_dir(file.parent().unwrap()).args([
        "run",
        "sum-lines",
        "./ac_simple.rs",
        "--format",
        "json",
    ]);
    let relative = util::json(&util::run(cmd));
    assert_eq!(relative["compile"]["cached"], true, "{relative:#}");
    assert_eq!(binaries(), built, "rustc compiled again");
}

/// A function solution found compiled in the cache needs nothing else: not the compiled
/// prelude's file (deleted here), nor its build, nor another compile of the solution.
#[test]
fn a_cached_linked_solution_needs_no_prelude_library() {
    let judge = Judge::new();
    let run = || {
        let mut cmd = judge.fixture_cmd();
        cmd.args(["run", "fn-two-sum"])
            .arg(sol("fn-two-sum", "ac_leetcode.rs"))
            .args(["--format", "json"]);
        util::json(&util::run(cmd))
    };
    let libraries = || cache_entries(judge.home.path(), |name| name.starts_with("prelude-"));
    let binaries = || cache_entries(judge.home.path(), |name| name == "solution");
    let first = run();
    assert_eq!(first["verdict"], "AC", "{first:#}");
    assert_eq!(first["compile"]["cached"], false);
    let built = binaries();
    assert_eq!(built.len(), 1, "{built:?}");
    let library = libraries();
    assert_eq!(library.len(), 1, "{library:?}");
    std::fs::remove_dir_all(&library[0].0).unwrap();

    let second = run();
    assert_eq!(second["verdict"], "AC", "{second:#}");
    assert_eq!(second["compile"]["cached"], true);
    assert_eq!(binaries(), built, "the solution was compiled again");
    assert!(libraries().is_empty(), "the library was built again");
}

/// The entries under `dir` (at any depth) whose name `wanted`, with their modification times.
fn cache_entries(
    dir: &std::path::Path,
    wanted: impl Fn(&str) -> bool + Copy,
) -> Vec<(std::path::PathBuf, std::time::SystemTime)> {
    let mut found = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = e.path();
        if wanted(&e.file_name().to_string_lossy()) {
            let modified = e.metadata().and_then(|m| m.modified()).unwrap();
            found.push((path, modified));
        } else if path.is_dir() {
            found.extend(cache_entries(&path, wanted));
        }
    }
    found.sort();
    found
}

#[test]
fn samples_filter_and_fail_fast() {
    let judge = Judge::new();
    let file = sol("sum-lines", "ac_simple.py");
    let mut cmd = judge.fixture_cmd();
    cmd.args(["run", "sum-lines"])
        .arg(&file)
        .args(["--samples", "--format", "json"]);
    let v = util::json(&util::run(cmd));
    let tests = v["tests"].as_array().unwrap();
    assert!(
        !tests.is_empty() && tests.iter().all(|t| t["hidden"] == false),
        "{v:#}"
    );

    let mut cmd = judge.fixture_cmd();
    cmd.args(["run", "sum-lines"])
        .arg(&file)
        .args(["--filter", "sample-2", "--format", "json"]);
    let v = util::json(&util::run(cmd));
    assert_eq!(v["total"], 1, "{v:#}");
    assert_eq!(v["tests"][0]["name"], "sample-2");

    let mut cmd = judge.fixture_cmd();
    cmd.args(["run", "sum-lines"])
        .arg(&file)
        .args(["--filter", "no-such-test"]);
    let out = util::run(cmd);
    assert_eq!(out.status.code(), Some(2), "{}", util::stderr(&out));

    // With one job and --fail-fast, nothing after the first failure runs.
    let mut cmd = judge.fixture_cmd();
    cmd.args(["run", "sum-lines"])
        .arg(sol("sum-lines", "re_exit_code.py"))
        .args(["--fail-fast", "--jobs", "1", "--format", "json"]);
    let v = util::json(&util::run(cmd));
    assert_eq!(v["verdict"], "RE");
    assert_eq!(v["tests"].as_array().unwrap().len(), 1, "{v:#}");
    assert!(v["skipped"].as_u64().unwrap() >= 1);
}

#[test]
fn tests_are_reported_in_test_order() {
    let judge = Judge::new();
    let mut cmd = judge.cmd();
    cmd.args(["run", "range-sum-queries"])
        .arg(util::root().join("problems/range-sum-queries/solutions/accepted/prefix_sums.py"))
        .args(["--format", "json", "--jobs", "4"]);
    let v = util::json(&util::run(cmd));
    let names: Vec<&str> = v["tests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    let mut show = judge.cmd();
    show.args(["show", "range-sum-queries", "--format", "json"]);
    assert_eq!(v["total"].as_u64().unwrap() as usize, names.len());
    assert_eq!(
        names[0],
        util::json(&util::run(show))["samples"][0]["name"]
            .as_str()
            .unwrap()
    );
}

#[test]
fn errors_people_can_act_on() {
    let judge = Judge::new();
    let ac = sol("sum-lines", "ac_simple.py");
    type Case<'a> = (Vec<String>, Vec<(&'a str, &'a str)>, &'a str);
    let cases: Vec<Case> = vec![
        (
            vec!["run".into(), "sum-line".into(), ac.display().to_string()],
            vec![],
            "did you mean `sum-lines`",
        ),
        (
            vec!["run".into(), "sum-lines".into(), "solution.java".into()],
            vec![],
            "not found",
        ),
        (
            vec![
                "run".into(),
                "sum-lines".into(),
                util::fixtures()
                    .join("broken/README.md")
                    .display()
                    .to_string(),
            ],
            vec![],
            "unsupported file type `.md`",
        ),
        (
            vec!["run".into(), "sum-lines".into(), ac.display().to_string()],
            vec![("JUDGE_PYTHON", "/nonexistent/python3")],
            "/nonexistent/python3",
        ),
        (
            vec![
                "run".into(),
                "sum-lines".into(),
                sol("sum-lines", "ac_simple.rs").display().to_string(),
            ],
            vec![("JUDGE_RUSTC", "/nonexistent/rustc")],
            "/nonexistent/rustc",
        ),
        (
            vec!["show".into(), "nope".into()],
            vec![],
            "unknown problem `nope`",
        ),
    ];
    for (args, env, want) in cases {
        let mut cmd = judge.fixture_cmd();
        cmd.args(&args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = util::run(cmd);
        let err = util::stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.starts_with("error: "), "{args:?}: {err}");
        assert!(err.contains(want), "{args:?}: want `{want}` in:\n{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    // Without python3 on PATH the error says what to install.
    let mut cmd = judge.fixture_cmd();
    cmd.env("PATH", "/nonexistent")
        .args(["run", "sum-lines"])
        .arg(&ac);
    let err = util::stderr(&util::run(cmd));
    assert!(
        err.contains("python3 not found") && err.contains("install Python 3"),
        "{err}"
    );
}

#[test]
fn help_has_examples_and_exit_codes() {
    let judge = Judge::new();
    let mut cmd = judge.cmd();
    cmd.arg("--help");
    let out = util::stdout(&util::run(cmd));
    assert!(
        out.contains("Examples:") && out.contains("Exit codes:"),
        "{out}"
    );
    let mut cmd = judge.cmd();
    cmd.args(["run", "--help"]);
    assert!(util::stdout(&util::run(cmd)).contains("judge run range-sum-queries"));
}

#[test]
fn signature_errors_say_what_was_expected() {
    let judge = Judge::new();
    let cases = [
        (
            "fn-two-sum",
            "ce_misspelled_method.py",
            &["twoSum", "did you mean twoSums"][..],
        ),
        (
            "fn-two-sum",
            "ce_wrong_arity.py",
            &["takes 1 parameter", "passes 2 (nums, target)"][..],
        ),
        (
            "fn-two-sum",
            "ce_no_solution_class.py",
            &["no class Solution", "Soluton"][..],
        ),
        (
            "design-min-stack",
            "ce_missing_method.py",
            &["getMin", "did you mean get_min"][..],
        ),
        (
            "fn-two-sum",
            "ce_misspelled_method.rs",
            &["two_sum", "error[E0599]"][..],
        ),
    ];
    for (problem, file, wants) in cases {
        let (code, out, _) = run_text(&judge, problem, sol(problem, file), &[]);
        assert_eq!(code, Some(1), "{file}: {out}");
        assert!(out.contains("CE"), "{file}: {out}");
        for want in wants {
            assert!(out.contains(want), "{file}: want `{want}` in:\n{out}");
        }
        assert!(
            !out.contains("Traceback"),
            "{file}: a signature error is not a crash:\n{out}"
        );
    }
}

#[test]
fn function_failures_show_the_result_the_call_and_printed_output() {
    let judge = Judge::new();
    // A wrong tree: input, expected and actual trees in LeetCode's encoding.
    let (code, out, _) = run_text(
        &judge,
        "fn-invert-tree",
        sol("fn-invert-tree", "wa_only_root.py"),
        &[],
    );
    assert_eq!(code, Some(1));
    assert!(out.contains("root = [4,2,7,1,3,6,9]"), "{out}");
    assert!(
        out.contains("your result") && out.contains("[4,7,2,9,6,3,1]") || out.contains("9,"),
        "{out}"
    );

    // A design sequence: the first diverging call, by index, with its arguments.
    let (code, out, _) = run_text(
        &judge,
        "design-min-stack",
        sol("design-min-stack", "wa_min_not_restored.rs"),
        &[],
    );
    assert_eq!(code, Some(1));
    assert!(
        out.contains("call 7: getMin(): expected -2, got -3"),
        "{out}"
    );
    assert!(out.contains("first difference"), "{out}");

    // A call that raises names the call.
    let (_, out, _) = run_text(
        &judge,
        "design-min-stack",
        sol("design-min-stack", "re_pop_raises.py"),
        &[],
    );
    assert!(out.contains("call 5 `pop` failed"), "{out}");
    assert!(
        out.contains("RuntimeError: pop is not implemented yet"),
        "{out}"
    );
    assert!(
        !out.contains("harness.py"),
        "harness frames leak into the traceback:\n{out}"
    );

    // What a wrong solution printed is shown apart from its result.
    let (_, out, _) = run_text(
        &judge,
        "fn-two-sum",
        sol("fn-two-sum", "ac_debug_print.py"),
        &[],
    );
    assert!(out.contains("AC"), "{out}");
    let dir = judge.home.path().join("wa-print");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("wa_print.py");
    std::fs::write(&file, "class Solution:\n    def twoSum(self, nums, target):\n        print('checking', nums)\n        return [0, 0]\n").unwrap();
    let (code, out, _) = run_text(&judge, "fn-two-sum", file, &[]);
    assert_eq!(code, Some(1));
    assert!(
        out.contains("your stdout") && out.contains("checking [2, 7, 11, 15]"),
        "{out}"
    );
}

/// The starter file for every problem of the built-in catalog compiles (Rust) or loads
/// (Python), and a run on it is a wrong answer, never CE.
#[test]
fn starter_files_run_and_get_wrong_answer() {
    let judge = Judge::new();
    let dir = judge.home.path().join("starters");
    std::fs::create_dir_all(&dir).unwrap();
    for slug in [
        "two-sum",
        "invert-binary-tree",
        "lru-cache",
        "range-sum-queries",
    ] {
        for lang in ["py", "rs"] {
            let file = dir.join(format!("{slug}.{lang}"));
            let mut cmd = judge.cmd();
            cmd.args(["new", slug, "--lang", lang, "-o"]).arg(&file);
            let out = util::run(cmd);
            assert_eq!(out.status.code(), Some(0), "{}", util::stderr(&out));
            let text = std::fs::read_to_string(&file).unwrap();
            assert!(text.contains("judge run"), "{text}");
            let mut cmd = judge.cmd();
            cmd.args(["run", slug])
                .arg(&file)
                .args(["--format", "json"]);
            let v = util::json(&util::run(cmd));
            assert_eq!(v["verdict"], "WA", "{slug}.{lang}: {v:#}\n{text}");
        }
    }
    // It refuses to overwrite without --force.
    let file = dir.join("two-sum.py");
    let mut cmd = judge.cmd();
    cmd.args(["new", "two-sum", "-o"]).arg(&file);
    let out = util::run(cmd);
    assert_eq!(out.status.code(), Some(2));
    assert!(util::stderr(&out).contains("--force"));
    let mut cmd = judge.cmd();
    cmd.args(["new", "two-sum", "--force", "-o"]).arg(&file);
    assert_eq!(util::run(cmd).status.code(), Some(0));
}

/// `judge new` writes LeetCode's signature for every problem kind of the model (in-place answers,
/// lists with a cycle, node arguments, codecs, provided APIs, randomised designs, graph nodes):
/// each stub compiles or loads and gets WA, never CE or IE. Kinds that LeetCode offers in Python
/// only are refused for Rust with the reason.
#[test]
fn starter_files_of_every_problem_kind_run_and_get_wrong_answer() {
    let judge = Judge::new();
    let dir = judge.home.path().join("kinds");
    std::fs::create_dir_all(&dir).unwrap();
    let kinds = [
        ("rotate-array", true),
        ("reorder-list", true),
        ("linked-list-cycle", false),
        ("lowest-common-ancestor-of-a-binary-search-tree", true),
        ("serialize-and-deserialize-binary-tree", true),
        ("first-bad-version", true),
        ("insert-delete-getrandom-o1", true),
        ("clone-graph", false),
    ];
    for (slug, has_rust) in kinds {
        for lang in ["py", "rs"] {
            let file = dir.join(format!("{slug}.{lang}"));
            let mut cmd = judge.cmd();
            cmd.args(["new", slug, "--lang", lang, "-o"]).arg(&file);
            let out = util::run(cmd);
            if lang == "rs" && !has_rust {
                assert_eq!(out.status.code(), Some(2), "{slug}: {}", util::stderr(&out));
                assert!(
                    util::stderr(&out).contains("has no Rust version"),
                    "{slug}: {}",
                    util::stderr(&out)
                );
                continue;
            }
            assert_eq!(out.status.code(), Some(0), "{slug}: {}", util::stderr(&out));
            let text = std::fs::read_to_string(&file).unwrap();
            let mut cmd = judge.cmd();
            cmd.args(["run", slug])
                .arg(&file)
                .args(["--format", "json"]);
            let v = util::json(&util::run(cmd));
            assert_eq!(v["verdict"], "WA", "{slug}.{lang}: {v:#}\n{text}");
        }
    }
}

#[test]
fn hidden_wrong_answers_show_their_verdict_not_their_data() {
    let j = Judge::new();
    let mut cmd = j.fixture_cmd();
    cmd.args(["run", "fn-two-sum"])
        .arg(sol("fn-two-sum", "wa_first_two.py"))
        .args(["--format", "json"]);
    let out = util::run(cmd);
    let report = util::json(&out);
    let tests = report["tests"].as_array().unwrap();
    let hidden_wa: Vec<_> = tests
        .iter()
        .filter(|t| t["hidden"] == true && t["verdict"] == "WA")
        .collect();
    assert!(!hidden_wa.is_empty(), "{report}");
    for t in hidden_wa {
        assert_eq!(t["detail"], "hidden test: only the verdict is shown", "{t}");
    }
    // A sample's wrong answer says what differs.
    let sample = tests
        .iter()
        .find(|t| t["hidden"] == false && t["verdict"] == "WA")
        .expect("a sample fails too");
    assert!(
        sample["detail"].as_str().unwrap().contains("expected"),
        "{sample}"
    );
}

/// SortedList without an import gets AC when sortedcontainers is installed for the interpreter
/// that runs solutions (`.ci/run` installs it); `judge doctor` says whether it is.
#[test]
fn sorted_list_without_an_import_when_installed() {
    let judge = Judge::new();
    let mut cmd = judge.cmd();
    cmd.args(["doctor", "--format", "json"]);
    let doctor = util::json(&util::run(cmd));
    let installed = doctor["python"]["packages"]["sortedcontainers"].as_bool();
    assert!(
        installed.is_some(),
        "doctor reports the package: {doctor:#}"
    );
    let mut cmd = judge.fixture_cmd();
    cmd.args(["run", "fn-two-sum"])
        .arg(util::fixtures().join("leetcode-python/two_sum_sorted_list.py"))
        .args(["--format", "json"]);
    let v = util::json(&util::run(cmd));
    if installed == Some(true) {
        assert_eq!(v["verdict"], "AC", "{v:#}");
    } else {
        eprintln!("sortedcontainers is not installed for the judge's python3: expecting RE");
        assert_eq!(v["verdict"], "RE", "{v:#}");
    }
}

/// With `--fail-fast`, the failure reported is the first failing test in test order, whatever
/// finishes first: a slow wrong answer on test 2 beats a quick crash on test 3, every time.
#[test]
fn fail_fast_reports_the_first_failure_in_test_order() {
    let judge = Judge::new();
    let catalog = judge.home.path().join("catalog");
    let problem = catalog.join("order");
    std::fs::create_dir_all(&problem).unwrap();
    std::fs::write(
        problem.join("problem.yaml"),
        "format_version: 1\ntitle: Order\ndifficulty: easy\ntags: [math]\nstatement: Echo.\n\
         limits: {time: 2s}\ntests:\n  - {name: t1, sample: true, input: \"1\\n\", output: \"1\\n\"}\n\
         \x20 - {name: t2, input: \"2\\n\", output: \"2\\n\"}\n  - {name: t3, input: \"3\\n\", output: \"3\\n\"}\n",
    )
    .unwrap();
    let sol = judge.home.path().join("order.py");
    std::fs::write(
        &sol,
        "import time\nn = int(input())\nif n == 2:\n    while time.process_time() < 0.4:\n        pass\n    print(99)\n\
         elif n == 3:\n    raise SystemExit(3)\nelse:\n    print(n)\n",
    )
    .unwrap();
    for _ in 0..3 {
        let mut cmd = judge.cmd();
        cmd.arg("--catalog")
            .arg(&catalog)
            .args(["run", "order"])
            .arg(&sol)
            .args(["--fail-fast", "--jobs", "2", "--format", "json"]);
        let v = util::json(&util::run(cmd));
        assert_eq!(v["verdict"], "WA", "{v:#}");
        let failed: Vec<_> = v["tests"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| t["verdict"] != "AC")
            .map(|t| t["name"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(failed, ["t2"], "{v:#}");
    }
}

/// In `--format json`, a failed visible test's `detail` ends with the end of the solution's
/// stderr (the traceback), bounded and with control characters made visible; a hidden test's
/// never does (hardening issue, item 14).
#[test]
fn json_detail_carries_the_stderr_tail_of_a_visible_failure_only() {
    let judge = Judge::new();
    let catalog = judge.home.path().join("catalog");
    let problem = catalog.join("crash");
    std::fs::create_dir_all(&problem).unwrap();
    std::fs::write(
        problem.join("problem.yaml"),
        "format_version: 1\ntitle: Crash\ndifficulty: easy\ntags: [math]\nstatement: Echo.\n\
         tests:\n  - {name: visible, sample: true, input: \"1\\n\", output: \"1\\n\"}\n\
         \x20 - {name: secret, input: \"2\\n\", output: \"2\\n\"}\n",
    )
    .unwrap();
    let sol = judge.home.path().join("crash.py");
    std::fs::write(
        &sol,
        "import sys\nn = int(input())\nfor i in range(100):\n    print('noise', i, file=sys.stderr)\n\
         print('\\x1b[2J', file=sys.stderr)\nraise ValueError(f'boom {n}')\n",
    )
    .unwrap();
    let mut cmd = judge.cmd();
    cmd.arg("--catalog")
        .arg(&catalog)
        .args(["run", "crash"])
        .arg(&sol)
        .args(["--format", "json"]);
    let v = util::json(&util::run(cmd));
    let detail = |name: &str| {
        v["tests"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["name"] == name)
            .and_then(|t| t["detail"].as_str())
            .unwrap_or_else(|| panic!("no detail for {name}: {v:#}"))
            .to_string()
    };
    let visible = detail("visible");
    let lines: Vec<&str> = visible.lines().collect();
    assert_eq!(lines[0], "exit code 1", "{visible}");
    assert_eq!(lines[1], "stderr (last lines):", "{visible}");
    assert_eq!(lines.last(), Some(&"ValueError: boom 1"), "{visible}");
    assert!(
        lines.len() <= 2 + 20,
        "at most 20 lines of stderr: {visible}"
    );
    assert!(
        visible.len() <= 2048 + 64,
        "at most 2 KiB of stderr: {visible}"
    );
    assert!(visible.contains("\\x1b[2J"), "escaped: {visible}");
    assert!(!visible.contains('\x1b'), "no raw escape: {visible:?}");
    assert!(!visible.contains("noise 0\n"), "cut to the tail: {visible}");
    assert_eq!(
        detail("secret"),
        "exit code 1",
        "nothing of a hidden test's stderr"
    );
}
