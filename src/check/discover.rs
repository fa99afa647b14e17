//! Discovery: which files of a practice repository are solutions, and of which problem
//! ([`discover`] → [`Discovery`]).
//!
//! The naming convention, for a `.py` or `.rs` file (`_` in a name counts as `-`, so
//! `two_sum.py` is `two-sum`):
//!
//! 1. `<slug>.py` anywhere, e.g. `two-sum.py`, `solutions/two_sum.rs`, `src/bin/two_sum.rs`;
//! 2. `<slug>/solution.py` (or `.rs`).
//!
//! `judge.yaml` entries come first and win over the convention. A `.py`/`.rs` file that neither
//! places is *skipped* with the reason (and a "did you mean" when a slug is close); files that
//! are obviously not solutions are not reported at all: in a git repository, what `.gitignore`
//! ignores; anything under hidden folders, `target`,
//! `__pycache__`, `venv`, `node_modules`, `tests`/`test`, the manifest's `problems/` or its
//! `ignore:` patterns, and helper files such as `__init__.py`, `conftest.py`, `build.rs`,
//! `lib.rs`, `main.rs`, `mod.rs`, and names `test_*`, `*_test`, `*_tests`.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use serde::Serialize;

use super::manifest::{match_options, Manifest, Target, MANIFEST_FILE};
use crate::catalog::{did_you_mean, CatalogError};
use crate::lang::Language;

/// Folders never searched for solutions.
const SKIPPED_DIRS: &[&str] = &[
    "target",
    "__pycache__",
    "venv",
    "node_modules",
    "site-packages",
    "tests",
    "test",
];

/// File names that are never solutions.
const HELPER_FILES: &[&str] = &[
    "__init__.py",
    "__main__.py",
    "setup.py",
    "conftest.py",
    "noxfile.py",
    "build.rs",
    "lib.rs",
    "main.rs",
    "mod.rs",
];

/// How a solution was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Rule {
    Convention,
    Manifest,
}

/// A solution file and its problem.
#[derive(Debug, Clone, Serialize)]
pub struct Solution {
    /// Relative to the checked folder, `/`-separated.
    pub path: String,
    pub problem: String,
    pub language: Language,
    #[serde(rename = "found_by")]
    pub rule: Rule,
}

/// A file that looks like a solution but was not placed, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Skipped {
    /// Relative to the checked folder (discovery) or to the current one (reports).
    #[serde(rename = "file")]
    pub path: String,
    pub reason: String,
    /// A close slug, when there is one.
    pub suggestion: Option<String>,
}

/// Everything found, each list sorted by path.
#[derive(Debug, Clone, Default)]
pub struct Discovery {
    pub solutions: Vec<Solution>,
    pub skipped: Vec<Skipped>,
}

/// Finds the solutions under `root` for the problems in `slugs`.
pub fn discover(
    root: &Path,
    manifest: Option<&Manifest>,
    slugs: &[String],
) -> Result<Discovery, CatalogError> {
    let known: HashSet<&str> = slugs.iter().map(String::as_str).collect();
    let problems_dir = manifest.and_then(|m| m.problems.clone());
    let files = walk(root, manifest, problems_dir.as_deref())?;

    let mut placed: BTreeMap<String, Solution> = BTreeMap::new();
    if let Some(m) = manifest {
        for e in &m.entries {
            if !known.contains(e.problem.as_str()) {
                let help = match did_you_mean(&e.problem, slugs.iter().map(String::as_str)) {
                    Some(s) => format!("did you mean `{s}`? (`judge list` shows the catalog)"),
                    None => "`judge list` shows the problems of the catalog".to_string(),
                };
                return Err(m.error_at(
                    e.problem_at,
                    format!("unknown problem `{}`", e.problem),
                    Some(help),
                ));
            }
            let matched: Vec<&String> = match &e.target {
                Target::File(f) => vec![f],
                Target::Glob(g) => files
                    .iter()
                    .filter(|f| g.matches_with(f, match_options()))
                    .filter(|f| Language::from_path(Path::new(f.as_str())).is_ok())
                    .collect(),
            };
            if matched.is_empty() {
                let Target::Glob(g) = &e.target else {
                    unreachable!("a file entry matches its file")
                };
                return Err(m.error_at(
                    e.at,
                    format!("`{}` matches no .py or .rs file", g.as_str()),
                    Some(format!(
                        "patterns are relative to the folder of {MANIFEST_FILE}; `*` stays \
                         within a folder, `**` crosses folders"
                    )),
                ));
            }
            for f in matched {
                placed.entry(f.clone()).or_insert_with(|| Solution {
                    path: f.clone(),
                    problem: e.problem.clone(),
                    language: Language::from_path(Path::new(f)).expect("checked above"),
                    rule: Rule::Manifest,
                });
            }
        }
    }

    let mut skipped = Vec::new();
    if manifest.is_none_or(|m| m.convention) {
        for f in &files {
            if placed.contains_key(f) {
                continue;
            }
            let Ok(language) = Language::from_path(Path::new(f)) else {
                continue;
            };
            match by_convention(f, &known) {
                Placed::Problem(problem) => {
                    placed.insert(
                        f.clone(),
                        Solution {
                            path: f.clone(),
                            problem,
                            language,
                            rule: Rule::Convention,
                        },
                    );
                }
                Placed::Helper => {}
                Placed::Unknown(word, reason) => {
                    let suggestion = did_you_mean(&word, slugs.iter().map(String::as_str));
                    skipped.push(Skipped {
                        path: f.clone(),
                        reason: match &suggestion {
                            Some(s) => format!("{reason}; did you mean `{s}`?"),
                            None => reason,
                        },
                        suggestion,
                    });
                }
            }
        }
    }
    Ok(Discovery {
        solutions: placed.into_values().collect(),
        skipped,
    })
}

enum Placed {
    Problem(String),
    /// Obviously not a solution: not reported.
    Helper,
    /// Looks like a solution of a problem the catalog does not have: the word tried, and why.
    Unknown(String, String),
}

/// `two_sum` → `two-sum`.
fn slug_of(name: &str) -> String {
    name.replace('_', "-")
}

/// Where the naming convention places `rel`.
fn by_convention(rel: &str, known: &HashSet<&str>) -> Placed {
    let path = Path::new(rel);
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let stem = path.file_stem().and_then(|n| n.to_str()).unwrap_or("");
    if HELPER_FILES.contains(&name)
        || stem.starts_with("test_")
        || stem.ends_with("_test")
        || stem.ends_with("_tests")
    {
        return Placed::Helper;
    }
    let slug = slug_of(stem);
    if known.contains(slug.as_str()) {
        return Placed::Problem(slug);
    }
    if stem == "solution" {
        let folder = path
            .parent()
            .and_then(|p| p.file_name())
            .and_then(|n| n.to_str());
        return match folder {
            Some(d) if known.contains(slug_of(d).as_str()) => Placed::Problem(slug_of(d)),
            Some(d) => Placed::Unknown(
                slug_of(d),
                format!("folder `{d}` is not a problem of the catalog"),
            ),
            None => Placed::Unknown(
                String::new(),
                format!(
                    "`{name}` at the root names no problem: move it to <problem>/{name} or \
                     map it in {MANIFEST_FILE}"
                ),
            ),
        };
    }
    Placed::Unknown(
        slug,
        format!("no problem `{}` in the catalog", slug_of(stem)),
    )
}

/// Collects the files under `root` that discovery looks at, as relative paths, sorted. The
/// walk is the `ignore` crate's: in a git repository it leaves out what `.gitignore` (and
/// `.ignore`) files ignore, as git does; hidden folders, [`SKIPPED_DIRS`], the manifest's
/// problems folder and its `ignore:` patterns are left out as well. Symlinked folders are not
/// followed (no loops); symlinked files are read.
fn walk(
    root: &Path,
    manifest: Option<&Manifest>,
    problems_dir: Option<&str>,
) -> Result<Vec<String>, CatalogError> {
    // An unreadable root is an error; an unreadable folder below it is passed over.
    std::fs::read_dir(root).map_err(|source| CatalogError::Read {
        file: root.display().to_string(),
        source,
    })?;
    let relative = |p: &Path| -> Option<String> {
        let rel = p.strip_prefix(root).ok()?;
        let parts: Option<Vec<&str>> = rel.components().map(|c| c.as_os_str().to_str()).collect();
        Some(parts?.join("/")) // not UTF-8: not a name a slug can have
    };
    let root_owned = root.to_path_buf();
    let problems_dir = problems_dir.map(str::to_string);
    let manifest = manifest.cloned();
    let walker = ignore::WalkBuilder::new(root)
        .hidden(false)
        .follow_links(false)
        .sort_by_file_name(|a, b| a.cmp(b))
        .filter_entry(move |e| {
            if e.depth() == 0 {
                return true;
            }
            let Some(rel) = e
                .path()
                .strip_prefix(&root_owned)
                .ok()
                .and_then(|r| r.to_str())
                .map(|r| r.replace(std::path::MAIN_SEPARATOR, "/"))
            else {
                return false;
            };
            if manifest.as_ref().is_some_and(|m| m.ignores(&rel)) {
                return false;
            }
            let is_dir = e.file_type().is_some_and(|t| t.is_dir());
            let name = e.file_name().to_string_lossy();
            !(is_dir
                && (name.starts_with('.')
                    || SKIPPED_DIRS.contains(&name.as_ref())
                    || Some(rel.as_str()) == problems_dir.as_deref()))
        })
        .build();
    let mut out = Vec::new();
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            // A folder that cannot be read is an error, as the root is; a malformed ignore
            // file is not (git passes over its bad lines too).
            Err(e) => match (e.io_error(), path_of(&e)) {
                (Some(io), Some(path)) => {
                    return Err(CatalogError::Read {
                        file: relative(path).unwrap_or_else(|| path.display().to_string()),
                        source: std::io::Error::new(io.kind(), io.to_string()),
                    })
                }
                _ => continue,
            },
        };
        if entry.depth() == 0 || !entry.path().is_file() {
            continue;
        }
        if let Some(rel) = relative(entry.path()) {
            out.push(rel);
        }
    }
    Ok(out)
}

/// The path an error of the walk is about.
fn path_of(e: &ignore::Error) -> Option<&Path> {
    match e {
        ignore::Error::WithPath { path, .. } => Some(path),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            path_of(err)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(files: &[&str]) -> tempfile::TempDir {
        let root = tempfile::tempdir().unwrap();
        for f in files {
            let p = root.path().join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "").unwrap();
        }
        root
    }

    fn slugs() -> Vec<String> {
        ["two-sum", "lru-cache", "echo-line"]
            .map(String::from)
            .to_vec()
    }

    #[test]
    fn the_naming_convention() {
        let root = tree(&[
            "two-sum.py",
            "solutions/two_sum.rs",
            "lru-cache/solution.py",
            "src/bin/echo_line.rs",
            "src/main.rs",
            "two-sums.py",
            "two-sum/solution.java",
            "lru-cach/solution.rs",
            "solution.py",
            "notes.py",
            "helpers/__init__.py",
            "test_two_sum.py",
            "tests/two-sum.py",
            "target/debug/two_sum.rs",
            ".git/x/two-sum.py",
            "venv/lib/two_sum.py",
            "__pycache__/two_sum.py",
        ]);
        let d = discover(root.path(), None, &slugs()).unwrap();
        let found: Vec<(&str, &str)> = d
            .solutions
            .iter()
            .map(|s| (s.path.as_str(), s.problem.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("lru-cache/solution.py", "lru-cache"),
                ("solutions/two_sum.rs", "two-sum"),
                ("src/bin/echo_line.rs", "echo-line"),
                ("two-sum.py", "two-sum"),
            ]
        );
        let skipped: Vec<(&str, Option<&str>)> = d
            .skipped
            .iter()
            .map(|s| (s.path.as_str(), s.suggestion.as_deref()))
            .collect();
        assert_eq!(
            skipped,
            [
                ("lru-cach/solution.rs", Some("lru-cache")),
                ("notes.py", None),
                ("solution.py", None),
                ("two-sums.py", Some("two-sum")),
            ]
        );
        assert!(d.skipped[0].reason.contains("folder `lru-cach`"));
        assert!(d.skipped[3].reason.contains("did you mean `two-sum`?"));
    }

    #[test]
    fn the_manifest_places_files_first_and_ignores() {
        let root = tree(&[
            "problems/echo-line/solutions/accepted/echo_line.py",
            "interviews/acme.py",
            "weekly/1/lru.rs",
            "weekly/2/lru.rs",
            "weekly/2/notes.md",
            "two-sum.py",
            "scratch/two-sum.py",
            "old_two_sum.py",
            "tests/kept.py",
        ]);
        let text = "version: 1\nproblems: problems\nsolutions:\n  \
                    - {file: interviews/acme.py, problem: two-sum}\n  \
                    - {file: two-sum.py, problem: lru-cache}\n  \
                    - {glob: \"weekly/*/lru*\", problem: lru-cache}\n  \
                    - {file: tests/kept.py, problem: echo-line}\n\
                    ignore: [scratch, \"old_*.py\"]\n";
        let m = Manifest::parse(root.path(), "judge.yaml".into(), text.into()).unwrap();
        let d = discover(root.path(), Some(&m), &slugs()).unwrap();
        let found: Vec<(&str, &str, Rule)> = d
            .solutions
            .iter()
            .map(|s| (s.path.as_str(), s.problem.as_str(), s.rule))
            .collect();
        assert_eq!(
            found,
            [
                ("interviews/acme.py", "two-sum", Rule::Manifest),
                ("tests/kept.py", "echo-line", Rule::Manifest),
                ("two-sum.py", "lru-cache", Rule::Manifest),
                ("weekly/1/lru.rs", "lru-cache", Rule::Manifest),
                ("weekly/2/lru.rs", "lru-cache", Rule::Manifest),
            ]
        );
        assert!(d.skipped.is_empty(), "{:?}", d.skipped);

        let bad = |text: &str| {
            let m = Manifest::parse(root.path(), "judge.yaml".into(), text.into()).unwrap();
            let e = discover(root.path(), Some(&m), &slugs()).unwrap_err();
            format!("{e}\n{}", e.details())
        };
        let e = bad("version: 1\nsolutions:\n  - {file: two-sum.py, problem: two-sums}\n");
        assert!(e.starts_with("judge.yaml:3:"), "{e}");
        assert!(e.contains("did you mean `two-sum`"), "{e}");
        let e = bad("version: 1\nsolutions:\n  - {glob: \"nowhere/*.py\", problem: two-sum}\n");
        assert!(
            e.starts_with("judge.yaml:3:5") && e.contains("matches no"),
            "{e}"
        );
    }

    #[test]
    fn convention_false_reports_nothing_else() {
        let root = tree(&["two-sum.py", "notes.py", "a.py"]);
        let text =
            "version: 1\nconvention: false\nsolutions:\n  - {file: a.py, problem: echo-line}\n";
        let m = Manifest::parse(root.path(), "judge.yaml".into(), text.into()).unwrap();
        let d = discover(root.path(), Some(&m), &slugs()).unwrap();
        assert_eq!(d.solutions.len(), 1);
        assert!(d.skipped.is_empty());
    }

    #[test]
    fn a_git_repository_s_ignored_files_are_not_looked_at() {
        let root = tree(&[
            ".git/HEAD",
            ".gitignore",
            "two-sum.py",
            "scratch/two_sum.py",
            "old/lru-cache.py",
            "old/keep/lru_cache.rs",
        ]);
        std::fs::write(
            root.path().join(".gitignore"),
            "scratch/\nold/*\n!old/keep/\n",
        )
        .unwrap();
        let found = discover(root.path(), None, &slugs()).unwrap();
        let paths: Vec<&str> = found.solutions.iter().map(|s| s.path.as_str()).collect();
        assert_eq!(paths, ["old/keep/lru_cache.rs", "two-sum.py"]);
        assert!(found.skipped.is_empty(), "{:?}", found.skipped);

        // Outside a git repository, .gitignore means nothing (as for git).
        std::fs::remove_dir_all(root.path().join(".git")).unwrap();
        let found = discover(root.path(), None, &slugs()).unwrap();
        assert_eq!(found.solutions.len(), 4, "{:?}", found.solutions);
    }
}
