//! The verdict matrix: every solution under `tests/fixtures/solutions/<problem>/` must get the
//! verdict its file name starts with, in both languages, with a well-formed JSON report and the
//! documented exit code.

use std::path::PathBuf;
use std::sync::Mutex;

use crate::util::{self, Judge};

fn fixture_solutions() -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    let dir = util::fixtures().join("solutions");
    for problem in std::fs::read_dir(&dir).expect("fixtures/solutions exists") {
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

/// Checks one fixture; returns a description of what is wrong, if anything.
fn check(judge: &Judge, slug: &str, file: &PathBuf) -> Result<(), String> {
    let want = util::expected_verdict(file);
    let mut cmd = judge.fixture_cmd();
    cmd.args(["run", slug])
        .arg(file)
        .args(["--format", "json", "--jobs", "2"]);
    let out = util::run(cmd);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).map_err(|e| {
        format!(
            "not JSON ({e}): {}\n{}",
            util::stdout(&out),
            util::stderr(&out)
        )
    })?;
    let got = report["verdict"].as_str().unwrap_or("?").to_string();
    if got != want {
        return Err(format!(
            "verdict {got}, expected {want}; report: {report:#}"
        ));
    }
    let code = out.status.code();
    let want_code = match want.as_str() {
        "AC" => 0,
        "IE" => 3,
        _ => 1,
    };
    if code != Some(want_code) {
        return Err(format!("exit code {code:?}, expected {want_code}"));
    }
    let lang = if file.extension().unwrap() == "rs" {
        "rust"
    } else {
        "python"
    };
    if report["language"] != lang || report["problem"] != slug {
        return Err(format!("wrong language or problem in {report:#}"));
    }
    if lang == "rust" && !report["compile"]["cached"].is_boolean() {
        return Err(format!("rust run without compile.cached: {report:#}"));
    }
    let tests = report["tests"].as_array().ok_or("no tests array")?;
    if want == "CE" {
        if !tests.is_empty()
            || !report["compile_error"].as_str().is_some_and(|m| {
                if lang == "rust" {
                    m.contains("error")
                } else {
                    // The signature check's message, or a syntax error with its caret.
                    m.contains("Solution")
                        || m.contains("MinStack")
                        || (m.contains("SyntaxError") && m.contains('^'))
                }
            })
        {
            return Err(format!(
                "CE must carry rustc's or the signature check's message and run no test: {report:#}"
            ));
        }
        return Ok(());
    }
    let passed = tests.iter().filter(|t| t["verdict"] == "AC").count();
    if report["passed"].as_u64() != Some(passed as u64)
        || report["total"].as_u64().unwrap_or(0) < tests.len() as u64
    {
        return Err(format!("passed/total do not match the tests: {report:#}"));
    }
    for t in tests {
        for key in [
            "name",
            "verdict",
            "time_ms",
            "wall_ms",
            "memory_kib",
            "hidden",
        ] {
            if t.get(key).is_none() {
                return Err(format!("test without `{key}`: {t}"));
            }
        }
    }
    // The overall verdict is the first failing test's.
    if let Some(first) = tests.iter().find(|t| t["verdict"] != "AC") {
        if first["verdict"] != report["verdict"] {
            return Err(format!(
                "overall verdict is not the first failure's: {report:#}"
            ));
        }
    }
    let stem = file.file_stem().unwrap().to_string_lossy();
    let failing = tests.iter().find(|t| t["verdict"] == want.as_str());
    if stem.starts_with("tle_sleep") {
        let t = failing.ok_or("no TLE test")?;
        // A sleeping program uses almost no CPU: it was stopped by the wall-clock backstop.
        if t["time_ms"].as_u64().unwrap_or(u64::MAX) >= 500
            || !t["detail"].as_str().unwrap_or("").contains("slept")
        {
            return Err(format!(
                "sleep must be a wall-clock TLE with little CPU: {t}"
            ));
        }
    }
    if stem.starts_with("tle_busy") {
        let t = failing.ok_or("no TLE test")?;
        // Stopped at its CPU limit; or, on a machine so loaded that it gets less than a third
        // of a core, at the wall-clock bound of three times the limit plus one second.
        let cpu = t["time_ms"].as_u64().unwrap_or(0);
        let wall = t["wall_ms"].as_u64().unwrap_or(0);
        if cpu < 1000 && wall < 3 * 1000 + 1000 {
            return Err(format!("a busy loop must use the whole CPU limit: {t}"));
        }
    }
    Ok(())
}

#[test]
fn every_fixture_gets_the_verdict_in_its_name() {
    let judge = Judge::new();
    let all = fixture_solutions();
    assert!(
        all.len() >= 30,
        "expected the full fixture matrix, found {}",
        all.len()
    );
    for lang in ["py", "rs"] {
        for v in ["ac", "wa", "tle", "mle", "ole", "re"] {
            assert!(
                all.iter().any(|(_, f)| f.extension().unwrap() == lang
                    && f.file_name()
                        .unwrap()
                        .to_string_lossy()
                        .starts_with(&format!("{v}_"))),
                "no {v}_*.{lang} fixture"
            );
        }
    }
    let queue = Mutex::new(all.iter());
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let Some((slug, file)) = queue.lock().unwrap().next() else {
                    break;
                };
                if let Err(e) = check(&judge, slug, file) {
                    failures
                        .lock()
                        .unwrap()
                        .push(format!("{}: {e}", file.display()));
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{} fixtures failed:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
