//! Golden output: the text and JSON that `judge run` (the whole fixture matrix), `judge check` and
//! `judge validate` print, compared with `tests/fixtures/golden/`, so a refactoring of the engine
//! or the reporters proves that what people read did not change.
//!
//! Times, memory figures, attempt ids and temporary paths are redacted; the columns before a
//! redacted figure are collapsed to one space, since their width follows the figure's. What a
//! program killed at a limit (MLE, TLE, OLE) wrote to stderr is left out (the text report's
//! stderr block, the JSON detail's stderr tail): it depends on timing.
//! `GOLDEN_BLESS=1 cargo test --test integration golden` rewrites the expected files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Mutex;

use serde_json::Value;

use crate::util::{self, Judge};

/// Units after a number that make it a measurement to redact.
const UNITS: &[&str] = &["ms", "s", "KiB", "MiB", "GiB", "%", "x", "×"];

/// JSON keys whose values are measurements or ids.
const REDACTED_KEYS: &[&str] = &[
    "time_ms",
    "wall_ms",
    "memory_kib",
    "max_time_ms",
    "max_memory_kib",
    "seconds",
    "attempt",
    "cached",
    "elapsed_ms",
    "duration_ms",
];

/// Replaces the paths of this checkout and of temporary folders, and measured figures.
fn redact_text(text: &str, paths: &[(&Path, &str)]) -> String {
    let mut text = text.to_string();
    for (path, name) in paths {
        text = text.replace(&path.display().to_string(), name);
    }
    let text = redact_tmp(&text);
    let text = redact_thread_ids(&text);
    redact_figures(&text)
        .replace(OVERLOADED_TLE, "CPU time limit # s exceeded")
        .replace(REFUSED_ALLOCATION, "memory limit # MiB reached")
}

/// A program that grows in small steps is stopped either when the supervisor sees its memory at
/// the limit or when its next allocation would pass it, whichever comes first: the same MLE.
const REFUSED_ALLOCATION: &str = "an allocation of # MiB would pass the memory limit # MiB";

/// A busy loop stopped by the wall-clock backstop because the machine is overloaded (the tests
/// share it with builds): the same TLE as the CPU limit's, in other words.
const OVERLOADED_TLE: &str =
    "wall-clock limit: stopped after # s with CPU time # s; the machine may be overloaded";

/// Rust's panic message names the thread's id: `thread 'main' (9732) panicked` → `(#)`.
fn redact_thread_ids(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("' (") {
        let after = &rest[i + 3..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        out.push_str(&rest[..i + 3]);
        if digits > 0 && after[digits..].starts_with(')') {
            out.push('#');
            rest = &after[digits..];
        } else {
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Drops the `stderr` blocks of a text report: what a program killed at a limit printed last
/// depends on when the limit was seen (an allocation failure's traceback, or nothing).
fn drop_stderr_blocks(text: &str) -> String {
    let mut out = String::new();
    let mut in_block = false;
    for line in text.split_inclusive('\n') {
        if line.trim_end() == "stderr" || line.starts_with("stderr (") {
            in_block = true;
            continue;
        }
        if in_block && line.starts_with("  ") {
            continue;
        }
        in_block = false;
        out.push_str(line);
    }
    out
}

/// `/tmp/<anything up to a delimiter>` → `<tmp>`.
fn redact_tmp(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("/tmp/") {
        out.push_str(&rest[..i]);
        out.push_str("<tmp>");
        let tail = &rest[i..];
        let end = tail
            .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | ')' | ',' | ':'))
            .unwrap_or(tail.len());
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// A number followed by a unit (`0.42 s`, `812 KiB`, `57%`) becomes `# s`, `# KiB`, `#%`; the
/// spaces before it shrink to one.
fn redact_figures(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let starts_number = c.is_ascii_digit()
            && (i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_'));
        if starts_number {
            let mut j = i;
            while j < chars.len() && (chars[j].is_ascii_digit() || chars[j] == '.') {
                j += 1;
            }
            let mut k = j;
            if k < chars.len() && chars[k] == ' ' {
                k += 1;
            }
            let rest: String = chars[k..chars.len().min(k + 4)].iter().collect();
            let unit = UNITS.iter().find(|u| {
                rest.starts_with(*u)
                    && chars
                        .get(k + u.chars().count())
                        .is_none_or(|c| !c.is_alphanumeric())
            });
            if let Some(unit) = unit {
                if out.ends_with("  ") {
                    let trimmed = out.trim_end_matches(' ').len();
                    out.truncate(trimmed);
                    out.push(' ');
                }
                out.push('#');
                out.extend(&chars[j..k]);
                out.push_str(unit);
                i = k + unit.chars().count();
                continue;
            }
            out.extend(&chars[i..j]);
            i = j;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

fn redact_json(v: &mut Value, paths: &[(&Path, &str)]) {
    match v {
        Value::Object(map) => {
            // The stderr in the detail of a test killed at a limit: see `drop_stderr_blocks`.
            let at_limit = map
                .get("verdict")
                .is_some_and(|v| ["MLE", "TLE", "OLE"].iter().any(|l| v == l));
            if let (true, Some(Value::String(detail))) = (at_limit, map.get_mut("detail")) {
                if let Some(i) = detail.find("\nstderr") {
                    detail.truncate(i);
                }
            }
            for (k, v) in map.iter_mut() {
                let measured = REDACTED_KEYS.contains(&k.as_str())
                    || k.ends_with("_ms")
                    || k.ends_with("_kib");
                if measured && !v.is_null() && !v.is_object() {
                    *v = Value::String("#".into());
                } else {
                    redact_json(v, paths);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| redact_json(v, paths)),
        Value::String(s) => *s = redact_text(s, paths),
        _ => {}
    }
}

/// One command's output as a golden entry: the command, exit code, stdout and stderr.
fn entry(title: &str, out: &Output, json: bool, paths: &[(&Path, &str)]) -> String {
    let stdout = if json {
        match serde_json::from_slice::<Value>(&out.stdout) {
            Ok(mut v) => {
                redact_json(&mut v, paths);
                serde_json::to_string_pretty(&v).unwrap() + "\n"
            }
            Err(e) => format!("NOT JSON ({e}): {}", redact_text(&util::stdout(out), paths)),
        }
    } else {
        let text = redact_text(&util::stdout(out), paths);
        let stem = title.rsplit('/').next().unwrap_or("");
        if ["mle_", "tle_", "ole_"].iter().any(|p| stem.starts_with(p)) {
            drop_stderr_blocks(&text)
        } else {
            text
        }
    };
    let stderr = redact_text(&util::stderr(out), paths);
    format!(
        "=== {title}\n--- exit {:?}\n--- stdout\n{stdout}--- stderr\n{stderr}",
        out.status.code()
    )
}

fn golden_dir() -> PathBuf {
    util::fixtures().join("golden")
}

/// The text with every pretty-printed `"isolation": { ... }` object reduced to its key.
fn without_isolation(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut closing: Option<String> = None;
    for line in text.split_inclusive('\n') {
        if let Some(end) = &closing {
            if line.trim_end() == end || line.trim_end() == format!("{end},") {
                closing = None;
            }
            continue;
        }
        if let Some(at) = line.find("\"isolation\": {") {
            if !line.trim_end().ends_with('}') && !line.trim_end().ends_with("},") {
                closing = Some(format!("{}}}", &line[..at]));
                out.push_str(&line[..at]);
                out.push_str("\"isolation\": #\n");
                continue;
            }
        }
        out.push_str(line);
    }
    out
}

/// Compares `actual` with the stored file, or writes it under `GOLDEN_BLESS=1`.
fn compare(name: &str, actual: &str) -> Result<(), String> {
    let path = golden_dir().join(name);
    if std::env::var_os("GOLDEN_BLESS").is_some() {
        std::fs::create_dir_all(golden_dir()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return Ok(());
    }
    let expected = std::fs::read_to_string(&path)
        .map_err(|e| format!("{}: {e} (GOLDEN_BLESS=1 writes it)", path.display()))?;
    // The sandbox layers a machine offers (Landlock, namespaces, running as root) are not the
    // output under test: both sides drop them.
    let (expected, actual) = (&without_isolation(&expected), &without_isolation(actual));
    // Which of the sandbox's two memory guards stops a memory bomb first is a race: the
    // resident-memory poll ("limit reached") or the refused allocation; both are MLE.
    let same_mle = |t: &str| {
        t.replace(
            "an allocation of # MiB would pass the memory limit # MiB",
            "memory limit # MiB reached",
        )
    };
    let (expected, actual) = (&same_mle(expected), &same_mle(actual));
    if expected == actual {
        return Ok(());
    }
    let new = path.with_extension("actual");
    std::fs::write(&new, actual).unwrap();
    let first = expected
        .lines()
        .zip(actual.lines())
        .enumerate()
        .find(|(_, (a, b))| a != b)
        .map(|(i, (a, b))| format!("line {}:\n  expected: {a}\n  actual:   {b}", i + 1))
        .unwrap_or_else(|| "one is a prefix of the other".into());
    Err(format!(
        "{} differs from the output, written to {}; first difference at {first}",
        path.display(),
        new.display()
    ))
}

fn fixture_solutions() -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    for problem in std::fs::read_dir(util::fixtures().join("solutions")).unwrap() {
        let problem = problem.unwrap().path();
        let slug = problem.file_name().unwrap().to_string_lossy().into_owned();
        for file in std::fs::read_dir(&problem).unwrap() {
            let file = file.unwrap().path();
            if matches!(file.extension().and_then(|e| e.to_str()), Some("py" | "rs")) {
                out.push((slug.clone(), file));
            }
        }
    }
    out.sort();
    out
}

/// Runs `cmds` two at a time; the outputs in the order given.
fn run_all(cmds: Vec<Command>) -> Vec<Output> {
    let n = cmds.len();
    let queue = Mutex::new(cmds.into_iter().enumerate());
    let results = Mutex::new(vec![None; n]);
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let Some((i, cmd)) = queue.lock().unwrap().next() else {
                    break;
                };
                let out = util::run(cmd);
                results.lock().unwrap()[i] = Some(out);
            });
        }
    });
    results
        .into_inner()
        .unwrap()
        .into_iter()
        .map(Option::unwrap)
        .collect()
}

#[test]
fn run_check_and_validate_print_what_they_printed() {
    let judge = Judge::new();
    let root = util::root();
    let repo = practice_repo();
    let paths: Vec<(&Path, &str)> = vec![
        (judge.home.path(), "<home>"),
        (repo.path(), "<repo>"),
        (root.as_path(), "<root>"),
    ];
    let solutions = fixture_solutions();
    let mut cmds = Vec::new();
    let mut titles = Vec::new();
    for (slug, file) in &solutions {
        let rel = file.strip_prefix(&root).unwrap().display().to_string();
        for json in [false, true] {
            let mut cmd = judge.fixture_cmd();
            cmd.current_dir(&root)
                .args(["run", slug, &rel, "--jobs", "2"]);
            if json {
                cmd.args(["--format", "json"]);
            }
            cmds.push(cmd);
            titles.push((format!("judge run {slug} {rel}"), json));
        }
    }
    for json in [false, true] {
        let mut cmd = judge.fixture_cmd();
        cmd.current_dir(&root).arg("validate");
        if json {
            cmd.args(["--format", "json"]);
        }
        cmds.push(cmd);
        titles.push(("judge validate".into(), json));
        let mut cmd = judge.cmd();
        cmd.current_dir(repo.path()).args(["check", "--jobs", "2"]);
        if json {
            cmd.args(["--format", "json"]);
        }
        cmds.push(cmd);
        titles.push(("judge check".into(), json));
    }
    let outputs = run_all(cmds);
    let mut files: std::collections::BTreeMap<String, String> = Default::default();
    for ((title, json), out) in titles.iter().zip(&outputs) {
        let command = title.split(' ').nth(1).unwrap();
        let name = format!("{command}.{}", if *json { "json.txt" } else { "txt" });
        files
            .entry(name)
            .or_default()
            .push_str(&entry(title, out, *json, &paths));
    }
    let failures: Vec<String> = files
        .iter()
        .filter_map(|(name, text)| compare(name, text).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// A practice repository with one solution per verdict, named after built-in problems.
fn practice_repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let copy = |from: &str, to: &str| {
        let to = dir.path().join(to);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(util::root().join(from), to).unwrap();
    };
    copy(
        "problems/two-sum/solutions/accepted/hash_map.py",
        "two-sum.py",
    );
    copy(
        "problems/climbing-stairs/solutions/accepted/two_variables.rs",
        "solutions/climbing_stairs.rs",
    );
    copy(
        "problems/valid-parentheses/solutions/wrong_answer/forgets_open_brackets.py",
        "valid-parentheses/solution.py",
    );
    std::fs::write(dir.path().join("not_a_problem.py"), "print(1)\n").unwrap();
    std::fs::write(
        dir.path().join("binary-search.rs"),
        "fn main() { let x: String = 5; }\n",
    )
    .unwrap();
    dir
}
