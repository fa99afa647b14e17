//! `judge import kattis`: converts a package ([`kattis::convert`]), writes judge's problem folder
//! into a temporary folder beside its destination, loads it back with the catalog to prove every
//! test survived byte for byte, moves it in place, and prints what was imported and what was not
//! (text or JSON).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::app::{Format, Global};
use crate::catalog::{Catalog, Difficulty};
use crate::exit::Failure;
use crate::import::flags::Compare;
use crate::import::kattis::{self, Conversion};
use crate::import::testdata::Test;
use crate::import::yaml;
use crate::report::Style;

/// Samples up to this size stay in problem.yaml; more go to `tests/sample.yaml`.
const INLINE_SAMPLES_BYTES: usize = 64 << 10;
/// Above this much test data, warn that the built-in catalog would embed it in the binary.
const LARGE_DATA_BYTES: usize = 16 << 20;

/// Options of `judge import kattis`.
#[derive(Debug, Clone)]
pub struct KattisOptions {
    pub package: PathBuf,
    /// The catalog folder the problem folder is written into.
    pub output: PathBuf,
    pub slug: Option<String>,
    pub difficulty: Difficulty,
    /// Replace an existing problem folder.
    pub force: bool,
    pub ignore_output_validator: bool,
    pub format: Format,
}

fn write_error(path: &Path, e: std::io::Error) -> Failure {
    Failure::usage(format!("cannot write {}: {e}", path.display()), "")
}

/// `judge import kattis PACKAGE`.
pub fn import_kattis(global: &Global, opts: KattisOptions) -> Result<(), Failure> {
    let mut conv = kattis::convert(
        &opts.package,
        &kattis::Options {
            slug: opts.slug.clone(),
            difficulty: opts.difficulty,
            ignore_output_validator: opts.ignore_output_validator,
        },
    )?;
    let target = opts.output.join(&conv.slug);
    if target.exists() && !opts.force {
        return Err(Failure::usage(
            format!("{} already exists", target.display()),
            "help: pass --force to replace it, or --slug or -o to write elsewhere",
        ));
    }
    let data: usize = conv
        .tests
        .iter()
        .map(|t| t.input.len() + t.output.len())
        .sum();
    if data > LARGE_DATA_BYTES {
        conv.warnings.push(format!(
            "{} MiB of test data: the built-in catalog embeds problems/ in the judge binary, so \
             keep large problems in a catalog of their own (-o DIR, then --catalog DIR)",
            data >> 20
        ));
    }

    std::fs::create_dir_all(&opts.output).map_err(|e| write_error(&opts.output, e))?;
    let work = tempfile::Builder::new()
        .prefix(".judge-import-")
        .tempdir_in(&opts.output)
        .map_err(|e| write_error(&opts.output, e))?;
    let staged = work.path().join(&conv.slug);
    let files = render(&conv);
    for (rel, bytes) in &files {
        let path = staged.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| write_error(dir, e))?;
        }
        std::fs::write(&path, bytes).map_err(|e| write_error(&path, e))?;
    }
    verify(&conv, work.path())?;
    if target.exists() {
        std::fs::remove_dir_all(&target).map_err(|e| write_error(&target, e))?;
    }
    std::fs::rename(&staged, &target).map_err(|e| write_error(&target, e))?;

    let next = format!(
        "judge --catalog {} validate {}",
        opts.output.display(),
        conv.slug
    );
    let mut out = crate::app::stdout();
    let res = match opts.format {
        Format::Json => {
            let doc = summary_json(&conv, &opts.package, &target, &next);
            serde_json::to_writer_pretty(&mut out, &doc)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out))
        }
        Format::Text => write!(
            out,
            "{}",
            summary_text(&conv, &opts.package, &target, &next, global_style(global))
        ),
    };
    match res {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Failure::internal(format!("cannot write to stdout: {e}")))
        }
        _ => Ok(()),
    }
}

fn global_style(global: &Global) -> Style {
    Style {
        color: global.color,
    }
}

/// The files of the problem folder, relative to it.
fn render(conv: &Conversion) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let sample_bytes: usize = conv
        .tests
        .iter()
        .filter(|t| t.sample)
        .map(|t| t.input.len() + t.output.len())
        .sum();
    let inline = |t: &Test| t.sample && sample_bytes <= INLINE_SAMPLES_BYTES;

    // Test files: consecutive tests of one group share a file, in the package's order.
    let mut chunks: Vec<(String, Vec<&Test>)> = Vec::new();
    for t in conv.tests.iter().filter(|t| !inline(t)) {
        match chunks.last_mut() {
            Some((group, tests)) if *group == t.file_group => tests.push(t),
            _ => chunks.push((t.file_group.clone(), vec![t])),
        }
    }
    let mut test_files = Vec::new();
    for (group, tests) in &chunks {
        let mut rel = format!("tests/{group}.yaml");
        let mut n = 2;
        while test_files.contains(&rel) {
            rel = format!("tests/{group}-{n}.yaml");
            n += 1;
        }
        let mut text = format!(
            "# Tests of the Kattis package `{}` ({}), in the package's order.\ntests:\n",
            conv.slug,
            where_from(tests)
        );
        for t in tests {
            test_entry(&mut text, t, &conv.compare.yaml);
        }
        files.push((rel.clone(), text.into_bytes()));
        test_files.push(rel);
    }

    let mut p = String::new();
    let _ = writeln!(
        p,
        "# Imported by `judge import kattis` from the Kattis problem package `{}` ({} format).",
        conv.slug,
        conv.version.name()
    );
    p.push_str("format_version: 1\n");
    let _ = writeln!(p, "title: {}", yaml::quoted(&conv.title));
    let _ = writeln!(p, "difficulty: {}", conv.difficulty.as_str());
    if !conv.tags.is_empty() {
        let tags: Vec<String> = conv.tags.iter().map(|t| yaml::quoted(t)).collect();
        let _ = writeln!(p, "tags: [{}]", tags.join(", "));
    }
    p.push_str("statement_file: statement.md\n");
    let _ = writeln!(
        p,
        "limits: {{time: {}, memory: {}, output: {}}}",
        conv.time.value, conv.memory.value, conv.output.value
    );
    let _ = writeln!(
        p,
        "# The default output validator's rules: {}.",
        conv.compare.meaning
    );
    let _ = writeln!(p, "compare: {}", conv.compare.yaml);
    let inline_tests: Vec<&Test> = conv.tests.iter().filter(|t| inline(t)).collect();
    if !inline_tests.is_empty() {
        p.push_str("tests:\n");
        for t in inline_tests {
            test_entry(&mut p, t, &conv.compare.yaml);
        }
    }
    if !test_files.is_empty() {
        p.push_str("test_files:\n");
        for f in &test_files {
            let _ = writeln!(p, "  - {f}");
        }
    }
    files.insert(0, ("problem.yaml".to_string(), p.into_bytes()));
    files.insert(
        1,
        (
            "statement.md".to_string(),
            conv.statement.clone().into_bytes(),
        ),
    );
    for s in &conv.solutions {
        files.push((
            format!("solutions/{}/{}", s.folder, s.file),
            s.contents.clone(),
        ));
    }
    files
}

/// `data/secret/group1`, or a list of such folders, for a test file's header.
fn where_from(tests: &[&Test]) -> String {
    let mut dirs: Vec<String> = Vec::new();
    for t in tests {
        let dir = match t.data_path.rsplit_once('/') {
            Some((d, _)) => format!("data/{d}"),
            None => "data".to_string(),
        };
        if !dirs.contains(&dir) {
            dirs.push(dir);
        }
    }
    dirs.join(", ")
}

fn test_entry(out: &mut String, t: &Test, problem_compare: &str) {
    let _ = writeln!(out, "  - name: {}", yaml::quoted(&t.name));
    if t.sample {
        out.push_str("    sample: true\n");
    }
    yaml::field(out, 4, "input", &t.input);
    yaml::field(out, 4, "output", &t.output);
    if t.compare.yaml != problem_compare {
        let _ = writeln!(out, "    compare: {}", t.compare.yaml);
    }
}

/// Loads the staged problem with the catalog and checks every test against the package.
fn verify(conv: &Conversion, staged_catalog: &Path) -> Result<(), Failure> {
    let bug = |m: String| {
        Failure::internal(format!(
            "the imported problem does not read back as written ({m}); nothing was written. \
             This is a bug in judge import, please report it"
        ))
    };
    let problem = Catalog::Dir(staged_catalog.to_path_buf())
        .problem(&conv.slug)
        .map_err(|e| bug(format!("{e} {}", e.details().trim())))?;
    if problem.tests.len() != conv.tests.len() {
        return Err(bug(format!(
            "{} tests instead of {}",
            problem.tests.len(),
            conv.tests.len()
        )));
    }
    for (loaded, t) in problem.tests.iter().zip(&conv.tests) {
        let same = loaded.name == t.name
            && loaded.sample == t.sample
            && *loaded.input == *t.input
            && *loaded.output == *t.output
            && problem.compare_for(loaded).name() == compare_name(&t.compare.yaml);
        if !same {
            return Err(bug(format!("test {} differs", t.data_path)));
        }
    }
    Ok(())
}

/// The mode name of a comparison's YAML: `tokens` or `{mode: float, ...}`.
fn compare_name(yaml: &str) -> &str {
    match yaml.strip_prefix("{mode: ") {
        Some(rest) => rest.split([',', '}']).next().unwrap_or(rest),
        None => yaml,
    }
}

/// Solutions by judge folder, in folder order.
fn solutions_by_folder(conv: &Conversion) -> BTreeMap<&str, Vec<&str>> {
    let mut by: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for s in &conv.solutions {
        by.entry(s.folder).or_default().push(&s.file);
    }
    by
}

/// `{"accepted": [{"file": "sol.py", "from": "submissions/accepted/sol.py"}], ...}`.
fn solutions_json(conv: &Conversion) -> serde_json::Value {
    let mut by: BTreeMap<&str, Vec<serde_json::Value>> = BTreeMap::new();
    for s in &conv.solutions {
        by.entry(s.folder)
            .or_default()
            .push(serde_json::json!({"file": s.file, "from": s.from}));
    }
    serde_json::json!(by)
}

fn skipped_by_language(conv: &Conversion) -> BTreeMap<&str, usize> {
    let mut by: BTreeMap<&str, usize> = BTreeMap::new();
    for s in &conv.skipped_solutions {
        *by.entry(s.language.as_str()).or_default() += 1;
    }
    by
}

/// Tests whose comparison is not the problem's, grouped by comparison.
fn compare_overrides(conv: &Conversion) -> Vec<(&Compare, Vec<&str>)> {
    let mut out: Vec<(&Compare, Vec<&str>)> = Vec::new();
    for t in conv.tests.iter().filter(|t| t.compare != conv.compare) {
        match out.iter_mut().find(|(c, _)| c.yaml == t.compare.yaml) {
            Some((_, names)) => names.push(&t.name),
            None => out.push((&t.compare, vec![&t.name])),
        }
    }
    out
}

fn flags_text(flags: &str) -> String {
    if flags.is_empty() {
        "no validator flags".to_string()
    } else {
        format!("validator flags `{flags}`")
    }
}

fn summary_json(conv: &Conversion, package: &Path, target: &Path, next: &str) -> serde_json::Value {
    let limit = |l: &kattis::Limit| serde_json::json!({"value": l.value, "from": l.from});
    let overrides: Vec<serde_json::Value> = compare_overrides(conv)
        .into_iter()
        .map(|(c, names)| {
            serde_json::json!({"yaml": c.yaml, "meaning": c.meaning, "flags": c.flags, "tests": names})
        })
        .collect();
    serde_json::json!({
        "ok": true,
        "package": package.display().to_string(),
        "format": conv.version.name(),
        "slug": conv.slug,
        "problem_dir": target.display().to_string(),
        "title": conv.title,
        "difficulty": conv.difficulty,
        "tags": conv.tags,
        "statement": {"source": conv.statement_source, "file": "statement.md"},
        "tests": {
            "sample": conv.tests.iter().filter(|t| t.sample).count(),
            "secret": conv.tests.iter().filter(|t| !t.sample).count(),
            "names": conv.tests.iter().map(|t| &t.name).collect::<Vec<_>>(),
            "left_out_duplicates": conv.duplicates.iter()
                .map(|(n, first)| serde_json::json!({"name": n, "same_as": first}))
                .collect::<Vec<_>>(),
        },
        "compare": {
            "yaml": conv.compare.yaml,
            "meaning": conv.compare.meaning,
            "flags": conv.compare.flags,
            "tests": conv.tests.iter().filter(|t| t.compare == conv.compare).count(),
        },
        "compare_overrides": overrides,
        "limits": {
            "time": limit(&conv.time),
            "memory": limit(&conv.memory),
            "output": limit(&conv.output),
        },
        "solutions": solutions_json(conv),
        "skipped_solutions": conv.skipped_solutions.iter()
            .map(|s| serde_json::json!({"path": s.path, "language": s.language, "reason": s.reason}))
            .collect::<Vec<_>>(),
        "skipped_by_language": skipped_by_language(conv),
        "warnings": conv.warnings,
        "next": next,
    })
}

fn summary_text(conv: &Conversion, package: &Path, target: &Path, next: &str, s: Style) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{} {} ({} format) → {}",
        s.bold("imported"),
        package.display(),
        conv.version.name(),
        s.bold(&target.display().to_string())
    );
    let row = |o: &mut String, label: &str, text: String| {
        let _ = writeln!(o, "  {}  {text}", s.dim(&format!("{label:<10}")));
    };
    let tags = if conv.tags.is_empty() {
        "no tags".to_string()
    } else {
        format!("tags {}", conv.tags.join(", "))
    };
    row(
        &mut o,
        "title",
        format!(
            "{} · difficulty {} (not in the package; --difficulty) · {tags}",
            conv.title,
            conv.difficulty.as_str()
        ),
    );
    row(
        &mut o,
        "statement",
        match &conv.statement_source {
            Some(src) if src.ends_with(".tex") => {
                format!("{src}, converted from LaTeX → statement.md")
            }
            Some(src) => format!("{src} → statement.md"),
            None => "none in the package: a placeholder statement.md".to_string(),
        },
    );
    let samples = conv.tests.iter().filter(|t| t.sample).count();
    let names: Vec<&str> = conv.tests.iter().map(|t| t.name.as_str()).collect();
    let shown = if names.len() > 12 {
        format!("{}, … ({} more)", names[..10].join(", "), names.len() - 10)
    } else {
        names.join(", ")
    };
    row(
        &mut o,
        "tests",
        format!(
            "{samples} sample + {} secret: {shown}",
            conv.tests.len() - samples
        ),
    );
    let same = conv
        .tests
        .iter()
        .filter(|t| t.compare == conv.compare)
        .count();
    row(
        &mut o,
        "compare",
        format!(
            "{}{}",
            s.bold(&conv.compare.yaml),
            if same < conv.tests.len() {
                format!(" ({same} tests)")
            } else {
                String::new()
            }
        ),
    );
    row(
        &mut o,
        "",
        format!(
            "{}: {}",
            flags_text(&conv.compare.flags),
            conv.compare.meaning
        ),
    );
    for (c, names) in compare_overrides(conv) {
        row(
            &mut o,
            "",
            format!(
                "{} for {}: {}: {}",
                s.bold(&c.yaml),
                names.join(", "),
                flags_text(&c.flags),
                c.meaning
            ),
        );
    }
    row(
        &mut o,
        "limits",
        format!(
            "time {} ({}) · memory {} ({}) · output {} ({})",
            conv.time.value,
            conv.time.from,
            conv.memory.value,
            conv.memory.from,
            conv.output.value,
            conv.output.from
        ),
    );
    let by_folder = solutions_by_folder(conv);
    row(
        &mut o,
        "solutions",
        if by_folder.is_empty() {
            "none".to_string()
        } else {
            by_folder
                .iter()
                .map(|(folder, files)| format!("{folder} {} ({})", files.len(), files.join(", ")))
                .collect::<Vec<_>>()
                .join(" · ")
        },
    );
    // One row per language and reason: `2 C++ (judge runs Python 3 and Rust): a.cpp, b.cpp`.
    let mut skipped: Vec<((&str, &str), Vec<&str>)> = Vec::new();
    for sk in &conv.skipped_solutions {
        let key = (sk.language.as_str(), sk.reason.as_str());
        match skipped.iter_mut().find(|(k, _)| *k == key) {
            Some((_, paths)) => paths.push(&sk.path),
            None => skipped.push((key, vec![&sk.path])),
        }
    }
    for (i, ((language, reason), paths)) in skipped.iter().enumerate() {
        let list = if paths.len() > 4 {
            format!("{}, … ({} more)", paths[..3].join(", "), paths.len() - 3)
        } else {
            paths.join(", ")
        };
        row(
            &mut o,
            if i == 0 { "skipped" } else { "" },
            format!("{} {language} ({reason}): {list}", paths.len()),
        );
    }
    for w in &conv.warnings {
        let _ = writeln!(o, "{} {w}", s.warning("warning:"));
    }
    let _ = writeln!(o, "{} {}", s.help("next:"), next);
    o
}
