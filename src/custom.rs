//! Custom input (`judge run SLUG FILE --input FILE`): a solution run on the user's own input,
//! checked first by the problem's input validator, beside the reference solution's output on it
//! and judged against it with the problem's comparison.
//!
//! The input is written in the problem's YAML test syntax (`input: {...}` or the bare arguments
//! for a function problem, `calls:` and `args:` for a design problem, the text itself for a stdio
//! problem) or in LeetCode's example format: one JSON argument per line (`[2,7,11,15]` then `9`,
//! optionally `nums = [2,7,11,15]`), or for a design problem LeetCode's two lines, the calls and
//! their arguments. [`parse`] turns either into the JSON form a generator prints and a validator
//! reads, so the rest is the generated-test path: [`crate::generate::input_values`] checks the
//! types, the reference's output becomes the expected output, the runner judges.

use std::path::Path;
use std::sync::Arc;

use crate::catalog::{Interface, Problem, TestCase};
use crate::compare::Comparison;
use crate::lang::Language;
use crate::runner::{self, RunConfig, RunError, TestResult};
use crate::verdict::Verdict;

/// Why a custom input was not run.
#[derive(Debug, thiserror::Error)]
pub enum CustomError {
    /// The text is neither format, or its values do not fit the signature.
    #[error("{0}")]
    Unreadable(String),
    /// The problem's input validator rejected it: the reason is the validator's.
    #[error("the input is out of the problem's range: {reason}")]
    Rejected { validator: String, reason: String },
    /// The validator itself failed (a limit, the sandbox).
    #[error("{0}")]
    Validator(String),
    #[error(transparent)]
    Run(#[from] RunError),
}

/// The facts of one custom run.
#[derive(Debug, Clone)]
pub struct CustomRun {
    /// The input as the report shows it (`nums = [2,7,11,15]`, one call per line, stdin text).
    pub input: String,
    /// The validator that accepted it, if the problem has one.
    pub validator: Option<String>,
    pub language: Language,
    /// The solution did not compile (or does not fit the signature).
    pub compile_error: Option<String>,
    /// The solution's test, with what it produced. Judged against the reference's output when
    /// there is one (AC: they agree; WA: they do not); otherwise only its ending matters.
    pub solution: Option<TestResult>,
    pub reference: Option<ReferenceRun>,
    /// The comparison's name (`lines`, `any-order`, ...).
    pub compare: String,
}

/// The reference solution on the custom input.
#[derive(Debug, Clone)]
pub struct ReferenceRun {
    pub name: String,
    /// Its output, or its failed test (the input is probably outside the constraints).
    pub outcome: Result<String, TestResult>,
}

impl CustomRun {
    /// Whether the solution agrees with the reference: `None` when there is nothing to agree
    /// with, or the solution did not finish.
    pub fn agrees(&self) -> Option<bool> {
        let s = self.solution.as_ref()?;
        match (&self.reference, s.verdict) {
            (Some(ReferenceRun { outcome: Ok(_), .. }), Verdict::AC) => Some(true),
            (Some(ReferenceRun { outcome: Ok(_), .. }), Verdict::WA) => Some(false),
            _ => None,
        }
    }

    /// The solution ran to its end (a verdict about its answer, not about a crash or a limit).
    pub fn finished(&self) -> bool {
        self.compile_error.is_none()
            && self
                .solution
                .as_ref()
                .is_some_and(|s| matches!(s.verdict, Verdict::AC | Verdict::WA))
    }
}

/// Parses a custom input into the JSON form of the problem's interface (stdin text for stdio).
pub fn parse(problem: &Problem, text: &str) -> Result<String, CustomError> {
    let bad = |m: String| CustomError::Unreadable(m);
    match &problem.interface {
        Interface::Stdio => Ok(text.to_string()),
        Interface::Function(sig) => {
            if let Some(mut map) = yaml_object(text) {
                // A whole test (`input: {...}`, maybe with `name:` and `output:`) or the input.
                if let Some(serde_json::Value::Object(input)) = map.remove("input") {
                    map = input;
                }
                return Ok(serde_json::Value::Object(map).to_string());
            }
            let lines = leetcode_lines(text).map_err(bad)?;
            let names: Vec<&str> = sig.params.iter().map(|p| p.name.as_str()).collect();
            if lines.len() != names.len() {
                return Err(bad(format!(
                    "LeetCode's format has one argument per line: {} takes {} ({}), the input has {} line{}",
                    sig.function,
                    names.len(),
                    names.join(", "),
                    lines.len(),
                    if lines.len() == 1 { "" } else { "s" }
                )));
            }
            let mut map = serde_json::Map::new();
            for (name, (label, value)) in names.iter().zip(lines) {
                if let Some(label) = label.filter(|l| l != name) {
                    return Err(bad(format!(
                        "line `{label} = ...` is where `{name}` goes: the arguments are {} in this order",
                        names.join(", ")
                    )));
                }
                map.insert(name.to_string(), value);
            }
            Ok(serde_json::Value::Object(map).to_string())
        }
        Interface::Design(d) => {
            if let Some(mut map) = yaml_object(text) {
                if let Some(serde_json::Value::Object(input)) = map.remove("input") {
                    map = input;
                }
                map.retain(|k, _| k == "calls" || k == "args");
                return Ok(serde_json::Value::Object(map).to_string());
            }
            let lines = leetcode_lines(text).map_err(bad)?;
            match lines.as_slice() {
                [(None, calls), (None, args)] => {
                    Ok(serde_json::json!({"calls": calls, "args": args}).to_string())
                }
                _ => Err(bad(format!(
                    "LeetCode's format for a class is two lines: the calls, e.g. [\"{0}\",\"{1}\"], then their arguments, e.g. [[...],[...]]; the input has {2} line{3}",
                    d.class,
                    d.methods.first().map_or("method", |m| m.name.as_str()),
                    lines.len(),
                    if lines.len() == 1 { "" } else { "s" }
                ))),
            }
        }
    }
}

/// The text as a YAML mapping, if it is one (LeetCode's lines never are).
fn yaml_object(text: &str) -> Option<serde_json::Map<String, serde_json::Value>> {
    match crate::catalog::parse_yaml::<serde_json::Value>("--input", text) {
        Ok(serde_json::Value::Object(m)) => Some(m),
        _ => None,
    }
}

/// LeetCode's lines: each non-blank line one JSON value, optionally `name = value`.
fn leetcode_lines(text: &str) -> Result<Vec<(Option<String>, serde_json::Value)>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let (label, value) = match line.split_once('=') {
            Some((l, v))
                if !l.trim().is_empty()
                    && l.trim().chars().all(|c| c.is_alphanumeric() || c == '_') =>
            {
                (Some(l.trim().to_string()), v.trim())
            }
            _ => (None, line),
        };
        let v = serde_json::from_str(value).map_err(|e| {
            format!(
                "line {}: `{value}` is neither JSON (LeetCode's format: one argument per line) nor part of a YAML mapping ({e})",
                i + 1
            )
        })?;
        out.push((label, v));
    }
    if out.is_empty() {
        return Err("the input is empty".to_string());
    }
    Ok(out)
}

/// Runs the problem's input validator on the JSON form of the input.
fn validate(
    problem: &Problem,
    config: &RunConfig,
    work: &Path,
    test: &TestCase,
) -> Result<(), CustomError> {
    let Some((name, source)) = problem.validator.clone() else {
        return Ok(());
    };
    let unprivileged = config.isolation.apply.run_as.is_some();
    let python = crate::lang::Python::resolve(unprivileged)
        .map_err(|e| CustomError::Validator(e.to_string()))?;
    let copy = work.join(Path::new(&name).file_name().unwrap_or_default());
    std::fs::write(&copy, source.as_slice())
        .map_err(|e| CustomError::Validator(format!("cannot write a copy of {name}: {e}")))?;
    let sandbox =
        sandbox::Sandbox::new(&config.launcher).with_layers(config.isolation.apply.clone());
    let cmd = python
        .script(&copy)
        .command(runner::authors::limits(&problem.limits.authors))
        .stdin(sandbox::Stdin::Bytes(
            crate::validate::validator_input(problem, test).into_bytes(),
        ));
    let out = sandbox
        .run(&cmd)
        .map_err(|e| CustomError::Validator(format!("sandbox failed: {e}")))?;
    if out.success() {
        return Ok(());
    }
    if !out.limits_hit.is_empty() {
        return Err(CustomError::Validator(format!(
            "the input validator {name} {}",
            runner::authors::exceeded(&out.limits_hit, &problem.limits.authors)
        )));
    }
    let said = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let stderr = String::from_utf8_lossy(&out.stderr_tail).trim().to_string();
    let reason = said
        .lines()
        .find(|l| !l.trim().is_empty())
        .or_else(|| stderr.lines().last())
        .unwrap_or("rejected, without a reason")
        .to_string();
    Err(CustomError::Rejected {
        validator: name,
        reason,
    })
}

/// Checks `text` and runs `solution` on it, and `reference` (file name and source) when given.
pub async fn run(
    problem: &Problem,
    solution: &Path,
    text: &str,
    reference: Option<(String, Arc<Vec<u8>>)>,
    config: &RunConfig,
) -> Result<CustomRun, CustomError> {
    let json = parse(problem, text)?;
    let (input, values) = crate::generate::input_values(&problem.interface, &json)
        .map_err(CustomError::Unreadable)?;
    let test = TestCase {
        name: "custom".to_string(),
        sample: true,
        input: input.into(),
        output: "".into(),
        values: values.map(std::sync::Arc::new),
        limits: Default::default(),
        compare: None,
        generate: None,
    };
    let work = tempfile::Builder::new()
        .prefix("judge-custom-")
        .tempdir()
        .map_err(RunError::Io)?;
    if config.isolation.apply.run_as.is_some() {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(work.path(), std::fs::Permissions::from_mode(0o755));
    }
    validate(problem, config, work.path(), &test)?;
    let mut one = problem.clone();
    one.tests = vec![test];
    let cfg = RunConfig {
        keep_outputs: true,
        fail_fast: false,
        samples_only: false,
        filter: None,
        ..config.clone()
    };

    // 1. The reference, as for a generated test: the author's program under the author limits,
    //    its output compared with nothing.
    let reference = match reference {
        None => None,
        Some((name, source)) => {
            let path = work.path().join(
                Path::new(&name)
                    .file_name()
                    .unwrap_or(std::ffi::OsStr::new("reference.py")),
            );
            std::fs::write(&path, source.as_slice()).map_err(RunError::Io)?;
            let mut subset = one.clone();
            subset.compare = Comparison::Exact;
            subset.limits.base = problem.limits.authors;
            subset.limits.by_language.clear();
            let report = runner::run(&subset, &path, &cfg, &mut ()).await?;
            let r = report.tests.into_iter().next();
            let outcome = match (report.compile_error, r) {
                (Some(m), _) => Err(TestResult::internal_error(&format!(
                    "the reference does not compile: {m}"
                ))),
                (None, Some(mut r)) if matches!(r.verdict, Verdict::AC | Verdict::WA) => {
                    Ok(crate::generate::produced_text(&mut r))
                }
                (None, Some(r)) => Err(r),
                (None, None) => Err(TestResult::internal_error("the reference ran no test")),
            };
            Some(ReferenceRun { name, outcome })
        }
    };

    // 2. The solution, judged against the reference's output with the problem's comparison.
    match &reference {
        Some(ReferenceRun {
            outcome: Ok(output),
            ..
        }) => crate::generate::apply_output(&mut one, 0, output)
            .map_err(|e| CustomError::Validator(e.to_string()))?,
        // Nothing to compare with: any comparison but a plain one would judge nonsense (a
        // checker would read an empty expected file).
        _ => {
            one.compare = Comparison::Exact;
        }
    }
    let compare = problem.compare.name().to_string();
    let report = runner::run(&one, solution, &cfg, &mut ()).await?;
    Ok(CustomRun {
        input: one.tests[0].input.to_string(),
        validator: problem.validator.as_ref().map(|(n, _)| n.clone()),
        language: report.language,
        compile_error: report.compile_error.clone(),
        solution: report.tests.into_iter().next(),
        reference,
        compare,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(slug: &str) -> Problem {
        crate::catalog::Catalog::Dir(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/teach"),
        )
        .problem(slug)
        .unwrap()
    }

    fn json(s: &str) -> serde_json::Value {
        serde_json::from_str(s).unwrap()
    }

    #[test]
    fn reads_both_formats_of_a_function_input() {
        let p = problem("pair-sum");
        let want = json(r#"{"nums": [2, 7, 11, 15], "target": 9}"#);
        for text in [
            "[2,7,11,15]\n9\n",
            "nums = [2,7,11,15]\n\ntarget = 9",
            "input: {nums: [2, 7, 11, 15], target: 9}\n",
            "nums: [2, 7, 11, 15]\ntarget: 9\n",
            "name: mine\ninput: {nums: [2, 7, 11, 15], target: 9}\noutput: [0, 1]\n",
        ] {
            assert_eq!(json(&parse(&p, text).unwrap()), want, "{text:?}");
        }
        let err = parse(&p, "[2,7,11,15]\n").unwrap_err().to_string();
        assert!(
            err.contains("twoSum takes 2 (nums, target), the input has 1 line"),
            "{err}"
        );
        let err = parse(&p, "target = 9\nnums = [1]").unwrap_err().to_string();
        assert!(err.contains("`target = ...` is where `nums` goes"), "{err}");
        let err = parse(&p, "[2,7,11\n9").unwrap_err().to_string();
        assert!(
            err.starts_with("line 1: `[2,7,11` is neither JSON"),
            "{err}"
        );
    }

    #[test]
    fn reads_both_formats_of_a_design_input() {
        let p = problem("running-total");
        let want = json(r#"{"calls": ["RunningTotal", "add", "total"], "args": [[], [4], []]}"#);
        for text in [
            "[\"RunningTotal\",\"add\",\"total\"]\n[[],[4],[]]\n",
            "calls: [RunningTotal, add, total]\nargs: [[], [4], []]\n",
            "calls: [RunningTotal, add, total]\nargs: [[], [4], []]\noutput: [null, null, 4]\n",
        ] {
            assert_eq!(json(&parse(&p, text).unwrap()), want, "{text:?}");
        }
        let err = parse(&p, "[\"RunningTotal\"]").unwrap_err().to_string();
        assert!(err.contains("two lines"), "{err}");
    }

    #[test]
    fn a_stdio_input_is_the_text() {
        let p = problem("add-two");
        assert_eq!(parse(&p, "1 2\n").unwrap(), "1 2\n");
    }
}
