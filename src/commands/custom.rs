//! `judge run SLUG FILE --input FILE|-`: the solution on the user's own input, beside the
//! reference's output (see [`crate::custom`]). Not recorded in the history: it judges the
//! solution on no test of the problem, so it can neither solve a problem nor count in a mock.
//! During a running mock session, for a problem of the session, the reference is not run: an
//! assessment gives no oracle.

use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use crate::app::{self, Format, Global, Prepared};
use crate::catalog::{Catalog, Problem};
use crate::custom::CustomError;
use crate::exit::Failure;
use crate::history::History;
use crate::verdict::Verdict;

/// The largest custom input read.
const MAX_INPUT_BYTES: u64 = 64 << 20;

pub fn run(
    global: &Global,
    slug: &str,
    file: &Path,
    input: &Path,
    format: Format,
) -> Result<(), Failure> {
    let text = read_input(input)?;
    let Prepared {
        problem, judging, ..
    } = app::prepare(global, slug, file, Some(1), None)?;
    let style = global.style();
    let in_mock = match History::open_existing() {
        Ok(Some(h)) => {
            let now = app::now()?;
            h.open_session()?.is_some_and(|s| {
                s.state(now) == crate::mock::State::Running && s.problem(slug).is_some()
            })
        }
        _ => false,
    };
    let reference = if in_mock {
        eprintln!(
            "{}",
            style.dim("mock session: the reference is not run on custom input (an assessment gives no oracle)")
        );
        None
    } else {
        reference(&global.catalog(), &problem)
    };
    let result = judging.runtime.block_on(crate::custom::run(
        &problem,
        file,
        &text,
        reference,
        &judging.config,
    ));
    let run = match result {
        Ok(r) => r,
        Err(CustomError::Rejected { validator, reason }) => {
            return Err(Failure::usage(
                format!("invalid input: {reason}"),
                format!("the problem's input validator ({validator}) rejected it, so nothing was run\nhelp: `judge show {slug}` states the constraints"),
            ))
        }
        Err(CustomError::Unreadable(m)) => {
            return Err(Failure::usage(
                format!("cannot read the input: {m}"),
                input_help(&problem),
            ))
        }
        Err(CustomError::Validator(m)) => return Err(Failure::internal(m)),
        Err(CustomError::Run(crate::runner::RunError::Lang(e))) => return Err(e.into()),
        Err(CustomError::Run(e)) => return Err(Failure::internal(e.to_string())),
    };
    let mut out = app::stdout();
    match format {
        Format::Json => app::write_json_doc(
            &mut out,
            &crate::report::custom::document(problem.slug(), &run),
        )?,
        Format::Text => crate::report::custom::write_text(&mut out, &run, style)?,
    }
    match crate::report::custom::verdict(&run) {
        Verdict::AC => Ok(()),
        Verdict::IE => Err(Failure::InternalVerdict),
        _ => Err(Failure::NotAccepted),
    }
}

/// The input's text, from a file or stdin (`-`).
fn read_input(input: &Path) -> Result<String, Failure> {
    let mut bytes = Vec::new();
    let read = if input == Path::new("-") {
        std::io::stdin()
            .take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
    } else {
        std::fs::File::open(input).and_then(|f| f.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes))
    };
    let name = if input == Path::new("-") {
        "stdin".to_string()
    } else {
        input.display().to_string()
    };
    read.map_err(|e| {
        Failure::usage(
            format!("cannot read the input {name}: {e}"),
            "help: --input takes a file, or - for stdin",
        )
    })?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(Failure::usage(
            format!("the input {name} is larger than 64 MiB"),
            "help: a large test belongs in a generator (docs/problem-format.md)",
        ));
    }
    String::from_utf8(bytes)
        .map_err(|_| Failure::usage(format!("the input {name} is not UTF-8 text"), ""))
}

/// How the input of this problem is written, for an input that could not be read.
fn input_help(problem: &Problem) -> String {
    match &problem.interface {
        crate::catalog::Interface::Stdio => {
            "help: the input is the program's stdin, as it is".to_string()
        }
        crate::catalog::Interface::Function(sig) => {
            let names: Vec<&str> = sig.params.iter().map(|p| p.name.as_str()).collect();
            format!(
                "help: write one JSON argument per line ({}), as LeetCode's examples, or YAML: `input: {{{}}}`",
                names.join(", "),
                names
                    .iter()
                    .map(|n| format!("{n}: ..."))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
        crate::catalog::Interface::Design(d) => format!(
            "help: write LeetCode's two lines, [\"{}\", ...] and [[...], ...], or YAML: `calls: [...]` and `args: [...]`",
            d.class
        ),
    }
}

/// The problem's `reference:`, else its first accepted solution (Python first).
fn reference(catalog: &Catalog, problem: &Problem) -> Option<(String, Arc<Vec<u8>>)> {
    if let Some(r) = &problem.reference {
        return Some(r.clone());
    }
    let mut accepted: Vec<_> = catalog
        .solution_files(problem.slug())
        .ok()?
        .into_iter()
        .filter(|f| f.category == "accepted")
        .filter(|f| f.name.ends_with(".py") || f.name.ends_with(".rs"))
        .collect();
    accepted.sort_by_key(|f| (!f.name.ends_with(".py"), f.name.clone()));
    let f = accepted.into_iter().next()?;
    Some((
        format!("solutions/accepted/{}", f.name),
        Arc::new(f.contents),
    ))
}
