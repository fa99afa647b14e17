//! What `judge run --input` prints: the input, the solution's output, the reference's output and
//! whether they agree, as text ([`write_text`]) or one JSON document ([`document`]). The facts
//! come from [`crate::custom::CustomRun`]; the sentences from [`super::words`].

use std::io::Write;

use serde::Serialize;

use super::safe::visible;
use super::words;
use super::Style;
use crate::custom::{CustomRun, ReferenceRun};
use crate::verdict::Verdict;

/// The JSON document of a custom run.
#[derive(Debug, Serialize)]
pub struct CustomDocument<'a> {
    pub problem: &'a str,
    pub input: &'a str,
    /// The validator that accepted the input, if the problem has one.
    pub validator: Option<&'a str>,
    pub language: &'static str,
    /// AC: agrees with the reference; WA: does not; another verdict: the run itself failed. With
    /// no reference, AC means it ran to its end.
    pub verdict: Verdict,
    pub output: Option<String>,
    /// What a function or design solution printed besides its result (debug output).
    pub printed: Option<String>,
    pub cpu_ms: Option<u64>,
    pub memory_kib: Option<u64>,
    /// Why the run failed or disagrees, with its stderr; empty when it agrees.
    pub detail: String,
    pub reference: Option<ReferenceDocument<'a>>,
    pub agree: Option<bool>,
    pub compare: &'a str,
}

#[derive(Debug, Serialize)]
pub struct ReferenceDocument<'a> {
    pub name: &'a str,
    pub output: Option<&'a str>,
    /// Why the reference failed on this input.
    pub error: Option<String>,
}

/// The solution's verdict as the command reports it (and its exit code follows).
pub fn verdict(run: &CustomRun) -> Verdict {
    if run.compile_error.is_some() {
        return Verdict::CE;
    }
    match (run.solution.as_ref().map(|s| s.verdict), run.agrees()) {
        (_, Some(true)) => Verdict::AC,
        (_, Some(false)) => Verdict::WA,
        (Some(Verdict::AC | Verdict::WA), None) => Verdict::AC,
        (Some(v), None) => v,
        (None, None) => Verdict::IE,
    }
}

fn output(run: &CustomRun) -> Option<String> {
    let s = run.solution.as_ref()?;
    s.produced
        .clone()
        .filter(|_| matches!(s.verdict, Verdict::AC | Verdict::WA))
}

fn printed(run: &CustomRun) -> Option<String> {
    let f = run.solution.as_ref()?.failure.as_ref()?;
    f.printed
        .as_ref()
        .filter(|p| !p.is_empty())
        .map(|p| String::from_utf8_lossy(p).into_owned())
}

fn detail(run: &CustomRun) -> String {
    if let Some(m) = &run.compile_error {
        return m.clone();
    }
    match &run.solution {
        Some(_) if run.agrees() == Some(true) => String::new(),
        // Without a reference, a "wrong answer" only means there was nothing to compare with.
        Some(s) if s.verdict == Verdict::WA && run.agrees().is_none() => {
            words::stderr_tail(s).map(|(t, _)| t).unwrap_or_default()
        }
        Some(s) => words::detail_with_stderr(s, words::Audience::Solver),
        None => String::new(),
    }
}

fn reference_error(r: &ReferenceRun) -> Option<String> {
    r.outcome
        .as_ref()
        .err()
        .map(|t| format!("{}: {}", t.verdict, words::why(t)))
}

pub fn document<'a>(slug: &'a str, run: &'a CustomRun) -> CustomDocument<'a> {
    let s = run.solution.as_ref();
    CustomDocument {
        problem: slug,
        input: &run.input,
        validator: run.validator.as_deref(),
        language: run.language.name(),
        verdict: verdict(run),
        output: output(run),
        printed: printed(run),
        cpu_ms: s.map(|s| s.cpu.as_millis() as u64),
        memory_kib: s.map(|s| s.memory_kib),
        detail: detail(run),
        reference: run.reference.as_ref().map(|r| ReferenceDocument {
            name: &r.name,
            output: r.outcome.as_ref().ok().map(String::as_str),
            error: reference_error(r),
        }),
        agree: run.agrees(),
        compare: &run.compare,
    }
}

/// `text` as an indented block, control characters made visible.
fn block(out: &mut dyn Write, text: &str) -> std::io::Result<()> {
    let text = text.trim_end_matches('\n');
    if text.is_empty() {
        return writeln!(out, "  (empty)");
    }
    for line in text.lines() {
        writeln!(out, "  {}", visible(line))?;
    }
    Ok(())
}

pub fn write_text(out: &mut dyn Write, run: &CustomRun, style: Style) -> std::io::Result<()> {
    let checked = match &run.validator {
        Some(v) => format!("input (accepted by {v}):"),
        None => "input (the problem has no input validator):".to_string(),
    };
    writeln!(out, "{}", style.dim(&checked))?;
    block(out, &run.input)?;
    if let Some(m) = &run.compile_error {
        writeln!(
            out,
            "{} the solution does not compile",
            style.verdict(Verdict::CE)
        )?;
        return block(out, m);
    }
    let Some(s) = &run.solution else {
        return Ok(());
    };
    let stats = format!(
        "{}, {}, {}",
        run.language.name(),
        super::fmt_secs(s.cpu),
        super::fmt_kib(s.memory_kib)
    );
    match output(run) {
        Some(o) => {
            writeln!(
                out,
                "{} {}",
                style.bold("your output"),
                style.dim(&format!("({stats}):"))
            )?;
            block(out, &o)?;
        }
        None => {
            writeln!(
                out,
                "{} {} {}",
                style.bold("your output:"),
                style.verdict(s.verdict),
                style.dim(&format!("({stats})"))
            )?;
            block(out, &detail(run))?;
        }
    }
    if let Some(p) = printed(run) {
        writeln!(out, "{}", style.dim("your stdout:"))?;
        block(out, &p)?;
    }
    if let Some(r) = &run.reference {
        match &r.outcome {
            Ok(o) => {
                writeln!(out, "{}", style.bold(&format!("reference ({}):", r.name)))?;
                block(out, o)?;
            }
            Err(_) => {
                writeln!(
                    out,
                    "{}",
                    style.warning(&format!("the reference {} failed on this input:", r.name))
                )?;
                block(out, &reference_error(r).unwrap_or_default())?;
            }
        }
    }
    match run.agrees() {
        Some(true) => writeln!(
            out,
            "{} {}",
            style.verdict(Verdict::AC),
            format_args!("they agree ({} comparison)", run.compare)
        ),
        Some(false) => {
            writeln!(
                out,
                "{} {}",
                style.verdict(Verdict::WA),
                format_args!("they differ ({} comparison)", run.compare)
            )?;
            block(out, &detail(run))
        }
        None if run.reference.is_none() && run.finished() => {
            let extra = detail(run);
            if !extra.is_empty() {
                writeln!(out, "{}", style.dim("stderr:"))?;
                block(out, &extra)?;
            }
            writeln!(
                out,
                "{}",
                style.dim("no reference to compare with: check the output yourself")
            )
        }
        None => Ok(()),
    }
}
