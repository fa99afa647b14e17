//! Reading a Kattis / ICPC problem package (the legacy format and 2023-07) into a
//! [`Conversion`]: judge's title, statement, limits, comparison, tests and solutions, plus what
//! could not be converted as warnings, or an [`ImportError`] for what makes the problem
//! unjudgeable (an interactive problem, a custom output validator). The tests are read by
//! `testdata`, the statement by `statement`; writing the conversion is `command`'s job.
//! docs/kattis.md describes the mapping.

use std::collections::BTreeMap;
use std::path::Path;

use super::flags::Compare;
pub use super::package::Options;
use super::package::{
    entries, is_nonempty_dir, parse_yaml, read_bytes, read_text, shown, ImportError, LimitsYaml,
    Names, ProblemYaml, Words,
};
use super::statement::{credits, statement};
use super::testdata::{name_and_compare, read_tests, Test};
use crate::catalog::Difficulty;

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
        let archive = pkg.extension().is_some_and(|e| e == "zip" || e == "kpp");
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
        Some(Names::ByLanguage(m)) if !m.is_empty() => match m.get("en") {
            Some(n) => n.trim().to_string(),
            None => {
                let (lang, n) = m.iter().next().expect("not empty");
                warnings.push(format!("no English name: the title is the `{lang}` one"));
                n.trim().to_string()
            }
        },
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
    let super::testdata::Named {
        tests,
        duplicates,
        compare,
    } = name_and_compare(raw, &problem_flags, opts, &mut warnings)?;
    let mut tests = tests;
    // A package without data/sample (problemtools' `hello`) still gets a visible test, as
    // `judge validate` and `judge run --samples` want one: its first secret test, said so.
    if !tests.iter().any(|t| t.sample) {
        if let Some(first) = tests.first_mut() {
            first.sample = true;
            warnings.push(format!(
                "no sample tests (data/sample): the first secret test, {}, is shown as the sample",
                first.name
            ));
        }
    }

    let (solutions, skipped_solutions) = submissions(pkg, &mut warnings)?;
    let has = |ext: &str| {
        solutions
            .iter()
            .any(|s| s.folder == "accepted" && s.file.ends_with(ext))
    };
    if !has(".py") && !has(".rs") {
        warnings.push(
            "no accepted Python or Rust submission: `judge validate` wants one accepted solution \
             to prove the problem; add one under solutions/accepted/"
                .to_string(),
        );
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
        Some(format!(
            "problem.yaml: `validation: {}`",
            validation.join(" ")
        ))
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
        let secs = text
            .trim()
            .parse::<f64>()
            .map_err(|_| ImportError::Invalid {
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
            .then(|| {
                v.trim()
                    .trim_matches(|c| c == '\'' || c == '"')
                    .parse()
                    .ok()
            })
            .flatten()
    }))
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
                    "multi-file program".to_string(),
                    "a folder: judge runs single-file solutions".to_string(),
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
        listed.push(format!("{name}{}: {why}", if is_dir { "/" } else { "" }));
    }
    if !listed.is_empty() {
        warnings.push(format!("not imported: {}", listed.join("; ")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> Options {
        Options {
            slug: None,
            difficulty: Difficulty::Medium,
            ignore_output_validator: false,
        }
    }

    #[test]
    fn problem_types_judge_cannot_run_are_refused() {
        let pkg = tempfile::tempdir().unwrap();
        let check = |yaml: &str| {
            let y: ProblemYaml = serde_saphyr::from_str(yaml).unwrap();
            let mut w = Vec::new();
            refuse_unjudgeable(pkg.path(), "pkg", &y, &opts(), &mut w).map(|()| w)
        };
        for (yaml, what) in [
            (
                "type: interactive",
                "interactive problem (problem.yaml: `type: interactive`)",
            ),
            ("type: [pass-fail, interactive]", "interactive"),
            (
                "validation: custom interactive",
                "`validation: custom interactive`",
            ),
            ("type: multi-pass", "a multi-pass problem"),
            ("type: submit-answer", "a submit-answer problem"),
            (
                "validation: custom",
                "custom output validator (problem.yaml: `validation: custom`)",
            ),
        ] {
            let err = check(yaml).unwrap_err().to_string();
            assert!(err.contains(what), "{yaml}: {err}");
        }
        let w = check("type: scoring").unwrap();
        assert!(w[0].contains("imported pass-fail"), "{w:?}");
        assert!(check("validation: default\ntype: pass-fail")
            .unwrap()
            .is_empty());
        std::fs::create_dir_all(pkg.path().join("output_validators/check")).unwrap();
        std::fs::write(pkg.path().join("output_validators/check/check.py"), "").unwrap();
        let err = check("name: x").unwrap_err().to_string();
        assert!(err.contains("output_validators/"), "{err}");
    }

    #[test]
    fn slugs_from_folder_names() {
        assert_eq!(slugify("hello"), "hello");
        assert_eq!(slugify("Hello_World 2"), "hello-world-2");
        assert_eq!(slugify("--a..b--"), "a-b");
        assert_eq!(slugify("ünï"), "n");
        assert_eq!(slugify("___"), "");
    }
}
