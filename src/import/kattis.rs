//! Reading a Kattis / ICPC problem package (the legacy format and 2023-07) into a
//! [`Conversion`]: judge's title, statement, limits, comparison, tests and solutions, plus what
//! could not be converted as warnings, or an [`ImportError`] for what makes the problem
//! unjudgeable (an interactive problem, a custom output validator). Writing the conversion is
//! `command`'s job; docs/kattis.md describes the mapping.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use serde::Deserialize;

use super::latex;
use crate::catalog::{CatalogError, Difficulty};

/// What the user chose on the command line.
#[derive(Debug, Clone)]
pub struct Options {
    pub slug: Option<String>,
    pub difficulty: Difficulty,
    /// Import a problem with a custom output validator, judged by the default validator's rules.
    pub ignore_output_validator: bool,
}

/// The package format version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    Legacy,
    V2023_07,
}

impl Version {
    pub fn name(self) -> &'static str {
        match self {
            Version::Legacy => "legacy",
            Version::V2023_07 => "2023-07",
        }
    }
}

/// A package converted to judge's format, not yet written.
#[derive(Debug, Clone)]
pub struct Conversion {
    pub version: Version,
    pub slug: String,
    pub title: String,
    pub difficulty: Difficulty,
    pub tags: Vec<String>,
    /// The statement in Markdown, credits included.
    pub statement: String,
    /// Where the statement came from (`problem_statement/problem.en.tex`), if anywhere.
    pub statement_source: Option<String>,
    pub time: Limit,
    pub memory: Limit,
    pub output: Limit,
    /// The comparison of most tests; tests with another one carry it.
    pub compare: Compare,
    pub tests: Vec<Test>,
    pub solutions: Vec<Solution>,
    pub skipped_solutions: Vec<Skipped>,
    /// Secret tests left out because they repeat an earlier test exactly: (name, earlier name).
    pub duplicates: Vec<(String, String)>,
    pub warnings: Vec<String>,
}

/// A limit in judge's units (`2s`, `1024MiB`) and where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Limit {
    pub value: String,
    pub from: String,
}

/// A comparison: its YAML in judge's format, what it means, and the validator flags it is from.
#[derive(Debug, Clone, PartialEq)]
pub struct Compare {
    pub yaml: String,
    pub meaning: String,
    /// The flags as written (`float_tolerance 1e-6`), or empty for none.
    pub flags: String,
}

#[derive(Debug, Clone)]
pub struct Test {
    pub name: String,
    pub sample: bool,
    pub input: String,
    pub output: String,
    pub compare: Compare,
    /// The test's path under `data/` without extension (`secret/group1/03`).
    pub data_path: String,
    /// The test file it goes to: `sample`, `secret`, or the secret subgroup's name.
    pub file_group: String,
}

#[derive(Debug, Clone)]
pub struct Solution {
    /// judge's folder under `solutions/`.
    pub folder: &'static str,
    pub file: String,
    pub contents: Vec<u8>,
    /// Its path in the package.
    pub from: String,
}

/// A submission that is not imported, with its language and why.
#[derive(Debug, Clone)]
pub struct Skipped {
    pub path: String,
    pub language: String,
    pub reason: String,
}

/// Why a package cannot be imported. `Display` is the headline; [`ImportError::details`] the
/// lines under it.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{0}")]
    Yaml(CatalogError),
    #[error("cannot read {file}: {source}")]
    Read {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}: {message}")]
    Invalid {
        file: String,
        message: String,
        help: String,
    },
    #[error("cannot import {package}: {what}")]
    Unsupported {
        package: String,
        what: String,
        help: String,
    },
}

impl ImportError {
    pub fn details(&self) -> String {
        match self {
            ImportError::Yaml(e) => e.details(),
            ImportError::Read { .. } => String::new(),
            ImportError::Invalid { help, .. } | ImportError::Unsupported { help, .. } => {
                format!("help: {help}")
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The package's YAML files, read leniently: unknown keys are ignored, as the legacy format asks.

#[derive(Debug, Default, Deserialize)]
struct ProblemYaml {
    problem_format_version: Option<String>,
    name: Option<Names>,
    #[serde(rename = "type")]
    kind: Option<Words>,
    author: Option<String>,
    credits: Option<serde_json::Value>,
    source: Option<serde_json::Value>,
    source_url: Option<String>,
    license: Option<String>,
    rights_owner: Option<String>,
    keywords: Option<Words>,
    validation: Option<String>,
    validator_flags: Option<String>,
    limits: Option<LimitsYaml>,
    constants: Option<BTreeMap<String, serde_json::Value>>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged, expecting = "a name, or a map of language codes to names")]
enum Names {
    One(String),
    ByLanguage(BTreeMap<String, String>),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged, expecting = "a string or a list of strings")]
enum Words {
    One(String),
    Many(Vec<String>),
}

impl Words {
    /// The words: a string is split on whitespace, a list taken item by item.
    fn split(&self) -> Vec<String> {
        match self {
            Words::One(s) => s.split_whitespace().map(str::to_string).collect(),
            Words::Many(v) => v.clone(),
        }
    }
}

#[derive(Debug, Default, Deserialize)]
struct LimitsYaml {
    time_limit: Option<f64>,
    memory: Option<f64>,
    output: Option<f64>,
}

/// `testdata.yaml` / `test_group.yaml` of a test group, or `<test>.yaml` of one test.
#[derive(Debug, Default, Clone, Deserialize)]
struct GroupYaml {
    /// Legacy: appended to problem.yaml's `validator_flags`.
    output_validator_flags: Option<String>,
    /// 2023-07: the validator's arguments.
    output_validator_args: Option<Words>,
    /// Command-line arguments of the submission, which judge cannot pass.
    args: Option<Words>,
}

impl GroupYaml {
    /// This configuration under `parent`'s: keys it does not set are inherited.
    fn under(self, parent: &GroupYaml) -> GroupYaml {
        GroupYaml {
            output_validator_flags: self
                .output_validator_flags
                .or_else(|| parent.output_validator_flags.clone()),
            output_validator_args: self
                .output_validator_args
                .or_else(|| parent.output_validator_args.clone()),
            args: self.args.or_else(|| parent.args.clone()),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The default output validator's flags and judge's comparison for them.

/// The flags of the default output validator.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ValidatorFlags {
    pub case_sensitive: bool,
    pub space_change_sensitive: bool,
    pub abs_tol: Option<f64>,
    pub rel_tol: Option<f64>,
}

/// Parses flags the way the reference validator does, in order (a later tolerance replaces an
/// earlier one). Returns the flags and the words it does not know.
pub fn parse_flags(words: &[String]) -> Result<(ValidatorFlags, Vec<String>), String> {
    let mut f = ValidatorFlags::default();
    let mut unknown = Vec::new();
    let mut it = words.iter();
    while let Some(w) = it.next() {
        let mut number = || -> Result<f64, String> {
            let v = it
                .next()
                .ok_or_else(|| format!("`{w}` needs a number after it"))?;
            v.parse::<f64>()
                .ok()
                .filter(|x| x.is_finite() && *x >= 0.0)
                .ok_or_else(|| format!("`{w} {v}`: `{v}` is not a tolerance (a number, 0 or more)"))
        };
        match w.as_str() {
            "case_sensitive" => f.case_sensitive = true,
            "space_change_sensitive" => f.space_change_sensitive = true,
            "float_absolute_tolerance" => f.abs_tol = Some(number()?),
            "float_relative_tolerance" => f.rel_tol = Some(number()?),
            "float_tolerance" => {
                let e = number()?;
                f.abs_tol = Some(e);
                f.rel_tol = Some(e);
            }
            other => unknown.push(other.to_string()),
        }
    }
    Ok((f, unknown))
}

/// judge's comparison that judges exactly as the default validator with `flags`.
pub fn comparison(flags: &ValidatorFlags, written: &str) -> Compare {
    let ignore_case = !flags.case_sensitive;
    let exact_ws = flags.space_change_sensitive;
    let tolerance = match (flags.abs_tol, flags.rel_tol) {
        (None, None) => None,
        (a, r) => Some((a.unwrap_or(0.0), r.unwrap_or(0.0))),
    };
    let mut options = String::new();
    if ignore_case {
        options.push_str(", ignore_case: true");
    }
    if exact_ws {
        options.push_str(", exact_whitespace: true");
    }
    let yaml = match tolerance {
        None if !ignore_case && exact_ws => "exact".to_string(),
        None if options.is_empty() => "tokens".to_string(),
        None => format!("{{mode: tokens{options}}}"),
        Some((a, r)) => format!("{{mode: float, abs_tol: {a:?}, rel_tol: {r:?}{options}}}"),
    };
    let numbers = match (flags.abs_tol, flags.rel_tol) {
        (None, None) => "numbers compared as text".to_string(),
        (Some(a), Some(r)) if a == r => format!("numbers within {a:e} absolute or relative"),
        (Some(a), Some(r)) => format!("numbers within {a:e} absolute or {r:e} relative"),
        (Some(a), None) => format!("numbers within {a:e} absolute"),
        (None, Some(r)) => format!("numbers within {r:e} relative"),
    };
    let case = if ignore_case {
        "ASCII case ignored (no case_sensitive flag)"
    } else {
        "case-sensitive"
    };
    let space = if exact_ws {
        "whitespace exact (space_change_sensitive)"
    } else {
        "whitespace free"
    };
    Compare {
        yaml,
        meaning: format!("tokens, {case}, {space}, {numbers}"),
        flags: written.to_string(),
    }
}

// ---------------------------------------------------------------------------------------------
// Reading files.

/// A package path as shown in messages: the package folder as given, joined with `rel`.
fn shown(pkg: &Path, rel: &str) -> String {
    pkg.join(rel).display().to_string()
}

fn read_bytes(pkg: &Path, rel: &str) -> Result<Vec<u8>, ImportError> {
    std::fs::read(pkg.join(rel)).map_err(|source| ImportError::Read {
        file: shown(pkg, rel),
        source,
    })
}

fn read_text(pkg: &Path, rel: &str) -> Result<String, ImportError> {
    let bytes = read_bytes(pkg, rel)?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        ImportError::Invalid {
            file: shown(pkg, rel),
            message: format!("not UTF-8 text (byte {} on line {line})", at + 1),
            help: "judge's problems are text; convert the file to UTF-8".to_string(),
        }
    })
}

fn parse_yaml<T: serde::de::DeserializeOwned + Default>(
    pkg: &Path,
    rel: &str,
) -> Result<T, ImportError> {
    let text = read_text(pkg, rel)?;
    // An empty file is all defaults (problemtools reads it so).
    if text.trim().is_empty() {
        return Ok(T::default());
    }
    crate::catalog::parse_yaml(&shown(pkg, rel), &text).map_err(ImportError::Yaml)
}

/// The entries of a folder, sorted by name (bytes), hidden ones left out.
fn entries(pkg: &Path, rel: &str) -> Result<Vec<(String, bool)>, ImportError> {
    let dir = pkg.join(rel);
    let read = std::fs::read_dir(&dir).map_err(|source| ImportError::Read {
        file: dir.display().to_string(),
        source,
    })?;
    let mut out = Vec::new();
    for e in read {
        let e = e.map_err(|source| ImportError::Read {
            file: dir.display().to_string(),
            source,
        })?;
        let name = e.file_name().to_string_lossy().into_owned();
        if !name.starts_with('.') {
            out.push((name, e.path().is_dir()));
        }
    }
    out.sort();
    Ok(out)
}

fn is_nonempty_dir(path: &Path) -> bool {
    std::fs::read_dir(path).is_ok_and(|mut d| d.next().is_some())
}

// ---------------------------------------------------------------------------------------------
// The conversion.

/// Lowercase letters, digits and dashes from any name (`Hello_World` → `hello-world`).
pub fn slugify(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

/// Converts the package in `pkg`.
pub fn convert(pkg: &Path, opts: &Options) -> Result<Conversion, ImportError> {
    if !pkg.is_dir() {
        let archive = pkg
            .extension()
            .is_some_and(|e| e == "zip" || e == "kpp");
        return Err(ImportError::Invalid {
            file: pkg.display().to_string(),
            message: if archive {
                "is an archive, not a package folder".to_string()
            } else if pkg.exists() {
                "is not a folder".to_string()
            } else {
                "no such folder".to_string()
            },
            help: "give the folder of an unpacked Kattis problem package (unzip .kpp and .zip files first)"
                .to_string(),
        });
    }
    if !pkg.join("problem.yaml").is_file() {
        return Err(ImportError::Invalid {
            file: shown(pkg, "problem.yaml"),
            message: "not found: this is not a Kattis problem package".to_string(),
            help: "a package folder holds problem.yaml, data/sample, data/secret and a statement"
                .to_string(),
        });
    }
    let yaml: ProblemYaml = parse_yaml(pkg, "problem.yaml")?;
    let mut warnings = Vec::new();

    let version = match yaml.problem_format_version.as_deref().map(str::trim) {
        None | Some("legacy" | "legacy-icpc") => Version::Legacy,
        Some("2023-07" | "2023-07-draft") => Version::V2023_07,
        Some(v @ ("draft" | "2025-09" | "2025-09-draft")) => {
            warnings.push(format!(
                "problem_format_version `{v}` is read as 2023-07, the newest version judge knows"
            ));
            Version::V2023_07
        }
        Some(other) => {
            return Err(ImportError::Invalid {
                file: shown(pkg, "problem.yaml"),
                message: format!("unknown problem_format_version `{other}`"),
                help: "judge reads the legacy format and 2023-07".to_string(),
            })
        }
    };
    let package = pkg.display().to_string();
    refuse_unjudgeable(pkg, &package, &yaml, opts, &mut warnings)?;

    let slug = match &opts.slug {
        Some(s) if crate::catalog::valid_slug(s) && !s.ends_with('-') => s.clone(),
        Some(s) => {
            return Err(ImportError::Invalid {
                file: package,
                message: format!("--slug `{s}` is not a valid slug"),
                help: "use lowercase letters, digits and dashes, like `hello-world`".to_string(),
            })
        }
        None => {
            let folder = std::fs::canonicalize(pkg)
                .ok()
                .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                .unwrap_or_default();
            let slug = slugify(&folder);
            if slug.is_empty() {
                return Err(ImportError::Invalid {
                    file: package,
                    message: format!("cannot make a slug of the folder name `{folder}`"),
                    help: "pass --slug NAME".to_string(),
                });
            }
            slug
        }
    };

    let constants: BTreeMap<String, String> = yaml
        .constants
        .iter()
        .flatten()
        .map(|(k, v)| {
            let v = match v {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            (k.clone(), v)
        })
        .collect();
    let statement = statement(pkg, &constants, &mut warnings)?;

    let title = match &yaml.name {
        Some(Names::One(n)) if !n.trim().is_empty() => n.trim().to_string(),
        Some(Names::ByLanguage(m)) if !m.is_empty() => {
            match m.get("en") {
                Some(n) => n.trim().to_string(),
                None => {
                    let (lang, n) = m.iter().next().expect("not empty");
                    warnings.push(format!("no English name: the title is the `{lang}` one"));
                    n.trim().to_string()
                }
            }
        }
        _ => match &statement.title {
            Some(t) => t.clone(),
            None => {
                warnings.push(format!(
                    "no problem name in problem.yaml or the statement: the title is `{slug}`"
                ));
                slug.clone()
            }
        },
    };

    let mut tags = Vec::new();
    for k in yaml.keywords.iter().flat_map(Words::split) {
        let t = slugify(&k);
        if t.is_empty() {
            warnings.push(format!("keyword `{k}` is not usable as a tag: left out"));
        } else if !tags.contains(&t) {
            tags.push(t);
        }
    }

    let (time, memory, output) = limits(pkg, version, yaml.limits.as_ref(), &mut warnings)?;

    let problem_flags: Vec<String> = yaml
        .validator_flags
        .as_deref()
        .map(|f| f.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default();
    let raw = read_tests(pkg, &mut warnings)?;
    let (tests, duplicates, compare) = name_and_compare(raw, &problem_flags, opts, &mut warnings)?;
    if !tests.iter().any(|t| t.sample) {
        warnings.push(
            "no sample tests (data/sample): `judge validate` wants at least one".to_string(),
        );
    }

    let (solutions, skipped_solutions) = submissions(pkg, &mut warnings)?;
    let has = |ext: &str| {
        solutions
            .iter()
            .any(|s| s.folder == "accepted" && s.file.ends_with(ext))
    };
    let missing: Vec<&str> = [("Python", ".py"), ("Rust", ".rs")]
        .iter()
        .filter(|(_, ext)| !has(ext))
        .map(|(lang, _)| *lang)
        .collect();
    if !missing.is_empty() {
        warnings.push(format!(
            "no accepted {} solution: `judge validate` wants accepted solutions in Python and Rust",
            missing.join(" or ")
        ));
    }
    not_imported(pkg, &mut warnings)?;

    let mut markdown = statement.markdown;
    let credits = credits(&yaml);
    markdown.push_str("\n---\n\n");
    if !credits.is_empty() {
        markdown.push_str(&credits.join(" · "));
        markdown.push_str("\n\n");
    }
    markdown.push_str(&format!(
        "*Imported from the Kattis problem package `{slug}` ({} format){}.*\n",
        version.name(),
        if statement.from_latex {
            "; the statement was converted from LaTeX, formulas are in TeX notation"
        } else {
            ""
        }
    ));

    Ok(Conversion {
        version,
        slug,
        title,
        difficulty: opts.difficulty,
        tags,
        statement: markdown,
        statement_source: statement.source,
        time,
        memory,
        output,
        compare,
        tests,
        solutions,
        skipped_solutions,
        duplicates,
        warnings,
    })
}

/// Refuses interactive, multi-pass and submit-answer problems and custom output validators
/// (unless told to ignore the validator); warns about scoring problems.
fn refuse_unjudgeable(
    pkg: &Path,
    package: &str,
    yaml: &ProblemYaml,
    opts: &Options,
    warnings: &mut Vec<String>,
) -> Result<(), ImportError> {
    let validation: Vec<String> = yaml
        .validation
        .as_deref()
        .unwrap_or("default")
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let types: Vec<String> = yaml.kind.iter().flat_map(Words::split).collect();
    let custom_declared = validation.first().is_some_and(|v| v == "custom");
    let interactive = if types.iter().any(|t| t == "interactive") {
        Some("problem.yaml: `type: interactive`".to_string())
    } else if custom_declared && validation.iter().any(|v| v == "interactive") {
        Some(format!("problem.yaml: `validation: {}`", validation.join(" ")))
    } else {
        None
    };
    if let Some(why) = interactive {
        return Err(ImportError::Unsupported {
            package: package.to_string(),
            what: format!("it is an interactive problem ({why})"),
            help: "judge runs a solution on a fixed input and compares its output; an interactive \
                   problem needs its validator to answer the solution while it runs, which judge \
                   cannot do"
                .to_string(),
        });
    }
    for kind in ["multi-pass", "submit-answer"] {
        if types.iter().any(|t| t == kind) {
            return Err(ImportError::Unsupported {
                package: package.to_string(),
                what: format!("it is a {kind} problem (problem.yaml: `type`)"),
                help: "judge runs a program once per test and compares its output with the answer \
                       file; this kind of problem needs the package's own validator"
                    .to_string(),
            });
        }
    }
    if types.iter().any(|t| t == "scoring") {
        warnings.push(
            "a scoring problem: imported pass-fail, a solution must pass every test".to_string(),
        );
    }
    let validator_dir = ["output_validators", "output_validator"]
        .into_iter()
        .find(|d| is_nonempty_dir(&pkg.join(d)));
    let custom = match (validator_dir, custom_declared) {
        (Some(dir), _) => Some(format!("{}/", shown(pkg, dir))),
        (None, true) => Some(format!(
            "problem.yaml: `validation: {}`",
            validation.join(" ")
        )),
        (None, false) => None,
    };
    if let Some(custom) = custom {
        if !opts.ignore_output_validator {
            return Err(ImportError::Unsupported {
                package: package.to_string(),
                what: format!("it has a custom output validator ({custom})"),
                help: "judge cannot run Kattis output validators. Port it to a Python checker \
                       (`compare: {mode: checker, program: checker.py}`, docs/problem-format.md), \
                       or pass --ignore-output-validator to import the problem judged by the \
                       default validator's rules, which is right only if every correct output \
                       matches the answer file"
                    .to_string(),
            });
        }
        warnings.push(format!(
            "custom output validator ignored ({custom}): judged by the default validator's rules, \
             which is right only if every correct output matches the answer file"
        ));
    }
    Ok(())
}

/// The statement read from the package, before credits are added.
struct Statement {
    markdown: String,
    source: Option<String>,
    from_latex: bool,
    title: Option<String>,
}

/// The English statement (Markdown before LaTeX), else another language's, else a placeholder.
fn statement(
    pkg: &Path,
    constants: &BTreeMap<String, String>,
    warnings: &mut Vec<String>,
) -> Result<Statement, ImportError> {
    let mut candidates = Vec::new(); // (preference, language, rel)
    let mut others = Vec::new();
    for dir in ["statement", "problem_statement"] {
        if !pkg.join(dir).is_dir() {
            continue;
        }
        for (name, is_dir) in entries(pkg, dir)? {
            let rel = format!("{dir}/{name}");
            let parts: Vec<&str> = name.split('.').collect();
            let (lang, ext) = match parts.as_slice() {
                ["problem", ext] => ("", *ext),
                ["problem", lang, ext] => (*lang, *ext),
                _ => {
                    others.push(if is_dir { format!("{rel}/") } else { rel });
                    continue;
                }
            };
            let rank = match ext {
                "md" => 0,
                "tex" => 1,
                "pdf" => 2,
                _ => {
                    others.push(rel);
                    continue;
                }
            };
            let lang = if lang.is_empty() { "en" } else { lang };
            candidates.push(((lang != "en", rank), lang.to_string(), rel));
        }
    }
    candidates.sort();
    if !others.is_empty() {
        warnings.push(format!(
            "statement files not imported (judge shows text only): {}",
            others.join(", ")
        ));
    }
    let Some(((not_english, rank), lang, rel)) = candidates.first().cloned() else {
        warnings.push("no statement (statement/ or problem_statement/): a placeholder is written".to_string());
        return Ok(placeholder("The package has no statement.".to_string(), None));
    };
    let other_langs: BTreeSet<&str> = candidates
        .iter()
        .map(|(_, l, _)| l.as_str())
        .filter(|l| *l != lang)
        .collect();
    if !other_langs.is_empty() {
        warnings.push(format!(
            "statements in other languages not imported: {}",
            other_langs.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
    if not_english {
        warnings.push(format!("no English statement: using {rel}"));
    }
    match rank {
        0 => {
            let mut md = read_text(pkg, &rel)?;
            for (k, v) in constants {
                md = md.replace(&format!("{{{{{k}}}}}"), v);
            }
            Ok(Statement {
                markdown: md.trim_end().to_string() + "\n",
                source: Some(rel),
                from_latex: false,
                title: None,
            })
        }
        1 => {
            let tex = read_text(pkg, &rel)?;
            let c = latex::to_markdown(&tex, constants);
            if !c.unknown.is_empty() {
                warnings.push(format!(
                    "{rel}: LaTeX not converted (its text is kept): {}",
                    c.unknown.into_iter().collect::<Vec<_>>().join(", ")
                ));
            }
            Ok(Statement {
                markdown: c.markdown,
                source: Some(rel),
                from_latex: true,
                title: c.title,
            })
        }
        _ => {
            warnings.push(format!(
                "the statement is a PDF ({rel}): a placeholder pointing to it is written"
            ));
            Ok(placeholder(
                format!("The statement is the PDF `{rel}` of the Kattis package."),
                Some(rel),
            ))
        }
    }
}

fn placeholder(text: String, source: Option<String>) -> Statement {
    Statement {
        markdown: format!("{text}\n"),
        source,
        from_latex: false,
        title: None,
    }
}

/// Credits, source and license for the statement's footer.
fn credits(yaml: &ProblemYaml) -> Vec<String> {
    fn names(v: &serde_json::Value) -> Vec<String> {
        match v {
            serde_json::Value::String(s) => vec![s.clone()],
            serde_json::Value::Array(items) => items.iter().flat_map(names).collect(),
            serde_json::Value::Object(m) => match m.get("name") {
                Some(n) => {
                    let url = m.get("url").and_then(|u| u.as_str());
                    let n = names(n).join(", ");
                    vec![url.map_or(n.clone(), |u| format!("{n} <{u}>"))]
                }
                None => m
                    .iter()
                    .map(|(k, v)| format!("{k}: {}", names(v).join(", ")))
                    .collect(),
            },
            serde_json::Value::Null => Vec::new(),
            other => vec![other.to_string()],
        }
    }
    let mut out = Vec::new();
    if let Some(a) = &yaml.author {
        out.push(format!("Author: {a}"));
    }
    match &yaml.credits {
        Some(serde_json::Value::Object(m)) => {
            for (role, who) in m {
                out.push(format!("{}: {}", capitalize(role), names(who).join(", ")));
            }
        }
        Some(v) => out.push(format!("Author: {}", names(v).join(", "))),
        None => {}
    }
    if let Some(s) = &yaml.source {
        let mut s = names(s).join(", ");
        if let Some(url) = &yaml.source_url {
            s.push_str(&format!(" <{url}>"));
        }
        if !s.is_empty() {
            out.push(format!("Source: {s}"));
        }
    }
    if let Some(l) = &yaml.license {
        let owner = yaml
            .rights_owner
            .as_ref()
            .map(|o| format!(", rights owner {o}"))
            .unwrap_or_default();
        out.push(format!("License: {l}{owner}"));
    }
    out
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect::<String>().replace('_', " "),
        None => String::new(),
    }
}

/// Time, memory and output limits, each with where it came from.
fn limits(
    pkg: &Path,
    version: Version,
    yaml: Option<&LimitsYaml>,
    warnings: &mut Vec<String>,
) -> Result<(Limit, Limit, Limit), ImportError> {
    let bad = |what: &str, v: f64| ImportError::Invalid {
        file: shown(pkg, "problem.yaml"),
        message: format!("limits.{what} is {v}: it must be above 0"),
        help: "fix the package's problem.yaml".to_string(),
    };
    let time_secs = |secs: f64, from: &str| -> Result<Limit, ImportError> {
        if !(secs > 0.0 && secs <= 3600.0) {
            return Err(ImportError::Invalid {
                file: shown(pkg, from),
                message: format!("a time limit of {secs} s is out of range"),
                help: "judge takes time limits above 0 and up to 1 hour".to_string(),
            });
        }
        Ok(Limit {
            value: format!("{secs}s"),
            from: from.to_string(),
        })
    };
    let time = if let Some(t) = yaml.and_then(|l| l.time_limit) {
        time_secs(t, "problem.yaml")?
    } else if pkg.join(".timelimit").is_file() {
        let text = read_text(pkg, ".timelimit")?;
        let secs = text.trim().parse::<f64>().map_err(|_| ImportError::Invalid {
            file: shown(pkg, ".timelimit"),
            message: format!("`{}` is not a number of seconds", text.trim()),
            help: "the file holds the time limit in seconds, like `2` or `1.5`".to_string(),
        })?;
        time_secs(secs, ".timelimit")?
    } else if let Some(secs) = domjudge_timelimit(pkg)? {
        time_secs(secs, "domjudge-problem.ini")?
    } else {
        warnings.push(
            "no time limit in the package (Kattis derives it from the accepted submissions' \
             running times): judge's default of 1 s is used; edit `limits.time` in problem.yaml"
                .to_string(),
        );
        Limit {
            value: "1s".to_string(),
            from: "judge's default: the package has none".to_string(),
        }
    };
    let (default_memory, memory_from) = match version {
        Version::Legacy => (1024.0, "the legacy format's default"),
        Version::V2023_07 => (2048.0, "the 2023-07 format's typical default"),
    };
    let mib = |key: &str, v: Option<f64>, default: f64, from: &str| -> Result<Limit, ImportError> {
        match v {
            Some(v) if v > 0.0 => Ok(Limit {
                value: format!("{v}MiB"),
                from: "problem.yaml".to_string(),
            }),
            Some(v) => Err(bad(key, v)),
            None => Ok(Limit {
                value: format!("{default}MiB"),
                from: from.to_string(),
            }),
        }
    };
    let memory = mib(
        "memory",
        yaml.and_then(|l| l.memory),
        default_memory,
        memory_from,
    )?;
    let output = mib(
        "output",
        yaml.and_then(|l| l.output),
        8.0,
        "the package format's default",
    )?;
    Ok((time, memory, output))
}

/// `timelimit = 2` in a DOMjudge `domjudge-problem.ini`, which some packages carry.
fn domjudge_timelimit(pkg: &Path) -> Result<Option<f64>, ImportError> {
    const INI: &str = "domjudge-problem.ini";
    if !pkg.join(INI).is_file() {
        return Ok(None);
    }
    let text = read_text(pkg, INI)?;
    Ok(text.lines().find_map(|l| {
        let (k, v) = l.split_once('=')?;
        (k.trim() == "timelimit")
            .then(|| v.trim().trim_matches(|c| c == '\'' || c == '"').parse().ok())
            .flatten()
    }))
}

/// A test as found in the package, before naming.
struct RawTest {
    /// The path under `data/` without extension: `secret/group1/03`.
    data_path: String,
    sample: bool,
    input: String,
    output: String,
    /// Validator flags from the test groups and the test's own `.yaml`.
    flags: Vec<String>,
    /// The files the flags came from.
    flags_from: Vec<String>,
}

/// Reads `data/sample` and `data/secret` in the package's order: by name, groups in place.
fn read_tests(pkg: &Path, warnings: &mut Vec<String>) -> Result<Vec<RawTest>, ImportError> {
    if !pkg.join("data").is_dir() {
        return Err(ImportError::Invalid {
            file: shown(pkg, "data"),
            message: "not found: the package has no test data".to_string(),
            help: "tests are data/sample/*.in and data/secret/**/*.in with their .ans files"
                .to_string(),
        });
    }
    let mut walk = Walk {
        pkg,
        tests: Vec::new(),
        other_files: BTreeMap::new(),
        with_args: Vec::new(),
    };
    let root = walk.group_config("data", &GroupYaml::default())?;
    let mut ignored = Vec::new();
    for (name, is_dir) in entries(pkg, "data")? {
        match (name.as_str(), is_dir) {
            ("sample" | "secret", true) => walk.group(&format!("data/{name}"), &root, 0)?,
            ("testdata.yaml" | "test_group.yaml", false) => {}
            (_, true) => ignored.push(format!("data/{name}/")),
            (_, false) => ignored.push(format!("data/{name}")),
        }
    }
    if !ignored.is_empty() {
        warnings.push(format!(
            "not imported (only data/sample and data/secret hold tests): {}",
            ignored.join(", ")
        ));
    }
    if !walk.other_files.is_empty() {
        let list: Vec<String> = walk
            .other_files
            .iter()
            .map(|(ext, n)| format!("{n} {ext}"))
            .collect();
        warnings.push(format!(
            "other files in data/ not imported: {}",
            list.join(", ")
        ));
    }
    if !walk.with_args.is_empty() {
        warnings.push(format!(
            "tests with command-line arguments (`args`), which judge does not pass: {}",
            walk.with_args.join(", ")
        ));
    }
    if walk.tests.is_empty() {
        return Err(ImportError::Invalid {
            file: shown(pkg, "data"),
            message: "no tests: no .in file under data/sample or data/secret".to_string(),
            help: "tests are data/sample/*.in and data/secret/**/*.in with their .ans files"
                .to_string(),
        });
    }
    Ok(walk.tests)
}

struct Walk<'a> {
    pkg: &'a Path,
    tests: Vec<RawTest>,
    /// Files that are not tests, by extension, counted.
    other_files: BTreeMap<String, usize>,
    with_args: Vec<String>,
}

impl Walk<'_> {
    /// The group's configuration under its parent's.
    fn group_config(&self, rel: &str, parent: &GroupYaml) -> Result<GroupYaml, ImportError> {
        let mut cfg = parent.clone();
        for file in ["testdata.yaml", "test_group.yaml"] {
            let f = format!("{rel}/{file}");
            if self.pkg.join(&f).is_file() {
                let own: GroupYaml = parse_yaml(self.pkg, &f)?;
                cfg = own.under(&cfg);
            }
        }
        Ok(cfg)
    }

    fn group(&mut self, rel: &str, parent: &GroupYaml, depth: usize) -> Result<(), ImportError> {
        if depth > 16 {
            return Err(ImportError::Invalid {
                file: shown(self.pkg, rel),
                message: "test groups nested too deep (a symbolic link loop?)".to_string(),
                help: "keep data/ a tree".to_string(),
            });
        }
        let cfg = self.group_config(rel, parent)?;
        let entries = entries(self.pkg, rel)?;
        let names: BTreeSet<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
        // Test cases (by base name) and subgroups, in name order.
        let mut items: Vec<(String, bool)> = Vec::new();
        for (name, is_dir) in &entries {
            let config = name == "testdata.yaml" || name == "test_group.yaml";
            let of_a_test = name
                .strip_suffix(".ans")
                .or_else(|| name.strip_suffix(".yaml"))
                .is_some_and(|b| names.contains(format!("{b}.in").as_str()));
            if *is_dir {
                items.push((name.clone(), true));
            } else if let Some(base) = name.strip_suffix(".in") {
                items.push((base.to_string(), false));
            } else if !config && !of_a_test {
                let ext = match name.rsplit_once('.') {
                    Some((_, e)) => format!(".{e}"),
                    None => "without extension".to_string(),
                };
                *self.other_files.entry(ext).or_default() += 1;
            }
        }
        items.sort();
        for (name, is_group) in items {
            let path = format!("{rel}/{name}");
            if is_group {
                self.group(&path, &cfg, depth + 1)?;
                continue;
            }
            let ans = format!("{path}.ans");
            if !names.contains(format!("{name}.ans").as_str()) {
                return Err(ImportError::Invalid {
                    file: shown(self.pkg, &format!("{path}.in")),
                    message: format!("has no answer file: {} is missing", shown(self.pkg, &ans)),
                    help: "every .in needs the .ans beside it that holds the expected output"
                        .to_string(),
                });
            }
            let mut test_cfg = cfg.clone();
            if names.contains(format!("{name}.yaml").as_str()) {
                let own: GroupYaml = parse_yaml(self.pkg, &format!("{path}.yaml"))?;
                test_cfg = own.under(&cfg);
            }
            let data_path = path["data/".len()..].to_string();
            if test_cfg.args.as_ref().is_some_and(|a| !a.split().is_empty()) {
                self.with_args.push(data_path.clone());
            }
            let mut flags = Vec::new();
            if let Some(f) = &test_cfg.output_validator_flags {
                flags.extend(f.split_whitespace().map(str::to_string));
            }
            if let Some(a) = &test_cfg.output_validator_args {
                flags.extend(a.split());
            }
            let flags_from = if flags.is_empty() {
                Vec::new()
            } else {
                self.flag_sources(&path)
            };
            self.tests.push(RawTest {
                sample: data_path.starts_with("sample/"),
                input: read_text(self.pkg, &format!("{path}.in"))?,
                output: read_text(self.pkg, &ans)?,
                data_path,
                flags,
                flags_from,
            });
        }
        Ok(())
    }

    /// The YAML files from `data/` down to a test that may set its flags.
    fn flag_sources(&self, test_path: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut dir = String::new();
        for part in test_path.split('/') {
            if !dir.is_empty() {
                for f in ["testdata.yaml", "test_group.yaml"] {
                    let rel = format!("{dir}/{f}");
                    if self.pkg.join(&rel).is_file() {
                        out.push(rel);
                    }
                }
                dir.push('/');
            }
            dir.push_str(part);
        }
        let own = format!("{test_path}.yaml");
        if self.pkg.join(&own).is_file() {
            out.push(own);
        }
        out
    }
}

/// Names the tests, leaves out exact duplicates, and picks each test's comparison and the
/// problem's (the most common one).
fn name_and_compare(
    raw: Vec<RawTest>,
    problem_flags: &[String],
    opts: &Options,
    warnings: &mut Vec<String>,
) -> Result<(Vec<Test>, Vec<(String, String)>, Compare), ImportError> {
    // Names are paths under data/sample or data/secret, unless a sample and a secret test
    // would share one: then all keep their path under data/.
    let short = |p: &str| p.split_once('/').map_or(p, |(_, rest)| rest).to_string();
    let sample_names: BTreeSet<String> = raw
        .iter()
        .filter(|t| t.sample)
        .map(|t| short(&t.data_path))
        .collect();
    let collide = raw
        .iter()
        .any(|t| !t.sample && sample_names.contains(&short(&t.data_path)));
    if collide {
        warnings.push(
            "sample and secret tests share names: test names keep their path under data/ \
             (sample/1, secret/1)"
                .to_string(),
        );
    }
    let mut tests = Vec::new();
    let mut duplicates = Vec::new();
    let mut seen: HashMap<(&str, &str), String> = HashMap::new();
    let mut same_input: HashMap<&str, String> = HashMap::new();
    let mut flagged_unknown = BTreeSet::new();
    for t in &raw {
        let name = if collide {
            t.data_path.clone()
        } else {
            short(&t.data_path)
        };
        if let Some(first) = seen.get(&(t.input.as_str(), t.output.as_str())) {
            duplicates.push((name, first.clone()));
            continue;
        }
        seen.insert((&t.input, &t.output), name.clone());
        if let Some(first) = same_input.insert(&t.input, name.clone()) {
            warnings.push(format!(
                "tests {first} and {name} have the same input but different answers: \
                 `judge validate` will report them as duplicates"
            ));
        }
        let words: Vec<String> = problem_flags.iter().chain(&t.flags).cloned().collect();
        let mut sources = vec!["problem.yaml".to_string()];
        sources.extend(t.flags_from.iter().cloned());
        let (flags, unknown) = parse_flags(&words).map_err(|m| ImportError::Invalid {
            file: sources.join(", "),
            message: format!("validator flags of test {}: {m}", t.data_path),
            help: "the default validator takes case_sensitive, space_change_sensitive and \
                   float_tolerance, float_absolute_tolerance or float_relative_tolerance with a number"
                .to_string(),
        })?;
        if !unknown.is_empty() {
            if !opts.ignore_output_validator {
                return Err(ImportError::Invalid {
                    file: sources.join(", "),
                    message: format!(
                        "validator flags of test {}: unknown to the default validator: {}",
                        t.data_path,
                        unknown.join(" ")
                    ),
                    help: "the default validator takes case_sensitive, space_change_sensitive and \
                           float_tolerance, float_absolute_tolerance or float_relative_tolerance \
                           with a number; other flags belong to a custom validator"
                        .to_string(),
                });
            }
            flagged_unknown.extend(unknown);
        }
        let file_group = if t.sample {
            "sample".to_string()
        } else {
            match t.data_path["secret/".len()..].split_once('/') {
                Some((group, _)) => group.to_string(),
                None => "secret".to_string(),
            }
        };
        tests.push(Test {
            name,
            sample: t.sample,
            input: t.input.clone(),
            output: t.output.clone(),
            compare: comparison(&flags, &words.join(" ")),
            data_path: t.data_path.clone(),
            file_group,
        });
    }
    if !flagged_unknown.is_empty() {
        warnings.push(format!(
            "flags of the ignored custom validator left out: {}",
            flagged_unknown.into_iter().collect::<Vec<_>>().join(" ")
        ));
    }
    if !duplicates.is_empty() {
        let list: Vec<String> = duplicates
            .iter()
            .map(|(n, first)| format!("{n} (= {first})"))
            .collect();
        warnings.push(format!(
            "tests identical to an earlier one (input and answer) not imported: {}",
            list.join(", ")
        ));
    }
    // The problem's comparison is the most common; ties go to the first seen.
    let mut counts: Vec<(&Compare, usize)> = Vec::new();
    for t in &tests {
        match counts.iter_mut().find(|(c, _)| c.yaml == t.compare.yaml) {
            Some((_, n)) => *n += 1,
            None => counts.push((&t.compare, 1)),
        }
    }
    let compare = counts
        .iter()
        .rev()
        .max_by_key(|(_, n)| *n)
        .map(|(c, _)| (*c).clone())
        .unwrap_or_else(|| comparison(&ValidatorFlags::default(), ""));
    Ok((tests, duplicates, compare))
}

/// judge's solution folder for a Kattis submission folder.
fn solution_folder(kattis: &str) -> Option<&'static str> {
    Some(match kattis {
        "accepted" => "accepted",
        "wrong_answer" => "wrong_answer",
        "time_limit_exceeded" => "time_limit_exceeded",
        "run_time_error" => "runtime_error",
        "memory_limit_exceeded" => "memory_limit_exceeded",
        _ => return None,
    })
}

/// The language of a submission file by its extension, for the report of skipped ones.
fn language_of(file: &str) -> String {
    let ext = file.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    match ext {
        "cpp" | "cc" | "cxx" | "c++" | "C" | "hpp" | "h" => "C++",
        "c" => "C",
        "java" => "Java",
        "kt" => "Kotlin",
        "go" => "Go",
        "cs" => "C#",
        "js" => "JavaScript",
        "ts" => "TypeScript",
        "rb" => "Ruby",
        "hs" => "Haskell",
        "ml" => "OCaml",
        "pas" => "Pascal",
        "php" => "PHP",
        "scala" => "Scala",
        "swift" => "Swift",
        "lua" => "Lua",
        "pl" => "Perl",
        "f90" | "f95" | "f" => "Fortran",
        "" => return "unknown (no extension)".to_string(),
        other => return format!(".{other}"),
    }
    .to_string()
}

/// Python 3 and Rust submissions become solutions; the rest is listed as skipped.
fn submissions(
    pkg: &Path,
    warnings: &mut Vec<String>,
) -> Result<(Vec<Solution>, Vec<Skipped>), ImportError> {
    let mut solutions = Vec::new();
    let mut skipped = Vec::new();
    if !pkg.join("submissions").is_dir() {
        warnings.push("no submissions/: `judge validate` has no solution to run".to_string());
        return Ok((solutions, skipped));
    }
    for (category, is_dir) in entries(pkg, "submissions")? {
        if !is_dir {
            warnings.push(format!(
                "submissions/{category} not imported{}",
                if category == "submissions.yaml" {
                    ": expected verdicts come from the folder names"
                } else {
                    ""
                }
            ));
            continue;
        }
        let folder = solution_folder(&category);
        for (file, is_dir) in entries(pkg, &format!("submissions/{category}"))? {
            let path = format!("submissions/{category}/{file}");
            let skip = |language: String, reason: String| Skipped {
                path: path.clone(),
                language,
                reason,
            };
            if is_dir {
                skipped.push(skip(
                    "a folder".to_string(),
                    "programs of several files are not supported".to_string(),
                ));
                continue;
            }
            let contents = read_bytes(pkg, &path)?;
            let ext = file.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
            let python2 = ext == "py"
                && contents.starts_with(b"#!")
                && contents
                    .split(|&b| b == b'\n')
                    .next()
                    .is_some_and(|l| l.windows(7).any(|w| w == b"python2"));
            let language = match (ext, python2) {
                ("py", false) => "Python 3".to_string(),
                ("py", true) => "Python 2".to_string(),
                ("rs", _) => "Rust".to_string(),
                _ => language_of(&file),
            };
            match folder {
                _ if !matches!(ext, "py" | "rs") || python2 => skipped.push(skip(
                    language.clone(),
                    "judge runs Python 3 and Rust".to_string(),
                )),
                None => skipped.push(skip(
                    language,
                    format!("no judge solution folder for `{category}`"),
                )),
                Some(folder) => solutions.push(Solution {
                    folder,
                    file: file.clone(),
                    contents,
                    from: path.clone(),
                }),
            }
        }
    }
    Ok((solutions, skipped))
}

/// Warns about the parts of a package judge does not use.
fn not_imported(pkg: &Path, warnings: &mut Vec<String>) -> Result<(), ImportError> {
    let used = [
        "problem.yaml",
        "data",
        "submissions",
        "statement",
        "problem_statement",
        "output_validators",
        "output_validator",
        "domjudge-problem.ini",
    ];
    let mut listed = Vec::new();
    for (name, is_dir) in entries(pkg, ".")? {
        if used.contains(&name.as_str()) {
            continue;
        }
        let why = match name.as_str() {
            "input_validators" | "input_format_validators" => {
                "input validators (judge's are Python programs exiting 0; see docs/problem-format.md)"
            }
            "include" => "files included with submissions (solutions that need them will fail)",
            "attachments" => "attachments",
            "graders" => "graders (scoring)",
            "generators" => "test generators (the generated data is imported)",
            "solution" => "solution descriptions",
            "static_validator" => "a static validator",
            "input_visualizer" | "output_visualizer" => "a visualizer",
            _ => "not part of the package format",
        };
        listed.push(format!(
            "{name}{}: {why}",
            if is_dir { "/" } else { "" }
        ));
    }
    if !listed.is_empty() {
        warnings.push(format!("not imported: {}", listed.join("; ")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    fn yaml_of(flags: &str) -> String {
        let (f, unknown) = parse_flags(&words(flags)).unwrap();
        assert!(unknown.is_empty());
        comparison(&f, flags).yaml
    }

    /// Every combination of the default validator's flags, and judge's comparison for it.
    #[test]
    fn validator_flags_map_to_comparisons() {
        let table = [
            ("", "{mode: tokens, ignore_case: true}"),
            ("case_sensitive", "tokens"),
            ("space_change_sensitive", "{mode: tokens, ignore_case: true, exact_whitespace: true}"),
            ("case_sensitive space_change_sensitive", "exact"),
            (
                "float_tolerance 1e-6",
                "{mode: float, abs_tol: 1e-6, rel_tol: 1e-6, ignore_case: true}",
            ),
            (
                "case_sensitive float_absolute_tolerance 0.001",
                "{mode: float, abs_tol: 0.001, rel_tol: 0.0}",
            ),
            (
                "float_relative_tolerance 1e-9 case_sensitive",
                "{mode: float, abs_tol: 0.0, rel_tol: 1e-9}",
            ),
            (
                "float_absolute_tolerance 1e-4 float_relative_tolerance 1e-5 space_change_sensitive",
                "{mode: float, abs_tol: 0.0001, rel_tol: 1e-5, ignore_case: true, exact_whitespace: true}",
            ),
            (
                "case_sensitive space_change_sensitive float_tolerance 0",
                "{mode: float, abs_tol: 0.0, rel_tol: 0.0, exact_whitespace: true}",
            ),
            // A later tolerance replaces an earlier one, as in the reference validator.
            (
                "float_tolerance 1 float_absolute_tolerance 2 case_sensitive",
                "{mode: float, abs_tol: 2.0, rel_tol: 1.0}",
            ),
        ];
        for (flags, want) in table {
            assert_eq!(yaml_of(flags), want, "flags `{flags}`");
        }
    }

    /// The YAML of every mapped comparison loads, and judges as the flags say.
    #[test]
    fn mapped_comparisons_load_and_judge_like_the_default_validator() {
        use crate::catalog::spec::CompareSpec;
        let accepts = |flags: &str, expected: &str, actual: &str| {
            let yaml = yaml_of(flags);
            let spec: CompareSpec = serde_saphyr::from_str(&yaml).unwrap();
            let mode = match spec {
                CompareSpec::Tokens => crate::compare::Comparison::Tokens,
                CompareSpec::Exact => crate::compare::Comparison::Exact,
                CompareSpec::TokensWith {
                    ignore_case,
                    exact_whitespace,
                    tolerance,
                } => crate::compare::Comparison::TokensWith {
                    rules: crate::compare::TokenRules {
                        ignore_case,
                        exact_whitespace,
                    },
                    tolerance,
                },
                CompareSpec::Float { abs_tol, rel_tol } => {
                    crate::compare::Comparison::Float { abs_tol, rel_tol }
                }
                other => panic!("{other:?}"),
            };
            crate::compare::compare(&mode, expected.as_bytes(), actual.as_bytes()).is_accepted()
        };
        assert!(accepts("", "Yes 3\n", "yes\n3"));
        assert!(!accepts("case_sensitive", "Yes 3\n", "yes\n3"));
        assert!(accepts("case_sensitive", "Yes 3\n", "Yes\n3"));
        assert!(!accepts("space_change_sensitive", "Yes 3\n", "yes\n3"));
        assert!(accepts("space_change_sensitive", "Yes 3\n", "yES 3\n"));
        assert!(!accepts("case_sensitive space_change_sensitive", "Yes 3\n", "Yes 3"));
        assert!(accepts("float_tolerance 1e-6", "0.5 X\n", "0.5000001 x"));
        assert!(!accepts("", "0.5\n", "0.5000001"), "no tolerance: numbers are text");
        assert!(accepts("float_relative_tolerance 1e-3", "1000\n", "1000.9"));
        assert!(!accepts("float_relative_tolerance 1e-3", "0\n", "0.0000001"));
    }

    #[test]
    fn bad_flags_are_reported() {
        assert!(parse_flags(&words("float_tolerance")).is_err());
        assert!(parse_flags(&words("float_tolerance abc")).is_err());
        assert!(parse_flags(&words("float_tolerance -1")).is_err());
        let (_, unknown) = parse_flags(&words("case_sensitive maxOnly=yes")).unwrap();
        assert_eq!(unknown, ["maxOnly=yes"]);
    }

    #[test]
    fn slugs_from_folder_names() {
        assert_eq!(slugify("hello"), "hello");
        assert_eq!(slugify("Hello_World 2"), "hello-world-2");
        assert_eq!(slugify("--a..b--"), "a-b");
        assert_eq!(slugify("ünï"), "n");
        assert_eq!(slugify("___"), "");
    }

    fn raw(path: &str, input: &str, output: &str) -> RawTest {
        RawTest {
            data_path: path.to_string(),
            sample: path.starts_with("sample/"),
            input: input.to_string(),
            output: output.to_string(),
            flags: Vec::new(),
            flags_from: Vec::new(),
        }
    }

    fn opts() -> Options {
        Options {
            slug: None,
            difficulty: Difficulty::Medium,
            ignore_output_validator: false,
        }
    }

    #[test]
    fn names_keep_paths_and_collisions_keep_the_group() {
        let mut w = Vec::new();
        let (tests, dups, _) = name_and_compare(
            vec![
                raw("sample/1", "1", "1"),
                raw("secret/01-small", "2", "2"),
                raw("secret/group1/01", "3", "3"),
            ],
            &[],
            &opts(),
            &mut w,
        )
        .unwrap();
        let names: Vec<&str> = tests.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["1", "01-small", "group1/01"]);
        let groups: Vec<&str> = tests.iter().map(|t| t.file_group.as_str()).collect();
        assert_eq!(groups, ["sample", "secret", "group1"]);
        assert!(dups.is_empty() && w.is_empty(), "{w:?}");

        let (tests, _, _) = name_and_compare(
            vec![raw("sample/1", "1", "1"), raw("secret/1", "2", "2")],
            &[],
            &opts(),
            &mut w,
        )
        .unwrap();
        let names: Vec<&str> = tests.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["sample/1", "secret/1"]);
        assert!(w[0].contains("share names"), "{w:?}");
    }

    #[test]
    fn exact_duplicates_are_left_out_and_said() {
        let mut w = Vec::new();
        let (tests, dups, _) = name_and_compare(
            vec![
                raw("sample/1", "1\n", "1\n"),
                raw("secret/00-sample", "1\n", "1\n"),
                raw("secret/02", "1\n", "2\n"),
            ],
            &[],
            &opts(),
            &mut w,
        )
        .unwrap();
        assert_eq!(tests.len(), 2);
        assert_eq!(dups, [("00-sample".to_string(), "1".to_string())]);
        assert!(w.iter().any(|m| m.contains("00-sample (= 1)")), "{w:?}");
        assert!(w.iter().any(|m| m.contains("same input")), "{w:?}");
    }

    #[test]
    fn the_most_common_comparison_is_the_problems() {
        let mut w = Vec::new();
        let mut group = raw("secret/g/1", "2", "2");
        group.flags = words("case_sensitive");
        let mut group2 = raw("secret/g/2", "3", "3");
        group2.flags = words("case_sensitive");
        let (tests, _, compare) = name_and_compare(
            vec![raw("sample/1", "1", "1"), group, group2],
            &words("float_tolerance 1e-6"),
            &opts(),
            &mut w,
        )
        .unwrap();
        assert_eq!(compare.yaml, "{mode: float, abs_tol: 1e-6, rel_tol: 1e-6}");
        assert_eq!(
            tests[0].compare.yaml,
            "{mode: float, abs_tol: 1e-6, rel_tol: 1e-6, ignore_case: true}"
        );
        let err = name_and_compare(
            vec![raw("sample/1", "1", "1")],
            &words("maxOnly=yes"),
            &opts(),
            &mut w,
        )
        .unwrap_err();
        assert!(err.to_string().contains("maxOnly=yes"), "{err}");
    }
}
