//! `judge check` end to end, on a practice repository built in a temporary folder: discovery by
//! convention and by `judge.yaml` (with a problem of the repository's own), the table, JSON and
//! JUnit reports checked against each other and against the problems' test counts, exit codes,
//! partitions, `--changed-since` through git, GitHub annotations, and usage errors.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

use crate::util::{self, Judge};

/// The reference solution of a built-in problem.
fn reference(slug: &str, category: &str, file: &str) -> String {
    let path = util::root()
        .join("problems")
        .join(slug)
        .join("solutions")
        .join(category)
        .join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// Tests of the repository's own problem, `echo-sum`.
const ECHO_SUM_TESTS: usize = 3;

const MANIFEST: &str = "\
version: 1
problems: problems/
solutions:
  - {file: interview/acme.py, problem: echo-sum}
  - {glob: \"weekly/*.py\", problem: echo-sum}
ignore: [scratch]
";

/// A practice repository, committed: what each solution must get, by path.
fn practice_repo() -> (tempfile::TempDir, BTreeMap<&'static str, &'static str>) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    // Found by the naming convention, in both languages.
    write(
        root,
        "two-sum.py",
        &reference("two-sum", "accepted", "hash_map.py"),
    );
    write(
        root,
        "solutions/climbing_stairs.rs",
        &reference("climbing-stairs", "accepted", "two_variables.rs"),
    );
    write(
        root,
        "valid-parentheses/solution.py",
        &reference(
            "valid-parentheses",
            "wrong_answer",
            "forgets_open_brackets.py",
        ),
    );
    // A compile error on line 3.
    let mut broken: Vec<String> = reference("binary-search", "accepted", "bisect.rs")
        .lines()
        .map(str::to_string)
        .collect();
    broken.insert(2, "        let wrong: String = 5;".to_string());
    write(root, "binary-search.rs", &(broken.join("\n") + "\n"));
    // The repository's own problem, and solutions placed by judge.yaml.
    write(root, "judge.yaml", MANIFEST);
    write(
        root,
        "problems/echo-sum/problem.yaml",
        "format_version: 1\ntitle: Echo Sum\ndifficulty: easy\n\
         statement: Print the sum of the two numbers.\ntests:\n  \
         - {name: sample-1, sample: true, input: \"1 2\\n\", output: \"3\\n\"}\n  \
         - {name: zero, input: \"0 0\\n\", output: \"0\\n\"}\n  \
         - {name: negative, input: \"-5 2\\n\", output: \"-3\\n\"}\n",
    );
    write(
        root,
        "interview/acme.py",
        "print(sum(map(int, input().split())))\n",
    );
    write(
        root,
        "weekly/wrong.py",
        "print(sum(map(abs, map(int, input().split()))))\n",
    );
    // Files that are not solutions: one reported, the others not at all.
    write(root, "two-sums.py", "print()\n");
    write(root, "scratch/two-sum.py", "print()\n");
    write(root, "venv/lib/two_sum.py", "print()\n");
    write(root, "tests/test_two_sum.py", "print()\n");
    write(root, "notes.md", "# notes\n");
    git(root, &["init", "-q"]);
    git(root, &["add", "-A"]);
    git(root, &["commit", "-q", "-m", "practice"]);
    let expected = BTreeMap::from([
        ("binary-search.rs", "CE"),
        ("interview/acme.py", "AC"),
        ("solutions/climbing_stairs.rs", "AC"),
        ("two-sum.py", "AC"),
        ("valid-parentheses/solution.py", "WA"),
        ("weekly/wrong.py", "WA"),
    ]);
    (dir, expected)
}

/// git without depending on the machine's git configuration.
fn git(root: &Path, args: &[&str]) {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args([
            "-c",
            "user.email=judge@example.com",
            "-c",
            "user.name=judge",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `judge check` in `root` (as the current folder, so paths are shown relative to it).
fn check(judge: &Judge, root: &Path, args: &[&str]) -> Output {
    let mut cmd = judge.cmd();
    cmd.current_dir(root)
        .env_remove("GITHUB_ACTIONS")
        .arg("check")
        .args(args);
    util::run(cmd)
}

fn check_json(judge: &Judge, root: &Path, args: &[&str]) -> (Option<i32>, Value) {
    let mut all = vec!["--format", "json"];
    if !args.contains(&"--jobs") {
        all.extend(["--jobs", "2"]);
    }
    all.extend_from_slice(args);
    let out = check(judge, root, &all);
    (out.status.code(), util::json(&out))
}

fn files(doc: &Value) -> BTreeSet<String> {
    doc["solutions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["file"].as_str().unwrap().to_string())
        .collect()
}

/// The number of tests of a built-in problem, as `judge show` counts them.
fn test_count(judge: &Judge, slug: &str) -> usize {
    let mut cmd = judge.cmd();
    cmd.args(["show", slug, "--format", "json"]);
    util::json(&util::run(cmd))["tests"].as_u64().unwrap() as usize
}

#[test]
fn check_judges_a_repository_and_its_reports_agree() {
    let judge = Judge::new();
    let (dir, expected) = practice_repo();
    let root = dir.path();
    let junit_path = judge.home.path().join("reports/junit.xml");

    let (code, doc) = check_json(&judge, root, &["--junit", junit_path.to_str().unwrap()]);
    assert_eq!(code, Some(1), "{doc:#}");
    assert_eq!(doc["ok"], false);
    let solutions = doc["solutions"].as_array().unwrap();
    let got: BTreeMap<&str, &str> = solutions
        .iter()
        .map(|s| {
            (
                s["file"].as_str().unwrap(),
                s["verdict"].as_str().unwrap_or("null"),
            )
        })
        .collect();
    assert_eq!(got, expected, "{doc:#}");
    let by_file = |f: &str| solutions.iter().find(|s| s["file"] == f).unwrap();
    assert_eq!(by_file("interview/acme.py")["found_by"], "manifest");
    assert_eq!(by_file("interview/acme.py")["problem"], "echo-sum");
    assert_eq!(by_file("weekly/wrong.py")["problem"], "echo-sum");
    assert_eq!(by_file("two-sum.py")["found_by"], "convention");
    assert_eq!(by_file("solutions/climbing_stairs.rs")["language"], "rust");
    assert!(by_file("binary-search.rs")["compile_error"]
        .as_str()
        .unwrap()
        .contains("error[E0308]"));
    assert_eq!(
        doc["summary"],
        serde_json::json!({"solutions": 6, "accepted": 3, "not_accepted": 3, "not_run": 0, "skipped": 1})
    );
    // Only the near miss is reported; scratch/ (ignored), venv/, tests/ and notes.md are not.
    let skipped = doc["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 1, "{doc:#}");
    assert_eq!(skipped[0]["file"], "two-sums.py");
    assert_eq!(skipped[0]["suggestion"], "two-sum");

    // Each file ran every test of its problem.
    for s in solutions {
        let problem = s["problem"].as_str().unwrap();
        let total = if problem == "echo-sum" {
            ECHO_SUM_TESTS
        } else {
            test_count(&judge, problem)
        };
        assert_eq!(s["total"], total, "{}", s["file"]);
        let ran = if s["verdict"] == "CE" { 0 } else { total };
        assert_eq!(s["tests"].as_array().unwrap().len(), ran, "{}", s["file"]);
        assert_eq!(s["not_run"], total - ran, "{}", s["file"]);
    }

    // The JUnit report says the same: a suite per file, a case per test, a failure per test
    // that did not pass.
    let xml = std::fs::read_to_string(&junit_path).unwrap();
    let parsed = roxmltree::Document::parse(&xml).unwrap();
    let suites: Vec<roxmltree::Node> = parsed
        .descendants()
        .filter(|n| n.has_tag_name("testsuite"))
        .collect();
    assert_eq!(suites.len(), solutions.len());
    let mut all_cases = 0;
    let mut all_failures = 0;
    for suite in &suites {
        let name = suite.attribute("name").unwrap();
        let s = by_file(name);
        let cases: Vec<roxmltree::Node> = suite
            .children()
            .filter(|n| n.has_tag_name("testcase"))
            .collect();
        let failures: Vec<roxmltree::Node> = cases
            .iter()
            .filter_map(|c| c.children().find(|n| n.has_tag_name("failure")))
            .collect();
        let total = s["total"].as_u64().unwrap() as usize;
        let passed = s["passed"].as_u64().unwrap() as usize;
        assert_eq!(cases.len(), total, "{name}");
        assert_eq!(suite.attribute("tests"), Some(total.to_string().as_str()));
        assert_eq!(failures.len(), total - passed, "{name}");
        assert_eq!(
            suite.attribute("failures"),
            Some((total - passed).to_string().as_str()),
            "{name}"
        );
        let verdict = s["verdict"].as_str().unwrap();
        for f in &failures {
            assert_eq!(f.attribute("type"), Some(verdict), "{name}");
        }
        if verdict == "WA" {
            // The first failing test carries its first difference.
            let first = s["tests"]
                .as_array()
                .unwrap()
                .iter()
                .find(|t| t["verdict"] == "WA")
                .unwrap();
            let case = cases
                .iter()
                .find(|c| c.attribute("name") == first["name"].as_str())
                .unwrap();
            let failure = case.children().find(|n| n.has_tag_name("failure")).unwrap();
            let message = failure.attribute("message").unwrap();
            assert!(
                message.starts_with("wrong answer: ")
                    && message.contains(first["detail"].as_str().unwrap()),
                "{message}"
            );
        }
        if verdict == "CE" {
            let err = suite
                .children()
                .find(|n| n.has_tag_name("system-err"))
                .and_then(|n| n.text())
                .unwrap_or("");
            assert!(err.contains("error[E0308]"), "{err}");
        }
        all_cases += cases.len();
        all_failures += failures.len();
    }
    let root_node = parsed.root_element();
    assert_eq!(root_node.tag_name().name(), "testsuites");
    assert_eq!(
        root_node.attribute("tests"),
        Some(all_cases.to_string().as_str())
    );
    assert_eq!(
        root_node.attribute("failures"),
        Some(all_failures.to_string().as_str())
    );

    // The table: a row per file, the near miss, the summary; no colour without a terminal.
    let out = check(&judge, root, &["--jobs", "2"]);
    assert_eq!(out.status.code(), Some(1));
    let text = util::stdout(&out);
    for (file, verdict) in &expected {
        let row = text
            .lines()
            .find(|l| l.starts_with(&format!("{file} ")))
            .unwrap_or_else(|| panic!("no row for {file}:\n{text}"));
        assert!(row.contains(&format!(" {verdict} ")), "{row}");
    }
    assert!(text.contains("did you mean `two-sum`?"), "{text}");
    assert!(
        text.contains("6 solutions: 3 accepted, 3 not accepted (1 CE, 2 WA) · 1 not checked"),
        "{text}"
    );
    assert!(
        text.contains("judge run binary-search binary-search.rs"),
        "{text}"
    );
    assert!(!text.contains('\x1b'), "{text}");
    assert!(
        !text.contains("::error"),
        "annotations outside GitHub:\n{text}"
    );

    // All accepted: exit 0.
    let (code, doc) = check_json(&judge, root, &["--filter", "climbing"]);
    assert_eq!(code, Some(0), "{doc:#}");
    assert_eq!(doc["ok"], true);
    assert_eq!(
        files(&doc),
        BTreeSet::from(["solutions/climbing_stairs.rs".into()])
    );
}

#[test]
fn partitions_changed_since_fail_fast_and_annotations() {
    let judge = Judge::new();
    let (dir, expected) = practice_repo();
    let root = dir.path();
    let all: BTreeSet<String> = expected.keys().map(|k| k.to_string()).collect();

    // Two partitions: disjoint, covering everything, the near miss reported once.
    let (_, one) = check_json(&judge, root, &["--partition", "1/2"]);
    let (_, two) = check_json(&judge, root, &["--partition", "count:2/2"]);
    let (a, b) = (files(&one), files(&two));
    assert!(a.is_disjoint(&b), "{a:?} {b:?}");
    assert_eq!(a.union(&b).cloned().collect::<BTreeSet<_>>(), all);
    assert_eq!(a.len(), 3);
    assert_eq!(one["skipped"].as_array().unwrap().len(), 1);
    assert_eq!(two["skipped"].as_array().unwrap().len(), 0);
    assert_eq!(one["selection"]["partition"], "1/2");

    // Nothing changed since HEAD: nothing to check, exit 0.
    let (code, doc) = check_json(&judge, root, &["--changed-since", "HEAD"]);
    assert_eq!((code, files(&doc).len()), (Some(0), 0), "{doc:#}");
    // One solution changed: only it is judged.
    let path = root.join("two-sum.py");
    let text = std::fs::read_to_string(&path).unwrap() + "# a second look\n";
    std::fs::write(&path, text).unwrap();
    let (code, doc) = check_json(&judge, root, &["--changed-since", "HEAD"]);
    assert_eq!(code, Some(0), "{doc:#}");
    assert_eq!(files(&doc), BTreeSet::from(["two-sum.py".into()]));
    assert_eq!(doc["solutions"][0]["verdict"], "AC");
    // A new file, and a changed repository problem: its solutions count as changed.
    git(root, &["commit", "-q", "-am", "second look"]);
    write(
        root,
        "climbing-stairs.py",
        &reference("climbing-stairs", "accepted", "two_variables.py"),
    );
    write(root, "problems/echo-sum/statement.md", "Print the sum.\n");
    let (_, doc) = check_json(&judge, root, &["--changed-since", "HEAD"]);
    assert_eq!(
        files(&doc),
        BTreeSet::from([
            "climbing-stairs.py".into(),
            "interview/acme.py".into(),
            "weekly/wrong.py".into()
        ])
    );

    // --fail-fast with one file at a time: the first file (binary-search.rs, CE) stops it.
    let (code, doc) = check_json(&judge, root, &["--fail-fast", "--jobs", "1"]);
    assert_eq!(code, Some(1));
    let verdicts: Vec<&Value> = doc["solutions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| &s["verdict"])
        .collect();
    assert_eq!(verdicts[0], "CE", "{doc:#}");
    assert!(verdicts[1..].iter().all(|v| v.is_null()), "{doc:#}");
    assert_eq!(doc["summary"]["not_run"], verdicts.len() - 1);

    // On GitHub: an error on the compile error's line and column, on line 1 for a wrong
    // answer, a warning for the near miss; escaped as GitHub requires.
    let mut cmd = judge.cmd();
    cmd.current_dir(root)
        .env("GITHUB_ACTIONS", "true")
        .args(["check", "--jobs", "2"]);
    let out = util::run(cmd);
    assert_eq!(out.status.code(), Some(1));
    let stdout = util::stdout(&out);
    let lines: Vec<&str> = stdout.lines().filter(|l| l.starts_with("::")).collect();
    let ce = lines
        .iter()
        .find(|l| l.starts_with("::error file=binary-search.rs,"))
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(
        ce.starts_with("::error file=binary-search.rs,line=3,col=")
            && ce.contains(",title=binary-search%3A CE (compilation error)::")
            && ce.contains("E0308"),
        "{ce}"
    );
    let wa = lines
        .iter()
        .find(|l| l.starts_with("::error file=valid-parentheses/solution.py,"))
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(
        wa.starts_with("::error file=valid-parentheses/solution.py,line=1,title=valid-parentheses%3A WA (wrong answer)::test "),
        "{wa}"
    );
    assert!(
        wa.contains("%0A`judge run valid-parentheses valid-parentheses/solution.py`"),
        "{wa}"
    );
    assert!(
        lines.contains(
            &"::warning file=two-sums.py,line=1,title=not checked by judge::no problem `two-sums` in the catalog; did you mean `two-sum`?"
        ),
        "{stdout}"
    );
    assert!(
        !lines.iter().any(|l| l.contains("file=two-sum.py,")),
        "an accepted file is annotated:\n{stdout}"
    );
}

#[test]
fn bad_manifests_and_options_are_usage_errors() {
    let judge = Judge::new();
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "two-sum.py",
        &reference("two-sum", "accepted", "hash_map.py"),
    );
    let usage = |args: &[&str], want: &[&str]| {
        let out = check(&judge, root, args);
        let err = util::stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        for w in want {
            assert!(err.contains(w), "{args:?}: want `{w}` in:\n{err}");
        }
        assert!(!err.contains("panicked"), "{err}");
    };

    write(
        root,
        "judge.yaml",
        "version: 1\nsolution:\n  - {file: two-sum.py, problem: two-sum}\n",
    );
    usage(
        &[],
        &[
            "error: judge.yaml:2:1: unknown field `solution`",
            "did you mean `solutions`?",
        ],
    );
    write(
        root,
        "judge.yaml",
        "version: 1\nsolutions:\n  - {file: two-sum.py, problem: two-sums}\n",
    );
    usage(
        &[],
        &[
            "judge.yaml:3:",
            "unknown problem `two-sums`",
            "did you mean `two-sum`?",
        ],
    );
    write(root, "judge.yaml", "version: 1\nproblems: mine\n");
    usage(&[], &["judge.yaml:2:11: problem folder `mine` not found"]);
    write(root, "judge.yaml", "version: 3\n");
    usage(&[], &["judge.yaml:1:10", "newer judge"]);
    std::fs::remove_file(root.join("judge.yaml")).unwrap();

    usage(&["--partition", "3/2"], &["--partition", "K/N"]);
    usage(&["--partition", "0/2"], &["K/N"]);
    usage(
        &["--changed-since", "HEAD"],
        &["--changed-since HEAD", "not a git repository"],
    );
    git(root, &["init", "-q"]);
    usage(
        &["--changed-since", "no-such-rev"],
        &["git knows no revision `no-such-rev`"],
    );
    usage(&["no-such-folder"], &["no-such-folder is not a folder"]);
    let empty = tempfile::tempdir().unwrap();
    write(empty.path(), "twosum.py", "print()\n");
    usage(
        &[empty.path().to_str().unwrap()],
        &[
            "found no solutions",
            "twosum.py",
            "did you mean `two-sum`?",
            "docs/check.md",
        ],
    );
}
