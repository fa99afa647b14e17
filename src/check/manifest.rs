//! [`Manifest`]: `judge.yaml` at the root of a practice repository, read as strictly as a problem
//! file (unknown keys are errors with a "did you mean", every error names file, line and column).
//!
//! ```yaml
//! version: 1
//! problems: problems/           # the repository's own problems, layered over the catalog
//! convention: true              # also find <slug>.py, <slug>/solution.rs, ... (default true)
//! solutions:                    # files the naming convention cannot place
//!   - {file: interviews/acme.py, problem: two-sum}
//!   - {glob: "weekly/*/lru*.rs", problem: lru-cache}
//! ignore: [scratch, "**/old_*.py"]
//! ```
//!
//! Checks that need the catalog (does the problem exist?) happen in discovery, which reports
//! them through [`Manifest::error_at`] with the place of the entry.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::catalog::spec::Spanned;
use crate::catalog::{located, parse_yaml, CatalogError};

/// The manifest's file name, at the root of the checked folder.
pub const MANIFEST_FILE: &str = "judge.yaml";
/// The only `version` this judge reads.
pub const MANIFEST_VERSION: u32 = 1;

/// Read first, leniently, so a manifest for a newer judge gets a version error rather than an
/// unknown-key error.
#[derive(Debug, Deserialize)]
struct VersionProbe {
    version: Option<Spanned<u32>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestSpec {
    #[allow(dead_code)] // checked through the probe
    version: u32,
    problems: Option<Spanned<String>>,
    #[serde(default = "yes")]
    convention: bool,
    #[serde(default)]
    solutions: Vec<Spanned<SolutionSpec>>,
    #[serde(default)]
    ignore: Vec<Spanned<String>>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SolutionSpec {
    file: Option<String>,
    glob: Option<String>,
    problem: Spanned<String>,
}

/// A place in the manifest, for errors found after parsing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub line: u64,
    pub column: u64,
}

impl<T> From<&Spanned<T>> for Place {
    fn from(s: &Spanned<T>) -> Place {
        Place {
            line: s.referenced.line(),
            column: s.referenced.column(),
        }
    }
}

/// What a `solutions:` entry selects.
#[derive(Debug, Clone)]
pub enum Target {
    /// One file, relative to the root, `/`-separated.
    File(String),
    /// Files found by the walk whose relative path matches.
    Glob(glob::Pattern),
}

/// One `solutions:` entry.
#[derive(Debug, Clone)]
pub struct Entry {
    pub target: Target,
    pub problem: String,
    /// Where the entry is.
    pub at: Place,
    /// Where its `problem` is.
    pub problem_at: Place,
}

/// A loaded, well-formed `judge.yaml`.
#[derive(Debug, Clone)]
pub struct Manifest {
    /// The manifest's path as shown in messages.
    pub file: String,
    text: String,
    /// The repository's problem folder, relative to the root, `/`-separated.
    pub problems: Option<String>,
    /// Whether the naming convention also finds solutions.
    pub convention: bool,
    pub entries: Vec<Entry>,
    pub ignore: Vec<glob::Pattern>,
}

/// How manifest globs match: `*` stays within a folder, `**` crosses folders.
pub fn match_options() -> glob::MatchOptions {
    glob::MatchOptions {
        case_sensitive: true,
        require_literal_separator: true,
        require_literal_leading_dot: false,
    }
}

impl Manifest {
    /// Reads `judge.yaml` in `root` if there is one.
    pub fn find(root: &Path, shown_root: &str) -> Result<Option<Manifest>, CatalogError> {
        let path = root.join(MANIFEST_FILE);
        if !path.is_file() {
            return Ok(None);
        }
        let shown = join_shown(shown_root, MANIFEST_FILE);
        let text = std::fs::read_to_string(&path).map_err(|source| CatalogError::Read {
            file: shown.clone(),
            source,
        })?;
        Manifest::parse(root, shown, text).map(Some)
    }

    /// Parses and checks a manifest; paths in it are relative to `root`.
    pub fn parse(root: &Path, file: String, text: String) -> Result<Manifest, CatalogError> {
        let whole = |message: &str, help: &str| {
            located(
                &file,
                &text,
                1,
                1,
                message.to_string(),
                Some(help.to_string()),
            )
        };
        if text.trim().is_empty() {
            return Err(CatalogError::Invalid {
                file: file.clone(),
                message: "the file is empty".to_string(),
                help: Some(format!(
                    "start it with `version: {MANIFEST_VERSION}` (docs/check.md describes the rest)"
                )),
            });
        }
        let probe: VersionProbe = parse_yaml(&file, &text)?;
        match probe.version {
            None => {
                return Err(whole(
                    "missing `version`",
                    &format!("start the file with `version: {MANIFEST_VERSION}`"),
                ))
            }
            Some(v) if v.value != MANIFEST_VERSION => {
                let p = Place::from(&v);
                return Err(located(
                    &file,
                    &text,
                    p.line,
                    p.column,
                    format!(
                        "version {} is not supported; this judge reads version {MANIFEST_VERSION}",
                        v.value
                    ),
                    Some(if v.value > MANIFEST_VERSION {
                        "this manifest needs a newer judge: upgrade judge".to_string()
                    } else {
                        format!("use `version: {MANIFEST_VERSION}` (docs/check.md)")
                    }),
                ));
            }
            Some(_) => {}
        }
        let spec: ManifestSpec = parse_yaml(&file, &text)?;
        let err = |at: Place, message: String, help: Option<String>| {
            located(&file, &text, at.line, at.column, message, help)
        };

        let problems = match &spec.problems {
            None => None,
            Some(p) => {
                let at = Place::from(p);
                let rel = relative(&p.value).map_err(|m| err(at, m, None))?;
                if !root.join(&rel).is_dir() {
                    return Err(err(
                        at,
                        format!("problem folder `{}` not found", p.value),
                        Some(
                            "create it (one folder per problem, each with a problem.yaml) or \
                             remove `problems:`"
                                .to_string(),
                        ),
                    ));
                }
                Some(rel)
            }
        };

        let mut entries = Vec::new();
        for s in &spec.solutions {
            let at = Place::from(s);
            let target = match (&s.value.file, &s.value.glob) {
                (Some(f), None) => {
                    let rel = relative(f).map_err(|m| err(at, m, None))?;
                    if !root.join(&rel).is_file() {
                        return Err(err(
                            at,
                            format!("solution file `{f}` not found"),
                            Some(format!(
                                "paths are relative to the folder of {MANIFEST_FILE}"
                            )),
                        ));
                    }
                    if crate::lang::Language::from_path(Path::new(&rel)).is_err() {
                        return Err(err(
                            at,
                            format!("`{f}` is not a .py or .rs file"),
                            Some("judge checks Python (.py) and Rust (.rs) solutions".to_string()),
                        ));
                    }
                    Target::File(rel)
                }
                (None, Some(g)) => Target::Glob(glob::Pattern::new(g).map_err(|e| {
                    err(
                        at,
                        format!("`{g}` is not a valid pattern: {}", e.msg),
                        Some("`*` matches within a folder, `**` across folders".to_string()),
                    )
                })?),
                (Some(_), Some(_)) => {
                    return Err(err(
                        at,
                        "an entry has both `file` and `glob`".to_string(),
                        Some("keep one of the two".to_string()),
                    ))
                }
                (None, None) => {
                    return Err(err(
                        at,
                        "an entry needs `file` or `glob`".to_string(),
                        Some("like `{file: arrays/pairs.py, problem: two-sum}`".to_string()),
                    ))
                }
            };
            entries.push(Entry {
                target,
                problem: s.value.problem.value.clone(),
                at,
                problem_at: Place::from(&s.value.problem),
            });
        }

        let mut ignore = Vec::new();
        for g in &spec.ignore {
            let pattern = g.value.trim_end_matches('/');
            ignore.push(glob::Pattern::new(pattern).map_err(|e| {
                err(
                    Place::from(g),
                    format!("`{}` is not a valid pattern: {}", g.value, e.msg),
                    None,
                )
            })?);
        }

        Ok(Manifest {
            file,
            text,
            problems,
            convention: spec.convention,
            entries,
            ignore,
        })
    }

    /// An error about something at `at` in the manifest.
    pub fn error_at(&self, at: Place, message: String, help: Option<String>) -> CatalogError {
        located(&self.file, &self.text, at.line, at.column, message, help)
    }

    /// The repository's problem folder, if the manifest names one.
    pub fn problems_dir(&self, root: &Path) -> Option<PathBuf> {
        self.problems.as_ref().map(|p| root.join(p))
    }

    /// Whether `rel` (a file or folder) is ignored.
    pub fn ignores(&self, rel: &str) -> bool {
        self.ignore
            .iter()
            .any(|p| p.matches_with(rel, match_options()))
    }
}

/// A path of the manifest made relative and `/`-separated; it must stay inside the root.
fn relative(path: &str) -> Result<String, String> {
    if path.starts_with('/') {
        return Err(format!(
            "`{path}` is an absolute path; paths are relative to the folder of {MANIFEST_FILE}"
        ));
    }
    let mut parts = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => return Err(format!("`{path}` leaves the repository")),
            p => parts.push(p),
        }
    }
    if parts.is_empty() {
        return Err(format!("`{path}` names the repository itself"));
    }
    Ok(parts.join("/"))
}

/// `root/rel` as shown in messages: just `rel` when the root is the current folder.
pub fn join_shown(shown_root: &str, rel: &str) -> String {
    match shown_root.trim_end_matches('/') {
        "" | "." => rel.to_string(),
        r => format!("{r}/{rel}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Manifest, CatalogError> {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(root.path().join("problems")).unwrap();
        std::fs::write(root.path().join("a.py"), "").unwrap();
        Manifest::parse(root.path(), "judge.yaml".to_string(), text.to_string())
    }

    fn error(text: &str) -> String {
        let e = parse(text).unwrap_err();
        format!("{e}\n{}", e.details())
    }

    #[test]
    fn a_full_manifest() {
        let m = parse(
            "version: 1\nproblems: ./problems/\nconvention: false\nsolutions:\n  \
             - {file: a.py, problem: two-sum}\n  - {glob: \"w/*.rs\", problem: lru-cache}\n\
             ignore: [scratch/]\n",
        )
        .unwrap();
        assert_eq!(m.problems.as_deref(), Some("problems"));
        assert!(!m.convention);
        assert_eq!(m.entries.len(), 2);
        assert!(matches!(&m.entries[0].target, Target::File(f) if f == "a.py"));
        assert_eq!(m.entries[1].problem_at.line, 6);
        assert!(m.ignores("scratch"));
        assert!(!m.ignores("scratch2"));
    }

    #[test]
    fn errors_are_located_and_helpful() {
        let cases = [
            (
                "version: 1\nsolutoins: []\n",
                "judge.yaml:2:1",
                "did you mean `solutions`",
            ),
            (
                "problems: problems\n",
                "judge.yaml:1:1",
                "missing `version`",
            ),
            ("version: 2\n", "judge.yaml:1:10", "newer judge"),
            (
                "version: 1\nproblems: nope\n",
                "judge.yaml:2:11",
                "`nope` not found",
            ),
            (
                "version: 1\nproblems: ../x\n",
                "judge.yaml:2:11",
                "leaves the repository",
            ),
            (
                "version: 1\nsolutions:\n  - {file: b.py, problem: x}\n",
                "judge.yaml:3:5",
                "`b.py` not found",
            ),
            (
                "version: 1\nsolutions:\n  - {problem: x}\n",
                "judge.yaml:3:5",
                "needs `file` or `glob`",
            ),
            (
                "version: 1\nsolutions:\n  - {file: a.py, glob: a*, problem: x}\n",
                "judge.yaml:3:5",
                "both `file` and `glob`",
            ),
            (
                "version: 1\nsolutions:\n  - {glob: \"a[\", problem: x}\n",
                "judge.yaml:3:5",
                "not a valid pattern",
            ),
            (
                "version: 1\nsolutions:\n  - {file: a.py, problme: x}\n",
                "judge.yaml:3:",
                "did you mean `problem`",
            ),
        ];
        for (text, place, want) in cases {
            let e = error(text);
            assert!(e.starts_with(place), "{text:?}: want {place} in\n{e}");
            assert!(e.contains(want), "{text:?}: want `{want}` in\n{e}");
        }
        assert!(error(" \n").contains("is empty"));
    }
}
