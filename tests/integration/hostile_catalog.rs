//! Hostile problem folders: paths that leave the problem folder, oversized fields, a
//! `problem.yaml` that is not a file, and a table-driven fuzz of broken folders. Each must fail to
//! load with exit 2 and `file:line:col`, never panic or hang, and nothing outside the catalog may be
//! read into the output or written.

use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use crate::util::{self, Judge};

const SECRET: &str = "SECRET-FIRST-LINE-must-never-be-shown";

/// A temp dir with `catalog/` (the problems) and `outside/` (a secret file and nothing else).
struct World {
    dir: tempfile::TempDir,
}

impl World {
    fn new() -> World {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("catalog")).unwrap();
        std::fs::create_dir_all(dir.path().join("outside")).unwrap();
        std::fs::write(
            dir.path().join("outside/secret"),
            format!("{SECRET}\nline 2\n"),
        )
        .unwrap();
        World { dir }
    }
    fn catalog(&self) -> PathBuf {
        self.dir.path().join("catalog")
    }
    fn outside(&self) -> PathBuf {
        self.dir.path().join("outside")
    }
    /// Creates `catalog/<slug>/` with a problem.yaml (if given) and returns the folder.
    fn problem(&self, slug: &str, yaml: Option<&[u8]>) -> PathBuf {
        let d = self.catalog().join(slug);
        std::fs::create_dir_all(&d).unwrap();
        if let Some(y) = yaml {
            std::fs::write(d.join("problem.yaml"), y).unwrap();
        }
        d
    }
    /// Every entry under `outside/`: only the secret may be there.
    fn outside_entries(&self) -> Vec<String> {
        let mut v: Vec<String> = walk(&self.outside())
            .into_iter()
            .map(|p| {
                p.strip_prefix(self.outside())
                    .unwrap()
                    .display()
                    .to_string()
            })
            .collect();
        v.sort();
        v
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        out.push(e.path());
        if e.file_type().is_ok_and(|t| t.is_dir()) {
            out.extend(walk(&e.path()));
        }
    }
    out
}

/// `judge --catalog <catalog> <args>`, killed if it runs past 120 s (a hang is a failure; the
/// bound is far above any honest run, even on a loaded machine). Output is read while it runs,
/// so a long report never blocks the judge on a full pipe.
fn judge(j: &Judge, catalog: &Path, args: &[&str]) -> Output {
    let mut cmd = j.cmd();
    cmd.arg("--catalog").arg(catalog).args(args);
    cmd.stdin(std::process::Stdio::null());
    let child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("judge starts");
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(Duration::from_secs(120)) {
        Ok(out) => out.unwrap(),
        Err(_) => {
            let _ = std::process::Command::new("kill")
                .args(["-9", &pid.to_string()])
                .status();
            let out = rx.recv().unwrap().unwrap();
            panic!("judge {args:?} hung; stderr: {}", util::stderr(&out));
        }
    }
}

/// Asserts a load failure: exit 2, `problem.yaml:L:C` (or another located file), no panic, no
/// secret, and the expected words.
fn assert_located(out: &Output, case: &str, words: &str) {
    let err = util::stderr(out);
    let all = format!("{}{err}", util::stdout(out));
    assert!(!all.contains("panicked"), "{case}: panic\n{err}");
    assert!(!all.contains(SECRET), "{case}: the secret leaked\n{all}");
    assert_eq!(out.status.code(), Some(2), "{case}: exit code\n{all}");
    let located = regex_like_location(&err);
    assert!(located, "{case}: no file:line:col in\n{err}");
    assert!(err.contains(words), "{case}: expected `{words}` in\n{err}");
}

/// Whether the text has `<something>.yaml:<n>:<n>:` (no regex crate in the test dependencies).
fn regex_like_location(text: &str) -> bool {
    text.split(".yaml:").skip(1).any(|rest| {
        let mut parts = rest.splitn(3, ':');
        let l = parts.next().unwrap_or("");
        let c = parts.next().unwrap_or("");
        !l.is_empty()
            && l.bytes().all(|b| b.is_ascii_digit())
            && !c.is_empty()
            && c.bytes().all(|b| b.is_ascii_digit())
    })
}

fn stdio_yaml(extra: &str, tests: &str) -> String {
    format!("format_version: 1\ntitle: T\ndifficulty: easy\ntags: [x]\n{extra}\ntests:\n{tests}")
}

/// A hostile problem: its slug, its problem.yaml, a symlink to create inside its folder (name,
/// target), and words its error must say.
type HostileCase<'a> = (&'a str, String, Option<(&'a str, PathBuf)>, &'a str);

const ONE_TEST: &str = "  - name: a\n    input: \"1\\n\"\n    output: \"1\\n\"\n";

#[test]
fn paths_named_by_a_problem_stay_inside_its_folder() {
    let w = World::new();
    let j = Judge::new();
    let secret = w.outside().join("secret");
    let s = secret.display().to_string();
    let cases: Vec<HostileCase> = vec![
        (
            "stmt-abs",
            stdio_yaml("statement_file: /etc/passwd", ONE_TEST),
            None,
            "absolute path",
        ),
        (
            "stmt-proc",
            stdio_yaml("statement_file: /proc/self/environ", ONE_TEST),
            None,
            "absolute path",
        ),
        (
            "stmt-dotdot",
            stdio_yaml("statement_file: ../../outside/secret", ONE_TEST),
            None,
            "leaves the problem folder",
        ),
        (
            "stmt-link",
            stdio_yaml("statement_file: s.md", ONE_TEST),
            Some(("s.md", secret.clone())),
            "outside the problem folder",
        ),
        (
            "stmt-dir",
            stdio_yaml("statement_file: sub", ONE_TEST),
            None,
            "directory",
        ),
        (
            "tests-link",
            stdio_yaml("statement: s\ntest_files: [t.yaml]", ONE_TEST),
            Some(("t.yaml", secret.clone())),
            "outside the problem folder",
        ),
        (
            "tests-abs",
            stdio_yaml(&format!("statement: s\ntest_files: [\"{s}\"]"), ONE_TEST),
            None,
            "absolute path",
        ),
        (
            "gen-abs",
            stdio_yaml(
                "statement: s\nreference: r.py",
                &format!(
                    "  - name: g\n    generate: {{program: \"{}\", seed: 1}}\n",
                    w.outside().join("planted.py").display()
                ),
            ),
            None,
            "absolute path",
        ),
        (
            "gen-dotdot",
            stdio_yaml(
                "statement: s\nreference: r.py",
                "  - name: g\n    generate: {program: ../../outside/planted.py, seed: 1}\n",
            ),
            None,
            "leaves the problem folder",
        ),
        (
            "gen-sh",
            stdio_yaml(
                "statement: s\nreference: r.py",
                "  - name: g\n    generate: {program: gen.sh, seed: 1}\n",
            ),
            Some(("gen.sh", PathBuf::from("r.py"))),
            "not a Python program",
        ),
        (
            "ref-link",
            stdio_yaml("statement: s\nreference: r.py", ONE_TEST),
            Some(("r.py", secret.clone())),
            "outside the problem folder",
        ),
        (
            "validator-abs",
            stdio_yaml(&format!("statement: s\nvalidator: \"{s}\""), ONE_TEST),
            None,
            "absolute path",
        ),
        (
            "checker-dotdot",
            stdio_yaml(
                "statement: s\ncompare: {mode: checker, program: ../x/../../outside/c.py}",
                ONE_TEST,
            ),
            None,
            "leaves the problem folder",
        ),
        (
            "checker-link",
            stdio_yaml(
                "statement: s\ncompare: {mode: checker, program: c.py}",
                ONE_TEST,
            ),
            Some(("c.py", secret.clone())),
            "outside the problem folder",
        ),
        (
            "dangling",
            stdio_yaml("statement_file: s.md", ONE_TEST),
            Some(("s.md", w.outside().join("missing"))),
            "cannot be followed",
        ),
    ];
    for (slug, yaml, link, _) in &cases {
        let d = w.problem(slug, Some(yaml.as_bytes()));
        std::fs::create_dir_all(d.join("sub")).unwrap();
        std::fs::write(d.join("r.py"), "print(input())\n").unwrap();
        if let Some((name, target)) = link {
            let _ = std::fs::remove_file(d.join(name));
            symlink(target, d.join(name)).unwrap();
        }
    }
    for (slug, _, _, words) in &cases {
        let out = judge(&j, &w.catalog(), &["show", slug]);
        assert_located(&out, slug, words);
    }
    // The generator cases again through a judged run, where generated tests are written.
    let sol = w.dir.path().join("sol.py");
    std::fs::write(&sol, "print(input())\n").unwrap();
    for slug in ["gen-abs", "gen-dotdot"] {
        let out = judge(&j, &w.catalog(), &["run", slug, sol.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{slug}: {}", util::stderr(&out));
    }
    assert_eq!(
        w.outside_entries(),
        vec!["secret".to_string()],
        "written outside the catalog"
    );
}

#[test]
fn oversized_fields_are_refused_not_a_panic() {
    let w = World::new();
    let j = Judge::new();
    let big = "T".repeat(65_536);
    w.problem(
        "big-title",
        Some(format!("format_version: 1\ntitle: {big}\ndifficulty: easy\ntags: [x]\nstatement: s\ntests:\n{ONE_TEST}").as_bytes()),
    );
    for args in [&["list"][..], &["show", "big-title"]] {
        let out = judge(&j, &w.catalog(), args);
        assert_located(&out, "big-title", "at most 200 characters");
    }
}

#[test]
fn a_problem_yaml_that_is_not_a_file_is_located() {
    let w = World::new();
    let j = Judge::new();
    let d = w.problem("is-dir", None);
    std::fs::create_dir(d.join("problem.yaml")).unwrap();
    let d = w.problem("is-fifo", None);
    assert!(std::process::Command::new("mkfifo")
        .arg(d.join("problem.yaml"))
        .status()
        .unwrap()
        .success());
    let d = w.problem("is-socket", None);
    let _sock = std::os::unix::net::UnixListener::bind(d.join("problem.yaml")).unwrap();
    let d = w.problem("is-dangling", None);
    symlink(w.outside().join("missing"), d.join("problem.yaml")).unwrap();
    let d = w.problem("is-loop", None);
    symlink(d.join("problem.yaml"), d.join("problem.yaml")).unwrap();
    for (slug, words) in [
        ("is-dir", "directory"),
        ("is-fifo", "FIFO"),
        ("is-socket", "socket"),
        ("is-dangling", "cannot be followed"),
        ("is-loop", "loop of symbolic links"),
    ] {
        let out = judge(&j, &w.catalog(), &["show", slug]);
        assert_located(&out, slug, words);
    }
    let out = judge(&j, &w.catalog(), &["list"]);
    assert!(
        !util::stderr(&out).contains("has no problems"),
        "{}",
        util::stderr(&out)
    );
    assert_eq!(out.status.code(), Some(2));
}

/// Adversarial values for the fields of a problem.yaml, each invalid wherever it is put.
fn fuzz_cases(outside: &Path) -> Vec<(String, Vec<u8>)> {
    let secret = outside.join("secret").display().to_string();
    let base = |title: &str, extra: &str, tests: &str| {
        format!("format_version: 1\ntitle: {title}\ndifficulty: easy\ntags: [x]\nstatement: s\n{extra}tests:\n{tests}")
    };
    let mut cases: Vec<(String, Vec<u8>)> = Vec::new();
    // 1. Paths that leave the folder, in every field that names a file.
    let paths = [
        "/etc/passwd".to_string(),
        "/proc/self/environ".to_string(),
        "/dev/zero".to_string(),
        "/dev/stdin".to_string(),
        secret.clone(),
        "../outside/secret".to_string(),
        "../../outside/secret".to_string(),
        "a/../../x.py".to_string(),
        "./../x.py".to_string(),
        "~/x.py".to_string(),
        "".to_string(),
        "missing.py".to_string(),
        "sub".to_string(),
        ".".to_string(),
        "x\\u0000y.py".to_string(),
        "../".repeat(200) + "etc/passwd",
        "a/".repeat(3000) + "x.py",
    ];
    for p in &paths {
        let q = format!("\"{p}\"");
        cases.push((format!("stmt {p:.30}"), format!("format_version: 1\ntitle: T\ndifficulty: easy\ntags: [x]\nstatement_file: {q}\ntests:\n{ONE_TEST}").into_bytes()));
        cases.push((
            format!("testfile {p:.30}"),
            base("T", &format!("test_files: [{q}]\n"), ONE_TEST).into_bytes(),
        ));
        cases.push((
            format!("reference {p:.30}"),
            base("T", &format!("reference: {q}\n"), ONE_TEST).into_bytes(),
        ));
        cases.push((
            format!("validator {p:.30}"),
            base("T", &format!("validator: {q}\n"), ONE_TEST).into_bytes(),
        ));
        cases.push((
            format!("checker {p:.30}"),
            base(
                "T",
                &format!("compare: {{mode: checker, program: {q}}}\n"),
                ONE_TEST,
            )
            .into_bytes(),
        ));
        cases.push((
            format!("generator {p:.30}"),
            base(
                "T",
                "reference: r.py\n",
                &format!("  - name: g\n    generate: {{program: {q}, seed: 1}}\n"),
            )
            .into_bytes(),
        ));
    }
    // 2. Wrong shapes and hostile YAML in every scalar field.
    let values = [
        "{a: 1}",
        "*nowhere",
        "&a [*a]",
        "? complex\n: key",
        "\"unterminated",
        "'unterminated",
        "{",
        "[",
        "]",
        "- 1",
        ">-\n\tx",
        "@at",
        "`tick",
        "%percent",
        ":",
        "null\nnull: 1",
        "1e999999",
        "-.inf",
    ];
    let fields = [
        "title",
        "difficulty",
        "tags",
        "kind",
        "format_version",
        "limits",
        "statement",
    ];
    for f in fields {
        for v in values {
            // Replace the field's line (or add it) with the hostile value.
            let mut y = String::from("format_version: 1\ntitle: T\ndifficulty: easy\ntags: [x]\nstatement: s\nkind: stdio\nlimits: {time: 1s}\n");
            let start = y.find(&format!("\n{f}:")).map(|i| i + 1).unwrap_or(0);
            let end = start + y[start..].find('\n').unwrap();
            y.replace_range(start..end, &format!("{f}: {v}"));
            y.push_str("tests:\n");
            y.push_str(ONE_TEST);
            cases.push((format!("{f}={v:.20}"), y.into_bytes()));
        }
    }
    // 3. Oversized and unbounded content.
    for n in [201, 1_000, 65_536, 1 << 20] {
        cases.push((
            format!("title {n}"),
            base(&"T".repeat(n), "", ONE_TEST).into_bytes(),
        ));
        cases.push((format!("tag {n}"), format!("format_version: 1\ntitle: T\ndifficulty: easy\ntags: [{}]\nstatement: s\ntests:\n{ONE_TEST}", "t".repeat(n)).into_bytes()));
    }
    for depth in [100, 1_000, 10_000, 100_000] {
        cases.push((
            format!("nesting {depth}"),
            base(
                "T",
                &format!("limits: {}{}\n", "[".repeat(depth), "]".repeat(depth)),
                ONE_TEST,
            )
            .into_bytes(),
        ));
        cases.push((
            format!("map nesting {depth}"),
            base(
                "T",
                &format!("extra: {}1{}\n", "{a: ".repeat(depth), "}".repeat(depth)),
                ONE_TEST,
            )
            .into_bytes(),
        ));
    }
    cases.push(("many tags".into(), format!("format_version: 1\ntitle: T\ndifficulty: easy\ntags: [{}]\nstatement: s\ntests:\n{ONE_TEST}", vec!["t"; 10_000].join(", ")).into_bytes()));
    cases.push(("billion laughs".into(), {
        let mut y = String::from("format_version: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            y.push_str(&format!(
                "a{i}: &a{i} [{}]\n",
                vec![format!("*a{}", i - 1); 10].join(", ")
            ));
        }
        y.push_str("title: T\n");
        y.into_bytes()
    }));
    // 4. Bytes: invalid UTF-8, NULs, control characters, BOMs, tabs, at several places.
    let good = base("T", "", ONE_TEST).into_bytes();
    let lines = good.iter().filter(|&&b| b == b'\n').count();
    for bad in [
        &b"\xff\xfe"[..],
        b"\x00",
        b"\x1b[2J",
        b"\t\t",
        b"\xc3",
        b"\xef\xbb\xbf{",
        b"\r\t: x",
        b": : :",
        b"- - -",
        b"{{{",
    ] {
        for line in 0..lines {
            let mut y = Vec::new();
            for (i, l) in good.split(|&b| b == b'\n').enumerate() {
                if i == line {
                    y.extend_from_slice(bad);
                }
                y.extend_from_slice(l);
                y.push(b'\n');
            }
            cases.push((
                format!("bytes {:?} at {line}", String::from_utf8_lossy(bad)),
                y,
            ));
        }
    }
    // 5. Semantics: duplicate keys, unknown keys, missing pieces, wrong kinds.
    for y in [
        "format_version: 1\nformat_version: 1\ntitle: T\n",
        "format_version: 2\ntitle: T\n",
        "format_version: 0\ntitle: T\n",
        "format_version: -1\ntitle: T\n",
        "format_version: 99999999999999999999999\ntitle: T\n",
        "title: no version\n",
        "format_version: 1\n",
        "format_version: 1\nkind: function\ntitle: T\n",
        "format_version: 1\nkind: design\ntitle: T\n",
        "",
        "   \n\n",
        "---\n...\n",
        "--- a\n--- b\n",
        "- a list\n",
        "just a scalar\n",
    ] {
        cases.push((format!("doc {y:.20}"), y.as_bytes().to_vec()));
    }
    cases
}

#[test]
fn fuzzed_problem_folders_fail_with_a_place_and_nothing_else() {
    let w = World::new();
    let j = Judge::new();
    let cases = fuzz_cases(&w.outside());
    assert!(cases.len() >= 300, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for (i, (name, yaml)) in cases.iter().enumerate() {
        let slug = format!("f{i}");
        let d = w.problem(&slug, Some(yaml));
        std::fs::create_dir_all(d.join("sub")).unwrap();
        std::fs::write(d.join("r.py"), "print(input())\n").unwrap();
        let out = judge(&j, &w.catalog(), &["show", &slug]);
        let caught = std::panic::catch_unwind(|| assert_located(&out, name, ""));
        if caught.is_err() {
            failures.push(format!(
                "{name}: exit {:?}: {}",
                out.status.code(),
                util::stderr(&out).lines().next().unwrap_or("")
            ));
        }
        // One case at a time: a folder left behind would make the next `show` see it (fine) but
        // the catalog grows; remove it to keep each run small.
        std::fs::remove_dir_all(&d).unwrap();
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    assert_eq!(
        w.outside_entries(),
        vec!["secret".to_string()],
        "written outside the catalog"
    );
}

/// A checker that raises is a fault of the problem: IE naming the checker, never a WA.
#[test]
fn a_crashing_checker_is_an_internal_error_naming_it() {
    let w = World::new();
    let j = Judge::new();
    let d = w.problem(
        "crash-checker",
        Some(
            stdio_yaml(
                "statement: s\ncompare: {mode: checker, program: boom.py}",
                ONE_TEST,
            )
            .as_bytes(),
        ),
    );
    std::fs::write(d.join("boom.py"), "import sys\nprint(1 // 0)\n").unwrap();
    let sol = w.dir.path().join("sol.py");
    std::fs::write(&sol, "print(input())\n").unwrap();
    let out = judge(
        &j,
        &w.catalog(),
        &["run", "crash-checker", sol.to_str().unwrap()],
    );
    let all = format!("{}{}", util::stdout(&out), util::stderr(&out));
    assert_eq!(out.status.code(), Some(3), "{all}");
    assert!(all.contains("boom.py"), "{all}");
    assert!(!all.contains("WA"), "{all}");
}

/// A generator that never ends is stopped by the problem's author limit and named in an IE.
#[test]
fn a_hanging_generator_ends_at_the_author_limit() {
    let w = World::new();
    let j = Judge::new();
    let d = w.problem(
        "hang-gen",
        Some(
            stdio_yaml(
                "statement: s\nreference: r.py\nlimits: {authors: {time: 1s}}",
                "  - name: g\n    generate: {program: spin.py, seed: 1}\n",
            )
            .as_bytes(),
        ),
    );
    std::fs::write(d.join("spin.py"), "while True:\n    pass\n").unwrap();
    std::fs::write(d.join("r.py"), "print(input())\n").unwrap();
    let sol = w.dir.path().join("sol.py");
    std::fs::write(&sol, "print(input())\n").unwrap();
    let out = judge(
        &j,
        &w.catalog(),
        &["run", "hang-gen", sol.to_str().unwrap()],
    );
    let all = format!("{}{}", util::stdout(&out), util::stderr(&out));
    // Stopped by the problem's own 1 s author limit (named), not by a judge-wide default.
    assert!(all.contains("spin.py"), "{all}");
    assert!(all.contains("limits.authors.time"), "{all}");
    assert!(matches!(out.status.code(), Some(2 | 3)), "{all}");
}

/// A damaged history: `submit` refuses with exit 2 and says how to move the file aside; a
/// solution over 1 MiB is refused before it is judged or stored.
#[test]
fn a_corrupt_history_and_a_huge_source_are_refused() {
    let j = Judge::new();
    let sol = j.home.path().join("sol.py");
    std::fs::write(&sol, "print(2 * int(input()))\n").unwrap();
    let run = |args: &[&str]| {
        let mut cmd = j.fixture_cmd();
        cmd.args(args);
        util::run(cmd)
    };
    // A valid history with a few attempts, then its pages after the first overwritten.
    for _ in 0..3 {
        run(&["run", "gen-sum", sol.to_str().unwrap()]);
    }
    let db = j.home.path().join("data/history.sqlite3");
    let _ = run(&["history"]); // checkpoints the WAL on close
    let mut bytes = std::fs::read(&db).expect("a history was written");
    assert!(bytes.len() > 4096, "history is {} bytes", bytes.len());
    for b in &mut bytes[4096..] {
        *b = 0xA5;
    }
    std::fs::write(&db, &bytes).unwrap();
    for name in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{name}", db.display()));
    }
    let out = run(&["submit", "gen-sum", sol.to_str().unwrap()]);
    let err = util::stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}\n{}", util::stdout(&out));
    assert!(err.contains("damaged") && err.contains("mv "), "{err}");
    for args in [&["history"][..], &["stats"]] {
        let out = run(args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            util::stderr(&out)
        );
    }
    // Over 1 MiB: refused with a clear message.
    let big = j.home.path().join("big.py");
    std::fs::write(&big, format!("x = 1\n#{}\n", "a".repeat(1 << 20))).unwrap();
    let out = run(&["run", "gen-sum", big.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", util::stderr(&out));
    assert!(
        util::stderr(&out).contains("at most 1 MiB"),
        "{}",
        util::stderr(&out)
    );
}

/// A checker that never ends is stopped by the problem's author limit (here 1 s, not the old
/// fixed 10 s) and named in an IE with the key that raises it.
#[test]
fn a_hanging_checker_ends_at_the_author_limit() {
    let w = World::new();
    let j = Judge::new();
    let d = w.problem(
        "hang-checker",
        Some(
            stdio_yaml(
                "statement: s\ncompare: {mode: checker, program: spin.py}\nlimits: {authors: {time: 1s}}",
                ONE_TEST,
            )
            .as_bytes(),
        ),
    );
    std::fs::write(d.join("spin.py"), "while True:\n    pass\n").unwrap();
    let sol = w.dir.path().join("sol.py");
    std::fs::write(&sol, "print(input())\n").unwrap();
    let out = judge(
        &j,
        &w.catalog(),
        &["run", "hang-checker", sol.to_str().unwrap()],
    );
    let all = format!("{}{}", util::stdout(&out), util::stderr(&out));
    assert_eq!(out.status.code(), Some(3), "{all}");
    assert!(all.contains("spin.py"), "{all}");
    assert!(
        all.contains("time limit of 1s (limits.authors.time)"),
        "{all}"
    );
}

/// A problem with one generated test (input `7`) and the reference given.
fn generated_problem(w: &World, slug: &str, extra: &str, reference: &str) {
    let d = w.problem(
        slug,
        Some(
            stdio_yaml(
                &format!("statement: s\nreference: r.py\n{extra}"),
                "  - name: g\n    generate: {program: gen.py, seed: 1}\n",
            )
            .as_bytes(),
        ),
    );
    std::fs::write(d.join("gen.py"), "print(7)\n").unwrap();
    std::fs::write(d.join("r.py"), reference).unwrap();
}

/// The reference makes expected outputs as the author's program: under the author limits, not
/// the tests' own time limit, which is the solution's budget.
#[test]
fn the_reference_runs_under_the_author_limits_not_the_tests() {
    let w = World::new();
    let j = Judge::new();
    // About a second of CPU: far over the tests' 300 ms, far under the authors' 10 s.
    generated_problem(
        &w,
        "slow-ref",
        "limits: {time: 300ms}",
        "x = 0\nfor i in range(15_000_000):\n    x += i\nprint(input())\n",
    );
    let sol = w.dir.path().join("sol.py");
    std::fs::write(&sol, "print(input())\n").unwrap();
    let out = judge(
        &j,
        &w.catalog(),
        &["run", "slow-ref", sol.to_str().unwrap()],
    );
    let all = format!("{}{}", util::stdout(&out), util::stderr(&out));
    assert_eq!(out.status.code(), Some(0), "{all}");
}

/// A reference that never ends is stopped by the author limit and named with the key to raise.
#[test]
fn a_hanging_reference_ends_at_the_author_limit() {
    let w = World::new();
    let j = Judge::new();
    generated_problem(
        &w,
        "hang-ref",
        "limits: {authors: {time: 1s}}",
        "while True:\n    pass\n",
    );
    let sol = w.dir.path().join("sol.py");
    std::fs::write(&sol, "print(input())\n").unwrap();
    let out = judge(
        &j,
        &w.catalog(),
        &["run", "hang-ref", sol.to_str().unwrap()],
    );
    let all = format!("{}{}", util::stdout(&out), util::stderr(&out));
    assert!(matches!(out.status.code(), Some(2 | 3)), "{all}");
    assert!(all.contains("r.py"), "{all}");
    assert!(
        all.contains("time limit of 1s (limits.authors.time)"),
        "{all}"
    );
}
