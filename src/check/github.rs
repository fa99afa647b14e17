//! GitHub Actions annotations ([`annotations`]): with `GITHUB_ACTIONS=true`, each failing
//! solution becomes an `::error` workflow command that GitHub shows on the file in the pull
//! request, and each file that names no problem a `::warning`.
//! The place is where the compiler's or the runtime's message points in the solution
//! ([`locate`](super::locate)), else line 1.

use super::discover::Skipped;
use super::locate::{place_of, Place};
use super::run::FileResult;
use super::terminal::failure_line;
use crate::verdict::Verdict;

/// Whether annotations are wanted: GitHub sets `GITHUB_ACTIONS=true` in every step.
pub fn enabled() -> bool {
    std::env::var("GITHUB_ACTIONS").is_ok_and(|v| v == "true")
}

/// The annotations as a reporter, written at the end to `out`: stdout, where GitHub reads
/// workflow commands, or stderr when stdout holds a JSON document.
pub struct Annotations<W: std::io::Write + Send>(pub W);

impl<W: std::io::Write + Send> crate::runner::EventSink for Annotations<W> {}

impl<W: std::io::Write + Send> crate::report::Reporter<super::run::CheckDone> for Annotations<W> {
    fn finish(&mut self, done: &super::run::CheckDone) -> Result<(), crate::report::ReportError> {
        for line in annotations(&done.results, &done.skipped) {
            writeln!(self.0, "{line}")?;
        }
        Ok(())
    }
}

/// One workflow command per failing file and per skipped file, in file order.
pub fn annotations(results: &[FileResult], skipped: &[Skipped]) -> Vec<String> {
    let mut out = Vec::new();
    for r in results {
        let Some(verdict) = r.verdict().filter(|v| *v != Verdict::AC) else {
            continue;
        };
        let place = place_of(r).unwrap_or(Place {
            line: 1,
            column: None,
        });
        let title = format!(
            "{}: {} ({})",
            r.job.solution.problem,
            verdict.code(),
            verdict.description()
        );
        let mut message =
            failure_line(r, false).unwrap_or_else(|| verdict.description().to_string());
        if verdict != Verdict::IE {
            message.push_str(&format!(
                "\n`judge run {} {}` shows it in full",
                r.job.solution.problem, r.job.shown
            ));
        }
        out.push(command("error", &r.job.shown, place, &title, &message));
    }
    for k in skipped {
        let place = Place {
            line: 1,
            column: None,
        };
        out.push(command(
            "warning",
            &k.path,
            place,
            "not checked by judge",
            &k.reason,
        ));
    }
    out
}

fn command(kind: &str, file: &str, place: Place, title: &str, message: &str) -> String {
    let mut props = format!("file={},line={}", escape_property(file), place.line);
    if let Some(c) = place.column {
        props.push_str(&format!(",col={c}"));
    }
    props.push_str(&format!(",title={}", escape_property(title)));
    format!("::{kind} {props}::{}", escape_data(message))
}

/// The escaping of a command's message.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// The escaping of a command's property value: also `:` and `,`, which delimit properties.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_follows_githubs_rules() {
        assert_eq!(escape_data("50% a\r\nb: c, d"), "50%25 a%0D%0Ab: c, d");
        assert_eq!(
            escape_property("two-sum: WA, 50%\n"),
            "two-sum%3A WA%2C 50%25%0A"
        );
        let c = command(
            "error",
            "a,b.py",
            Place {
                line: 3,
                column: Some(7),
            },
            "t: x",
            "m\n",
        );
        assert_eq!(c, "::error file=a%2Cb.py,line=3,col=7,title=t%3A x::m%0A");
    }
}
