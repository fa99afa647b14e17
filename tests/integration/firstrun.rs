//! What a new user meets in the first five minutes: shell completions (installed into a real
//! bash), the man pages, examples in every command's help, and the usage errors around them.

use std::process::Command;

use crate::util::*;

/// Every command path (`run`, `mock start`, `history show`, ...), read from the help itself.
fn commands(judge: &Judge, path: &[String]) -> Vec<Vec<String>> {
    let out = run({
        let mut c = judge.cmd();
        c.args(path).arg("--help");
        c
    });
    let text = stdout(&out);
    let mut found = Vec::new();
    let Some(start) = text.find("\nCommands:\n") else {
        return found;
    };
    for line in text[start + 11..].lines() {
        if line.is_empty() {
            break;
        }
        // A command's name is indented by two; wrapped descriptions by more.
        if let Some(name) = line.strip_prefix("  ").filter(|l| !l.starts_with(' ')) {
            let name = name.split_whitespace().next().unwrap().to_string();
            if name == "help" {
                continue;
            }
            let mut sub = path.to_vec();
            sub.push(name);
            found.extend(commands(judge, &sub));
            found.push(sub);
        }
    }
    found
}

#[test]
fn every_command_help_has_examples() {
    let judge = Judge::new();
    let all = commands(&judge, &[]);
    for must in [
        &["mock"][..],
        &["mock", "start"],
        &["import", "kattis"],
        &["history", "show"],
    ] {
        assert!(
            all.iter().any(|c| c == must),
            "{must:?} not found in {all:?}"
        );
    }
    for path in &all {
        let out = run({
            let mut c = judge.cmd();
            c.args(path).arg("--help");
            c
        });
        assert!(out.status.success(), "judge {path:?} --help");
        let text = stdout(&out);
        assert!(
            text.contains("\nExamples:\n  judge "),
            "judge {} --help has no examples:\n{text}",
            path.join(" ")
        );
    }
}

/// A folder holding `judge`, for a PATH that a shell script can call it by name.
fn bin_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_judge"), dir.path().join("judge")).unwrap();
    dir
}

/// Runs `script` in a bash without start-up files, with judge's completions sourced and `judge`
/// on PATH; returns stdout.
fn bash_with_completions(judge: &Judge, script: &str) -> Option<String> {
    if Command::new("bash").arg("--version").output().is_err() {
        eprintln!("skipped: no bash on this machine");
        return None;
    }
    let bin = bin_dir();
    let completions = run({
        let mut c = judge.cmd();
        c.args(["completions", "bash"]);
        c
    });
    assert!(completions.status.success(), "{}", stderr(&completions));
    let file = judge.home.path().join("judge.bash");
    std::fs::write(&file, &completions.stdout).unwrap();
    let path = format!(
        "{}:{}",
        bin.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut cmd = Command::new("bash");
    cmd.args(["--norc", "--noprofile", "-c"])
        .arg(format!("source {}\n{script}", file.display()))
        .env("PATH", path)
        .env("JUDGE_HOME", judge.home.path())
        .env_remove("JUDGE_CATALOG");
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "bash failed: {}", stderr(&out));
    Some(stdout(&out))
}

/// What `judge WORDS<TAB>` offers: the registered completion function called as bash calls it.
fn complete(words: &str) -> String {
    format!(
        r#"line='{words}'
read -ra COMP_WORDS <<< "$line"
[[ "$line" == *' ' ]] && COMP_WORDS+=("")
COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); COMP_LINE="$line"; COMP_POINT=${{#line}}
fn=$(complete -p judge | sed -E 's/.*-F ([^ ]+).*/\1/')
COMPREPLY=()
"$fn" judge "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}"
"#
    )
}

#[test]
fn bash_completes_problem_slugs_commands_and_options() {
    let judge = Judge::new();
    let Some(out) = bash_with_completions(
        &judge,
        &format!(
            "complete -p judge\necho '-- run two-'\n{}echo '-- ru'\n{}echo '-- run --fa'\n{}echo '-- show lru'\n{}",
            complete("judge run two-"),
            complete("judge ru"),
            complete("judge run --fa"),
            complete("judge show lru"),
        ),
    ) else {
        return;
    };
    let section = |name: &str| -> Vec<&str> {
        let start = out.find(&format!("-- {name}\n")).unwrap() + name.len() + 4;
        out[start..]
            .lines()
            .take_while(|l| !l.starts_with("-- "))
            .collect()
    };
    assert!(out.starts_with("complete "), "{out}");
    assert_eq!(
        section("run two-"),
        ["two-sum", "two-sum-ii-input-array-is-sorted"],
        "{out}"
    );
    assert_eq!(section("ru"), ["run"], "{out}");
    assert_eq!(section("run --fa"), ["--fail-fast"], "{out}");
    assert_eq!(
        section("show lru"),
        ["lru-cache", "lru-cache-with-ttl-and-size"],
        "{out}"
    );
}

#[test]
fn bash_completion_reads_the_catalog_given_on_the_command_line() {
    let judge = Judge::new();
    let catalog = fixtures().join("problems");
    let Some(out) = bash_with_completions(
        &judge,
        &complete(&format!("judge --catalog {} run fn-", catalog.display())),
    ) else {
        return;
    };
    let want: Vec<String> = std::fs::read_dir(&catalog)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("fn-") && catalog.join(n).join("problem.yaml").exists())
        .collect();
    assert!(
        !want.is_empty(),
        "the fixtures have problems starting with `fn-`"
    );
    for slug in &want {
        assert!(out.lines().any(|l| l == slug), "{slug} not offered:\n{out}");
    }
}

#[test]
fn completion_scripts_for_every_shell() {
    let judge = Judge::new();
    for (shell, marker) in [
        ("bash", "_judge_with_slugs"),
        ("zsh", "#compdef judge"),
        ("fish", "judge list --format slugs"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = run({
            let mut c = judge.cmd();
            c.args(["completions", shell]);
            c
        });
        assert!(out.status.success(), "{shell}: {}", stderr(&out));
        assert!(
            stdout(&out).contains(marker),
            "{shell} script lacks {marker}"
        );
    }
    let out = run({
        let mut c = judge.cmd();
        c.args(["completions", "tcsh"]);
        c
    });
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn list_format_slugs_prints_one_slug_a_line() {
    let judge = Judge::new();
    let out = run({
        let mut c = judge.cmd();
        c.args(["list", "--format", "slugs", "--difficulty", "hard"]);
        c
    });
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.lines().any(|l| l == "merge-k-sorted-lists"), "{text}");
    assert!(
        text.lines().all(|l| !l.contains(' ') && !l.is_empty()),
        "{text}"
    );
}

#[test]
fn man_pages_print_and_install() {
    let judge = Judge::new();
    let out = run({
        let mut c = judge.cmd();
        c.arg("man");
        c
    });
    assert!(out.status.success());
    let page = stdout(&out);
    assert!(
        page.starts_with(".ie \\n(.g .ds Aq"),
        "not roff: {}",
        &page[..80.min(page.len())]
    );
    assert!(page.contains(".TH judge 1"), "{page}");
    let dir = judge.home.path().join("man/man1");
    let out = run({
        let mut c = judge.cmd();
        c.arg("man").arg("--dir").arg(&dir);
        c
    });
    assert!(out.status.success(), "{}", stderr(&out));
    for name in [
        "judge.1",
        "judge-run.1",
        "judge-mock-start.1",
        "judge-history-show.1",
    ] {
        let text =
            std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(text.contains(".SH NAME"), "{name}");
    }
    let run_page = std::fs::read_to_string(dir.join("judge-run.1")).unwrap();
    assert!(
        run_page.contains("judge run range\\-sum\\-queries prefix.py"),
        "{run_page}"
    );
    if Command::new("man").arg("--version").output().is_ok() {
        let shown = Command::new("man")
            .arg("-l")
            .arg(dir.join("judge-run.1"))
            .env("MANPAGER", "cat")
            .output()
            .unwrap();
        assert!(stdout(&shown).contains("Examples:"), "{}", stdout(&shown));
    }
}

#[test]
fn history_of_an_unknown_slug_says_did_you_mean_and_limit_zero_is_refused() {
    let judge = Judge::new();
    let out = run({
        let mut c = judge.cmd();
        c.args(["history", "two-sun"]);
        c
    });
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown problem `two-sun`"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("did you mean `two-sum`?"),
        "{}",
        stderr(&out)
    );
    // A known slug with no attempts is not an error.
    let out = run({
        let mut c = judge.cmd();
        c.args(["history", "two-sum"]);
        c
    });
    assert!(out.status.success(), "{}", stderr(&out));
    for cmd in [
        &["history", "--limit", "0"][..],
        &["next", "--limit", "0"],
        &["history", "two-sum", "--limit", "0"],
    ] {
        let out = run({
            let mut c = judge.cmd();
            c.args(cmd);
            c
        });
        assert_eq!(out.status.code(), Some(2), "{cmd:?}");
        assert!(
            stderr(&out).contains("must be at least 1"),
            "{cmd:?}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn new_with_output_in_missing_folders_creates_them() {
    let judge = Judge::new();
    let file = judge.home.path().join("practice/arrays/two_sum.rs");
    let out = run({
        let mut c = judge.cmd();
        c.args(["new", "two-sum", "--lang", "rs", "-o"]).arg(&file);
        c
    });
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::read_to_string(&file)
        .unwrap()
        .contains("fn two_sum"));
}

#[test]
fn a_rust_stack_overflow_is_named_and_a_null_write_is_not() {
    let judge = Judge::new();
    let detail = |file: &str| {
        let out = run({
            let mut c = judge.fixture_cmd();
            c.args(["run", "sum-lines"])
                .arg(fixtures().join("solutions/sum-lines").join(file))
                .args(["--samples", "--jobs", "1", "--format", "json"]);
            c
        });
        let doc = json(&out);
        assert_eq!(doc["verdict"], "RE", "{file}: {doc}");
        doc["tests"][0]["detail"].as_str().unwrap().to_string()
    };
    let overflow = detail("re_stack_overflow.rs");
    assert!(
        overflow.starts_with("stack overflow (recursion too deep?): killed by SIG"),
        "{overflow}"
    );
    let null = detail("re_segfault.rs");
    assert!(null.starts_with("killed by SIGSEGV"), "{null}");
    assert!(!null.contains("stack overflow"), "{null}");
}
