//! The judge's own memory stays bounded whatever a solution prints within its caps: a solution
//! that prints 100 MiB of short lines is compared against a generated expected output of the
//! same size (a 256 MiB output cap), and the judge reports its own peak (`judge_memory_kib`,
//! the VmHWM of the judge process alone) at most 64 MiB, with the right verdict.

use std::path::Path;

use crate::util::{self, Judge};

/// What the judge may use of its own, in KiB.
const JUDGE_MEMORY_KIB: u64 = 64 << 10;

/// Lines of `1` printed: 2 bytes each, 100 MiB in all.
const LINES: usize = 50 << 20;

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// A Python program that prints `LINES` lines of `1`, the line `wrong` (0-based) replaced by
/// `3` when given.
fn flood(wrong: Option<usize>) -> String {
    let body = match wrong {
        None => format!("w(b'1\\n' * {LINES})"),
        Some(k) => format!(
            "w(b'1\\n' * {k})\nw(b'3\\n')\nw(b'1\\n' * {})",
            LINES - k - 1
        ),
    };
    format!("import sys\nw = sys.stdout.buffer.write\n{body}\n")
}

fn run(judge: &Judge, catalog: &Path, solution: &Path) -> serde_json::Value {
    let mut cmd = judge.cmd();
    cmd.arg("--catalog")
        .arg(catalog)
        .args(["run", "flood"])
        .arg(solution)
        .args(["--format", "json"]);
    util::json(&util::run(cmd))
}

#[test]
fn a_hundred_mebibytes_of_short_lines_are_judged_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = dir.path().join("catalog");
    write(
        &catalog.join("flood/problem.yaml"),
        "format_version: 1\ntitle: Flood\ndifficulty: easy\nstatement: Print.\n\
         reference: r.py\nlimits: {time: 20s, memory: 1GiB, output: 256MiB}\n\
         tests:\n  - name: many-ones\n    sample: true\n    generate: {program: gen.py, seed: 1}\n",
    );
    write(&catalog.join("flood/gen.py"), "print('x')\n");
    write(&catalog.join("flood/r.py"), &flood(None));
    let ac = dir.path().join("ac.py");
    let wa = dir.path().join("wa.py");
    write(&ac, &flood(None));
    // The 30,000,001st line differs.
    write(&wa, &flood(Some(30_000_000)));
    let judge = Judge::new();

    // The first run also makes the expected output (the reference's 100 MiB) and caches it.
    let report = run(&judge, &catalog, &ac);
    assert_eq!(report["verdict"], "AC", "{report:#}");
    let peak = report["judge_memory_kib"].as_u64().unwrap();
    assert!(
        peak <= JUDGE_MEMORY_KIB,
        "AC: the judge peaked at {peak} KiB"
    );

    let report = run(&judge, &catalog, &wa);
    assert_eq!(report["verdict"], "WA", "{report:#}");
    let detail = report["tests"][0]["detail"].as_str().unwrap_or_default();
    assert!(
        detail.contains("line 30000001: expected `1`, got `3`"),
        "{report:#}"
    );
    let peak = report["judge_memory_kib"].as_u64().unwrap();
    assert!(
        peak <= JUDGE_MEMORY_KIB,
        "WA: the judge peaked at {peak} KiB"
    );

    // The terminal report shows the lines around that difference, not the start.
    let mut cmd = judge.cmd();
    cmd.arg("--catalog")
        .arg(&catalog)
        .args(["run", "flood"])
        .arg(&wa);
    let out = util::run(cmd);
    let text = util::stdout(&out);
    let diff = text.split("diff").nth(1).unwrap_or_default();
    assert!(
        diff.contains("30000001 - 1") && diff.contains("30000001 + 3"),
        "{text}"
    );
    assert!(text.len() < 64 << 10, "the report is {} bytes", text.len());
}
