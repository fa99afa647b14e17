//! The judge's own memory stays bounded whatever a solution prints within its caps: a solution
//! that prints 100 MiB of short lines (a 256 MiB output cap) is accepted against a generated
//! expected output of the same size, and is a wrong answer on a visible sample whose third line
//! differs, with that line named and diffed; each time the judge reports its own peak
//! (`judge_memory_kib`, the VmHWM of the judge process alone) at most 64 MiB.

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

/// A Python program that prints `LINES` lines of `1`.
fn flood() -> String {
    format!("import sys\nsys.stdout.buffer.write(b'1\\n' * {LINES})\n")
}

fn run(judge: &Judge, catalog: &Path, slug: &str, solution: &Path) -> serde_json::Value {
    let mut cmd = judge.cmd();
    cmd.arg("--catalog")
        .arg(catalog)
        .args(["run", slug])
        .arg(solution)
        .args(["--format", "json"]);
    util::json(&util::run(cmd))
}

fn peak(report: &serde_json::Value) -> u64 {
    report["judge_memory_kib"].as_u64().unwrap()
}

#[test]
fn a_hundred_mebibytes_of_short_lines_are_judged_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let catalog = dir.path().join("catalog");
    let limits = "limits: {time: 20s, memory: 1GiB, output: 256MiB}";
    // A hidden generated test whose expected output is the reference's 100 MiB.
    write(
        &catalog.join("flood/problem.yaml"),
        &format!(
            "format_version: 1\ntitle: Flood\ndifficulty: easy\nstatement: Print.\n\
             reference: r.py\n{limits}\n\
             tests:\n  - name: many-ones\n    generate: {{program: gen.py, seed: 1}}\n"
        ),
    );
    write(&catalog.join("flood/gen.py"), "print('x')\n");
    write(&catalog.join("flood/r.py"), &flood());
    // A visible sample whose third line is `2`.
    write(
        &catalog.join("sample/problem.yaml"),
        &format!(
            "format_version: 1\ntitle: Sample\ndifficulty: easy\nstatement: Print.\n{limits}\n\
             tests:\n  - name: three\n    sample: true\n    input: \"x\\n\"\n    output: \"1\\n1\\n2\\n\"\n"
        ),
    );
    let ac = dir.path().join("ac.py");
    write(&ac, &flood());
    let judge = Judge::new();

    // The run also makes the expected output (the reference's 100 MiB) and caches it, then
    // compares the solution's 100 MiB with it.
    let report = run(&judge, &catalog, "flood", &ac);
    assert_eq!(report["verdict"], "AC", "{report:#}");
    assert!(
        peak(&report) <= JUDGE_MEMORY_KIB,
        "AC: {} KiB",
        peak(&report)
    );

    // On the sample, the difference is named and the diff shows its lines.
    let report = run(&judge, &catalog, "sample", &ac);
    assert_eq!(report["verdict"], "WA", "{report:#}");
    assert!(
        peak(&report) <= JUDGE_MEMORY_KIB,
        "sample: {} KiB",
        peak(&report)
    );
    let detail = report["tests"][0]["detail"].as_str().unwrap_or_default();
    assert!(
        detail.contains("line 3: expected `2`, got `1`"),
        "{report:#}"
    );
    let mut cmd = judge.cmd();
    cmd.arg("--catalog")
        .arg(&catalog)
        .args(["run", "sample"])
        .arg(&ac);
    let out = util::run(cmd);
    let text = util::stdout(&out);
    let diff = text.split("diff").nth(1).unwrap_or_default();
    assert!(
        diff.contains("    3 - 2") && diff.contains("    3 + 1"),
        "{text}"
    );
    assert!(text.len() < 64 << 10, "the report is {} bytes", text.len());
}
