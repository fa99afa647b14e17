//! Every `judge` command in the README's code blocks, run as written by `bash` in a temp home
//! (`HOME`, `JUDGE_HOME` and the XDG variables all point into a temp dir), in the README's order,
//! with `judge` on `PATH`. The files the examples name (`solution.py`, `two-sum.rs`,
//! `my-calls.txt`, `~/packages/hello`, ...) are set up first, the way a reader would have them.
//! A command passes when it exits 0, or with the exit code and message this file expects for it
//! and says why. A few are left out, each with its reason.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Commands not run here, by their start, and why.
const LEFT_OUT: &[(&str, &str)] = &[
    (
        "cargo ",
        "builds, installs or tests judge itself: .ci/run does that on a clean clone",
    ),
    (
        "judge validate                ",
        "the whole built-in catalog: CI runs it as a step of its own",
    ),
    (
        "judge watch ",
        "runs until Ctrl-C: the watch tests drive it",
    ),
    (
        "judge completions powershell >> $PROFILE",
        "`$PROFILE` is PowerShell's, not bash's",
    ),
];

/// What runs before a command, in the same shell, and why: the state the README's text assumes.
const PREPARE: &[(&str, &str, &str)] = &[
    (
        "judge solution two-sum   ",
        "judge run two-sum two-sum.py >/dev/null && ",
        "its comment says: after an accepted run",
    ),
    (
        "judge new two-sum   ",
        "mkdir -p fresh && cd fresh && ",
        "a reader who has no two-sum.py yet",
    ),
    (
        "judge --catalog my-problems ",
        "judge import kattis ~/packages/hello -o my-problems >/dev/null && ",
        "a catalog of the reader's own (made as the README's import example shows)",
    ),
    (
        "judge check ",
        "cd ~/repo && ",
        "runs in a practice repository of solutions, set up with its remote",
    ),
    (
        "judge submit two-sum mock-3/",
        "mkdir -p mock-3 && cp two-sum.py mock-3/ && ",
        "a file of a mock session's folder",
    ),
    (
        "judge mock report 1 --html",
        "judge mock start --preset interview >/dev/null && judge mock end >/dev/null && ",
        "the reader has done a mock session",
    ),
    (
        "judge import kattis ~/packages/hello -o my-problems",
        "rm -rf my-problems && ",
        "the `--catalog my-problems` example above made it already",
    ),
    (
        "judge mock start",
        "judge mock end >/dev/null 2>&1; rm -rf mock-*; ",
        "the presets are alternatives and one session runs at a time",
    ),
];

/// Commands whose documented outcome in a fresh home is not exit 0: (start, exit code, text the
/// output must contain, why).
const EXPECTED: &[(&str, i32, &str, &str)] = &[
    (
        "judge stress ",
        1,
        "wa_off_by_one",
        "the README's example is a wrong solution: stress finds its failing input (exit 1)",
    ),
    (
        "judge new two-sum -o review/two-sum.py --force && judge run",
        1,
        "WA",
        "a blank file, to be solved again before the run",
    ),
    (
        "judge history show 42",
        2,
        "42",
        "an attempt id of the reader's own history; a fresh one has fewer attempts",
    ),
    (
        "judge history diff 41 42",
        2,
        "41",
        "attempt ids of the reader's own history; a fresh one has fewer attempts",
    ),
];

/// The README's commands, in order: lines of fenced blocks that run `judge` (alone, after
/// `$ `, or at the end of a pipe), with `\` continuations joined.
fn readme_commands(readme: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut fenced = false;
    let mut pending = String::new();
    for line in readme.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            pending.clear();
            continue;
        }
        if !fenced {
            continue;
        }
        if !pending.is_empty() {
            pending.push(' ');
            pending.push_str(line.trim());
        } else {
            let l = line.strip_prefix("$ ").unwrap_or(line);
            let runs = l.starts_with("judge ")
                || l.starts_with("cargo ")
                || l.starts_with("mkdir ")
                || l.contains("| judge ");
            if !runs {
                continue;
            }
            pending.push_str(l);
        }
        if pending.ends_with('\\') {
            pending.pop();
            continue;
        }
        out.push(std::mem::take(&mut pending));
    }
    out
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

/// The user's files the examples name.
fn set_up(repo: &Path, work: &Path, home: &Path) {
    let acc = |slug: &str, file: &str| {
        repo.join("problems")
            .join(slug)
            .join("solutions/accepted")
            .join(file)
    };
    std::os::unix::fs::symlink(repo.join("problems"), work.join("problems")).unwrap();
    std::os::unix::fs::symlink(repo.join("tests"), work.join("tests")).unwrap();
    let copy = |from: PathBuf, to: &str| {
        let to = work.join(to);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(&from, &to).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    };
    copy(acc("range-sum-queries", "prefix_sums.py"), "solution.py");
    copy(acc("range-sum-queries", "prefix_sums.rs"), "solution.rs");
    copy(acc("two-sum", "hash_map.py"), "two-sum.py");
    copy(acc("two-sum", "hash_map.rs"), "two-sum.rs");
    copy(acc("lru-cache", "linked_slots.rs"), "lru.rs");
    std::fs::write(
        work.join("my-calls.txt"),
        "[\"LRUCache\",\"put\",\"get\"]\n[[1],[1,1],[1]]\n",
    )
    .unwrap();
    copy_dir(
        &repo.join("tests/fixtures/kattis/hello"),
        &home.join("packages/hello"),
    );
    // The folders a shell keeps completions in, which the README's lines write into.
    for d in [".zfunc", ".config/fish/completions"] {
        std::fs::create_dir_all(home.join(d)).unwrap();
    }
    // A practice repository for `judge check`, whose `--changed-since origin/main` compares
    // against a remote branch.
    let repo_dir = home.join("repo");
    std::fs::create_dir_all(repo_dir.join("solutions")).unwrap();
    std::fs::copy(acc("two-sum", "hash_map.py"), repo_dir.join("two-sum.py")).unwrap();
    std::fs::copy(
        acc("lru-cache", "linked_slots.rs"),
        repo_dir.join("solutions/lru_cache.rs"),
    )
    .unwrap();
    let git = |args: &[&str]| {
        let o = Command::new("git")
            .args(args)
            .current_dir(&repo_dir)
            .env("HOME", home)
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.com")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.com")
            .output()
            .expect("git runs");
        assert!(o.status.success(), "git {args:?}: {o:?}");
    };
    git(&["init", "-q", "-b", "main"]);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "practice"]);
    git(&["remote", "add", "origin", "."]);
    git(&["fetch", "-q", "origin"]);
}

#[test]
fn every_readme_command_runs_as_written() {
    if Command::new("git").arg("--version").output().is_err() {
        eprintln!("skipped: git is not installed");
        return;
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(repo.join("README.md")).unwrap();
    let commands = readme_commands(&readme);
    assert!(commands.len() > 50, "{commands:#?}");

    let tmp = tempfile::tempdir().unwrap();
    let work = tmp.path().join("practice");
    let home = tmp.path().join("home");
    std::fs::create_dir_all(&work).unwrap();
    std::fs::create_dir_all(&home).unwrap();
    set_up(repo, &work, &home);

    let bin = Path::new(env!("CARGO_BIN_EXE_judge")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    // Rust's toolchain stays where it is when HOME moves.
    let real_home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_default();
    let rustup = std::env::var_os("RUSTUP_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| real_home.join(".rustup"));
    let cargo = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| real_home.join(".cargo"));

    let mut failures = Vec::new();
    let mut ran = 0;
    for command in &commands {
        if let Some((_, why)) = LEFT_OUT.iter().find(|(p, _)| command.starts_with(p)) {
            eprintln!("left out: {command}\n  ({why})");
            continue;
        }
        if command.contains("| man -l -") && Command::new("man").arg("--version").output().is_err()
        {
            eprintln!("left out: {command}\n  (man is not installed)");
            continue;
        }
        let mut script = String::new();
        if let Some((_, before, _)) = PREPARE.iter().find(|(p, ..)| command.starts_with(p)) {
            script.push_str(before);
        }
        script.push_str(command);
        let mut cmd = Command::new("bash");
        cmd.arg("-c").arg(&script).current_dir(&work);
        for (key, _) in std::env::vars_os() {
            let k = key.to_string_lossy();
            if k.starts_with("JUDGE_") || k.starts_with("XDG_") || k == "CLICOLOR_FORCE" {
                cmd.env_remove(&key);
            }
        }
        cmd.env("HOME", &home)
            .env("PATH", &path)
            .env("RUSTUP_HOME", &rustup)
            .env("CARGO_HOME", &cargo)
            .env("JUDGE_HOME", home.join(".local/share/judge"))
            .env("NO_COLOR", "1")
            .stdin(std::process::Stdio::null());
        let started = std::time::Instant::now();
        let out = cmd.output().expect("bash runs");
        eprintln!("{:>6.1} s  {command}", started.elapsed().as_secs_f64());
        ran += 1;
        let code = out.status.code().unwrap_or(-1);
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let ok = match EXPECTED.iter().find(|(p, ..)| command.starts_with(p)) {
            Some((_, want, needle, _)) => code == *want && text.contains(needle),
            None => code == 0,
        };
        if !ok {
            let tail: String = text.lines().take(12).collect::<Vec<_>>().join("\n    ");
            failures.push(format!("{command}\n  exit {code}\n    {tail}"));
        }
    }
    assert!(ran > 50, "only {ran} commands ran");
    assert!(
        failures.is_empty(),
        "{} of {ran} README commands failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
