//! `judge report --html` and `judge mock report --html`: a populated history (runs across
//! simulated days, a mock session, a review) written as one page, checked as text, then rendered
//! by a headless Chromium when one is installed (skipped with a printed reason otherwise): no
//! console errors, no network, and the charts' pixels are on the screenshot.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::util::*;

const DAY: i64 = 86_400;
/// 2026-11-02 09:00 UTC.
const START: i64 = 1_793_610_000;

fn at(j: &Judge, t: i64, args: &[&str]) -> Output {
    let mut c = j.fixture_cmd();
    c.env("JUDGE_NOW", t.to_string())
        .env("TZ", "UTC")
        .args(args);
    run(c)
}

fn sol(problem: &str, file: &str) -> String {
    fixtures()
        .join("solutions")
        .join(problem)
        .join(file)
        .display()
        .to_string()
}

/// A history worth a report: solves on several days, a rejected attempt, a review, a mock.
fn populated(j: &Judge, dir: &Path) -> i64 {
    let steps: &[(i64, &str, &str)] = &[
        (0, "sum-lines", "wa_off_by_one.py"),
        (600, "sum-lines", "ac_simple.py"),
        (DAY, "fn-two-sum", "wa_first_two.py"),
        (DAY + 900, "fn-two-sum", "ac_leetcode.py"),
        (DAY + 3600, "sum-lines", "ac_simple.py"),
        (3 * DAY, "float-avg", "ac_fixed.py"),
        (4 * DAY, "fn-reverse-list", "ac_iterative.py"),
    ];
    for (t, p, f) in steps {
        at(j, START + t, &["run", p, &sol(p, f), "--jobs", "2"]);
    }
    let t = START + 5 * DAY;
    let mut c = j.fixture_cmd();
    c.env("JUDGE_NOW", t.to_string())
        .args([
            "mock",
            "start",
            "--preset",
            "interview",
            "--problems",
            "sum-lines,fn-two-sum",
            "--format",
            "json",
            "--dir",
        ])
        .arg(dir.join("mock"));
    let o = run(c);
    assert!(o.status.success(), "{}", stderr(&o));
    let id = json(&o)["id"].as_i64().unwrap();
    at(
        j,
        t + 300,
        &["submit", "sum-lines", &sol("sum-lines", "ac_simple.py")],
    );
    at(
        j,
        t + 900,
        &[
            "submit",
            "fn-two-sum",
            &sol("fn-two-sum", "wa_first_two.py"),
        ],
    );
    at(j, t + 1200, &["mock", "end"]);
    id
}

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("JUDGE_TEST_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ]
    .iter()
    .find_map(|name| {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|d| d.join(name))
                .find(|p| p.is_file())
        })
    })
}

/// Renders `page` headless into `png`; returns Chromium's log (console messages included).
fn screenshot(browser: &Path, page: &Path, png: &Path, height: u32) -> String {
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--enable-logging=stderr",
            "--v=0",
            // Any request that leaves the machine fails, and is logged.
            "--host-resolver-rules=MAP * ~NOTFOUND",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--window-size=1100,{height}"))
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    let log = stderr(&out);
    assert!(png.is_file(), "no screenshot; chromium said:\n{log}");
    log
}

/// How many pixels of the screenshot are the charts' blue (#3b82f6), read by Python's zlib
/// (an 8-bit RGB or RGBA PNG, as Chromium writes them).
fn blue_pixels(png: &Path) -> usize {
    let script = r#"
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
pos, chunks, idat = 8, {}, b''
while pos < len(data):
    n, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b'IHDR': w, h, depth, color = struct.unpack('>IIBB', body[:10])
    if kind == b'IDAT': idat += body
    pos += 12 + n
bpp = {2: 3, 6: 4}[color]
raw, stride, prev, rows = zlib.decompress(idat), w * bpp, bytearray(w * bpp), []
for y in range(h):
    f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append(line); prev = line
print(sum(1 for r in rows for x in range(0, stride, bpp)
          if abs(r[x] - 0x3b) < 12 and abs(r[x + 1] - 0x82) < 12 and abs(r[x + 2] - 0xf6) < 12))
"#;
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(png)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out).trim().parse().unwrap()
}

fn console_errors(log: &str) -> Vec<&str> {
    log.lines()
        .filter(|l| {
            l.contains("CONSOLE")
                || l.contains("Uncaught")
                || l.contains("net::ERR_")
                || l.contains("Failed to load resource")
        })
        .collect()
}

#[test]
fn html_reports_are_self_contained_and_render_in_a_browser() {
    let j = Judge::new();
    let dir = tempfile::tempdir().unwrap();
    let mock_id = populated(&j, dir.path());
    let now = START + 6 * DAY;

    let page = dir.path().join("out/progress.html");
    let o = at(&j, now, &["report", "--html", page.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let html = std::fs::read_to_string(&page).unwrap();
    for external in [
        "<script", "<link", "src=", "@import", "url(", "http://", "https://",
    ] {
        let hits: Vec<_> = html.match_indices(external).collect();
        // The SVG namespace is a name, never fetched.
        let fetches = hits
            .iter()
            .filter(|(i, _)| !html[*i..].starts_with("http://www.w3.org/2000/svg"))
            .count();
        assert_eq!(fetches, 0, "{external} in the page");
    }
    for section in [
        "Problems solved over time",
        "Solved by difficulty",
        "Study lists",
        "Median time to first AC, by difficulty",
        "Weakest patterns",
        "Review queue",
        "Mock assessments",
    ] {
        assert!(html.contains(&format!("<h2>{section}</h2>")), "{section}");
    }
    assert!(html.contains("<td>sum-lines</td>"), "the review queue");
    assert!(
        html.contains(&format!("<td>#{mock_id}</td>")),
        "the mock history"
    );
    assert!(
        html.contains("class=\"series\""),
        "the solved-over-time line"
    );

    let mock_page = dir.path().join("mock.html");
    let o = at(
        &j,
        now,
        &[
            "mock",
            "report",
            &mock_id.to_string(),
            "--html",
            mock_page.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let mock_html = std::fs::read_to_string(&mock_page).unwrap();
    assert!(mock_html.contains("<h2>Tests passed by the best submission</h2>"));
    assert!(mock_html.contains("<td>solved</td>") && mock_html.contains("<td>not solved</td>"));

    let Some(browser) = chromium() else {
        eprintln!(
            "skipped the browser half: no chromium on PATH (install Debian's `chromium`, or set \
             JUDGE_TEST_CHROMIUM to a Chromium or Chrome binary)"
        );
        return;
    };
    for (file, height) in [(&page, 1800), (&mock_page, 700)] {
        let png = file.with_extension("png");
        let log = screenshot(&browser, file, &png, height);
        assert!(
            console_errors(&log).is_empty(),
            "console errors: {:?}",
            console_errors(&log)
        );
        let blue = blue_pixels(&png);
        assert!(
            blue > 2000,
            "{} has {blue} pixels of chart blue: not drawn",
            png.display()
        );
        if let Some(keep) = std::env::var_os("JUDGE_REPORT_SCREENSHOT_DIR") {
            let keep = PathBuf::from(keep);
            std::fs::create_dir_all(&keep).unwrap();
            std::fs::copy(&png, keep.join(png.file_name().unwrap())).unwrap();
        }
    }
}
