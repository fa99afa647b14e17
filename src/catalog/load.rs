//! Reading problems: files from the built-in catalog or a folder, strict YAML parsing with
//! located errors, and the checks serde cannot express (one statement, unique test names, files
//! that exist).

use std::collections::HashSet;
use std::path::PathBuf;

use serde::de::DeserializeOwned;
use serde_saphyr::Spanned;

use super::error::suggestion_for_serde_message;
use super::spec::{self, CompareSpec, LimitOverride, ProblemSpec, TestFileSpec, TestSpec};
use super::{
    Catalog, CatalogError, Limits, LimitsOverride, Problem, ProblemLimits, ProblemSummary,
    TestCase, BUILTIN,
};
use crate::compare::Comparison;

const PROBLEM_FILE: &str = "problem.yaml";

pub(super) fn slugs(catalog: &Catalog) -> Result<Vec<String>, CatalogError> {
    let mut slugs: Vec<String> = match catalog {
        Catalog::Builtin => BUILTIN
            .dirs()
            .filter(|d| d.get_file(d.path().join(PROBLEM_FILE)).is_some())
            .filter_map(|d| d.path().file_name()?.to_str().map(str::to_string))
            .collect(),
        Catalog::Dir(dir) => {
            let entries = std::fs::read_dir(dir).map_err(|source| CatalogError::Read {
                file: dir.display().to_string(),
                source,
            })?;
            entries
                .flatten()
                .filter(|e| e.path().join(PROBLEM_FILE).is_file())
                .filter_map(|e| e.file_name().to_str().map(str::to_string))
                .collect()
        }
    };
    if slugs.is_empty() {
        return Err(CatalogError::Empty {
            dir: catalog.describe(),
        });
    }
    slugs.sort();
    Ok(slugs)
}

/// The path of a catalog file as shown in messages.
fn display_path(catalog: &Catalog, rel: &str) -> String {
    match catalog {
        Catalog::Builtin => format!("<built-in>/{rel}"),
        Catalog::Dir(dir) => dir.join(rel).display().to_string(),
    }
}

fn read_bytes(catalog: &Catalog, rel: &str) -> Result<Vec<u8>, CatalogError> {
    let not_found = || CatalogError::Read {
        file: display_path(catalog, rel),
        source: std::io::Error::new(std::io::ErrorKind::NotFound, "file not found"),
    };
    match catalog {
        Catalog::Builtin => BUILTIN
            .get_file(rel)
            .map(|f| f.contents().to_vec())
            .ok_or_else(not_found),
        Catalog::Dir(dir) => {
            let path: PathBuf = dir.join(rel);
            std::fs::read(&path).map_err(|source| CatalogError::Read {
                file: path.display().to_string(),
                source,
            })
        }
    }
}

fn read_text(catalog: &Catalog, rel: &str) -> Result<String, CatalogError> {
    let bytes = read_bytes(catalog, rel)?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        let column =
            (valid.len() - valid.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1)) as u64 + 1;
        CatalogError::Located {
            file: display_path(catalog, rel),
            line,
            column,
            message: "the file is not valid UTF-8".to_string(),
            source_line: None,
            help: Some("save the file as UTF-8".to_string()),
        }
    })
}

fn located(
    file: &str,
    text: &str,
    line: u64,
    column: u64,
    message: String,
    help: Option<String>,
) -> CatalogError {
    let source_line = (line > 0)
        .then(|| text.lines().nth(line as usize - 1))
        .flatten()
        .map(|l| l.to_string());
    CatalogError::Located {
        file: file.to_string(),
        line,
        column,
        message,
        source_line,
        help,
    }
}

fn at<T>(
    file: &str,
    text: &str,
    span: &Spanned<T>,
    message: String,
    help: Option<String>,
) -> CatalogError {
    let loc = span.referenced;
    located(file, text, loc.line(), loc.column(), message, help)
}

/// Parses YAML into `T`, turning any error into a located [`CatalogError`].
fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, CatalogError> {
    if text.trim().is_empty() {
        return Err(CatalogError::Invalid {
            file: file.to_string(),
            message: "the file is empty".to_string(),
            help: Some("see docs/problem-format.md for what a problem file holds".to_string()),
        });
    }
    serde_saphyr::from_str::<T>(text).map_err(|e| {
        let full = e.to_string();
        let first = full.lines().next().unwrap_or("").trim();
        let first = first.strip_prefix("error: ").unwrap_or(first);
        // The message starts with "line L column C: " when the crate knows the place.
        let message = match first.split_once(": ") {
            Some((place, rest)) if place.starts_with("line ") => rest.to_string(),
            _ => first.to_string(),
        };
        // The crate's advice names its own API, which means nothing to a problem author.
        let message = message
            .replace(", set DuplicateKeyPolicy in Options if acceptable", "")
            .replace(
                "budget breached",
                "the file is too large or too deeply nested",
            );
        let help = suggestion_for_serde_message(&message);
        match e.location() {
            Some(loc) => located(file, text, loc.line(), loc.column(), message, help),
            None => CatalogError::Invalid {
                file: file.to_string(),
                message,
                help,
            },
        }
    })
}

fn limits_override(o: &Option<LimitOverride>) -> LimitsOverride {
    match o {
        None => LimitsOverride::default(),
        Some(o) => LimitsOverride {
            time: o.time.map(|d| d.0),
            memory_bytes: o.memory.map(|s| s.0),
            output_bytes: o.output.map(|s| s.0),
        },
    }
}

fn valid_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
}

/// Reads and checks one problem. Without `with_tests`, test files and checkers are not read.
pub(super) fn load(
    catalog: &Catalog,
    slug: &str,
    with_tests: bool,
) -> Result<Problem, CatalogError> {
    let rel = format!("{slug}/{PROBLEM_FILE}");
    let file = display_path(catalog, &rel);
    let text = read_text(catalog, &rel)?;
    // Errors about the file as a whole point at its start.
    let invalid =
        |message: String, help: Option<String>| located(&file, &text, 1, 1, message, help);
    if !valid_slug(slug) {
        return Err(invalid(
            format!("`{slug}` is not a valid slug (problem folder name)"),
            Some("use lowercase letters, digits and dashes".to_string()),
        ));
    }

    let probe: spec::VersionProbe = parse(&file, &text)?;
    match probe.format_version {
        None => {
            return Err(invalid(
                "missing `format_version`".to_string(),
                Some(format!(
                    "start the file with `format_version: {}`",
                    spec::FORMAT_VERSION
                )),
            ))
        }
        Some(v) if v.value != spec::FORMAT_VERSION => {
            let help = if v.value > spec::FORMAT_VERSION {
                "this problem needs a newer judge: upgrade judge"
            } else {
                "convert the problem to the current format (docs/problem-format.md)"
            };
            return Err(at(
                &file,
                &text,
                &v,
                format!(
                    "format_version {} is not supported; this judge reads version {}",
                    v.value,
                    spec::FORMAT_VERSION
                ),
                Some(help.to_string()),
            ));
        }
        Some(_) => {}
    }
    let spec: ProblemSpec = parse(&file, &text)?;

    if spec.title.trim().is_empty() {
        return Err(invalid("`title` is empty".to_string(), None));
    }
    for tag in &spec.tags {
        if !valid_slug(tag) {
            return Err(invalid(
                format!("tag `{tag}` is not valid"),
                Some("tags are lowercase words with dashes, like `prefix-sums`".to_string()),
            ));
        }
    }
    let statement = match (&spec.statement, &spec.statement_file) {
        (Some(_), Some(f)) => {
            return Err(at(
                &file,
                &text,
                f,
                "both `statement` and `statement_file` are given".to_string(),
                Some("keep one of the two".to_string()),
            ))
        }
        (None, None) => {
            return Err(invalid(
                "no statement".to_string(),
                Some(
                    "add `statement: |` with Markdown, or `statement_file: statement.md`"
                        .to_string(),
                ),
            ))
        }
        (Some(s), None) => s.clone(),
        (None, Some(f)) => {
            let rel = format!("{slug}/{}", f.value);
            if !exists(catalog, &rel) {
                return Err(at(
                    &file,
                    &text,
                    f,
                    format!("statement file `{}` not found", f.value),
                    Some(format!("create {}", display_path(catalog, &rel))),
                ));
            }
            read_text(catalog, &rel)?
        }
    };

    let summary = ProblemSummary {
        slug: slug.to_string(),
        title: spec.title.clone(),
        difficulty: spec.difficulty,
        tags: spec.tags.clone(),
        kind: spec.kind,
    };
    let base = Limits::default();
    let limits = ProblemLimits {
        base: limits_override(&Some(LimitOverride {
            time: spec.limits.time,
            memory: spec.limits.memory,
            output: spec.limits.output,
        }))
        .apply(base),
        python: limits_override(&spec.limits.python),
        rust: limits_override(&spec.limits.rust),
    };
    let compare = comparison(
        catalog,
        slug,
        &file,
        &text,
        spec.compare.as_ref(),
        with_tests,
    )?;

    let mut tests = Vec::new();
    let mut names = HashSet::new();
    let mut add = |tests: &mut Vec<TestCase>,
                   t: TestSpec,
                   file: &str,
                   text: &str|
     -> Result<(), CatalogError> {
        let name = t.name.value.trim().to_string();
        if name.is_empty() {
            return Err(at(
                file,
                text,
                &t.name,
                "a test name is empty".to_string(),
                None,
            ));
        }
        if !names.insert(name.clone()) {
            return Err(at(
                file,
                text,
                &t.name,
                format!("duplicate test name `{name}`"),
                Some("test names must be unique within a problem".to_string()),
            ));
        }
        let compare = match &t.compare {
            Some(c) => Some(comparison(catalog, slug, file, text, Some(c), with_tests)?),
            None => None,
        };
        tests.push(TestCase {
            name,
            sample: t.sample,
            input: t.input,
            output: t.output,
            limits: limits_override(&t.limits),
            compare,
        });
        Ok(())
    };
    for t in spec.tests {
        add(&mut tests, t, &file, &text)?;
    }
    for tf in &spec.test_files {
        let rel = format!("{slug}/{}", tf.value);
        if !exists(catalog, &rel) {
            return Err(at(
                &file,
                &text,
                tf,
                format!("test file `{}` not found", tf.value),
                Some(format!(
                    "create {} or remove it from `test_files`",
                    display_path(catalog, &rel)
                )),
            ));
        }
        if !with_tests {
            continue;
        }
        let tfile = display_path(catalog, &rel);
        let ttext = read_text(catalog, &rel)?;
        let parsed: TestFileSpec = parse(&tfile, &ttext)?;
        for t in parsed.tests {
            add(&mut tests, t, &tfile, &ttext)?;
        }
    }
    if tests.is_empty() && spec.test_files.is_empty() {
        return Err(invalid(
            "the test list is empty: the problem has no tests".to_string(),
            Some("add at least one test under `tests:`".to_string()),
        ));
    }

    Ok(Problem {
        summary,
        statement,
        limits,
        compare,
        tests,
    })
}

fn exists(catalog: &Catalog, rel: &str) -> bool {
    match catalog {
        Catalog::Builtin => BUILTIN.get_file(rel).is_some(),
        Catalog::Dir(dir) => dir.join(rel).is_file(),
    }
}

fn comparison(
    catalog: &Catalog,
    slug: &str,
    file: &str,
    text: &str,
    spec: Option<&Spanned<CompareSpec>>,
    with_files: bool,
) -> Result<Comparison, CatalogError> {
    let invalid = |message: String, help: String| match spec {
        Some(s) => at(file, text, s, message, Some(help)),
        None => located(file, text, 1, 1, message, Some(help)),
    };
    Ok(match spec.map(|s| &s.value) {
        None | Some(CompareSpec::Lines) => Comparison::Lines,
        Some(CompareSpec::Exact) => Comparison::Exact,
        Some(CompareSpec::Tokens) => Comparison::Tokens,
        Some(CompareSpec::UnorderedLines) => Comparison::UnorderedLines,
        Some(CompareSpec::Float { abs_tol, rel_tol }) => Comparison::Float {
            abs_tol: *abs_tol,
            rel_tol: *rel_tol,
        },
        Some(CompareSpec::Checker { program }) => {
            let rel = format!("{slug}/{program}");
            if !program.ends_with(".py") {
                return Err(invalid(
                    format!("checker `{program}` is not a Python file"),
                    "checkers are Python programs ending in .py".to_string(),
                ));
            }
            if !exists(catalog, &rel) {
                return Err(invalid(
                    format!("checker program `{program}` not found"),
                    format!("create {}", display_path(catalog, &rel)),
                ));
            }
            let source = if with_files {
                read_bytes(catalog, &rel)?
            } else {
                Vec::new()
            };
            Comparison::Checker {
                name: program.clone(),
                source: std::sync::Arc::new(source),
            }
        }
    })
}
