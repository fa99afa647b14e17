//! [`Reporter`]: one output format of a judged command, behind one trait (hyperfine's
//! `Exporter`, ripgrep's `Sink`). A reporter sees the runner's events as they happen (every
//! method of [`EventSink`] has a default: a live display draws them, a document ignores them)
//! and then, once, what the command ends with (`Done`), to write what it has left: a summary, a
//! document, a file. `judge run` and `judge submit` end with a [`RunDone`]; `judge check` with
//! its files' results (`check::CheckDone`). A new format is one file with a type that
//! implements this trait, and the line that picks it for its `--format`.

use std::io;

use super::json::JsonExtras;
use crate::runner::{Event, EventSink, RunReport};

/// An output format; `Done` is what the command hands over at the end.
pub trait Reporter<Done: ?Sized>: EventSink {
    /// Called once, after the command judged (and recorded) everything.
    fn finish(&mut self, _done: &Done) -> Result<(), ReportError> {
        Ok(())
    }
}

/// Reports nothing.
impl<D: ?Sized> Reporter<D> for () {}

impl<D: ?Sized, R: Reporter<D> + ?Sized> Reporter<D> for Box<R> {
    fn finish(&mut self, done: &D) -> Result<(), ReportError> {
        (**self).finish(done)
    }
}

/// Why a reporter could not write.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// Writing to stdout or stderr failed (a closed pipe is not a failure: the writer ignores
    /// it).
    #[error(transparent)]
    Output(#[from] io::Error),
    /// A report file could not be written; the message names it.
    #[error("{0}")]
    File(String),
}

/// The end of `judge run` and `judge submit`: the report and what its record added.
#[derive(Debug, Clone, Copy)]
pub struct RunDone<'a> {
    pub report: &'a RunReport,
    pub extras: JsonExtras,
}

/// Several reporters at once (`judge check`: the table or the JSON document, JUnit, GitHub
/// annotations), in the order given: each sees every event, then finishes in turn.
pub struct Reporters<D: ?Sized>(pub Vec<Box<dyn Reporter<D>>>);

impl<D: ?Sized> EventSink for Reporters<D> {
    fn on_event(&mut self, run: usize, event: Event) {
        if let Some((last, rest)) = self.0.split_last_mut() {
            for r in rest {
                r.on_event(run, event.clone());
            }
            last.on_event(run, event);
        }
    }
}

impl<D: ?Sized> Reporter<D> for Reporters<D> {
    fn finish(&mut self, done: &D) -> Result<(), ReportError> {
        for r in &mut self.0 {
            r.finish(done)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    //! A format added as nothing but a type: a TAP reporter ("ok 1 - name") for `judge run`,
    //! driven by recorded events, with no sandbox.

    use super::*;
    use crate::runner::TestResult;
    use crate::verdict::Verdict;

    /// Test Anything Protocol: the plan at the start, a line per test, nothing at the end.
    struct Tap(Vec<u8>);

    impl EventSink for Tap {
        fn on_event(&mut self, _run: usize, event: Event) {
            use std::io::Write;
            match event {
                Event::Started { total, .. } => writeln!(self.0, "1..{total}"),
                Event::TestFinished(t) => {
                    let ok = if t.verdict == Verdict::AC {
                        "ok"
                    } else {
                        "not ok"
                    };
                    let n = t.index + 1;
                    writeln!(self.0, "{ok} {n} - {} # {}", t.name, t.verdict.code())
                }
                _ => Ok(()),
            }
            .expect("a Vec takes every write")
        }
    }

    impl Reporter<RunDone<'_>> for Tap {}

    fn test(index: usize, name: &str, verdict: Verdict) -> TestResult {
        let mut t = TestResult::internal_error("");
        t.index = index;
        t.name = name.into();
        t.verdict = verdict;
        t
    }

    #[test]
    fn a_new_format_is_one_type() {
        let mut tap = Tap(Vec::new());
        let mut all = Reporters::<RunDone>(vec![Box::new(()), Box::new(Tap(Vec::new()))]);
        for sink in [&mut tap as &mut dyn EventSink, &mut all] {
            sink.on_event(
                0,
                Event::Started {
                    problem: "two-sum".into(),
                    language: crate::lang::Language::Python,
                    total: 2,
                },
            );
            sink.on_event(0, Event::TestFinished(test(0, "sample-1", Verdict::AC)));
            sink.on_event(0, Event::TestFinished(test(1, "big", Verdict::TLE)));
        }
        assert_eq!(
            String::from_utf8(tap.0).unwrap(),
            "1..2\nok 1 - sample-1 # AC\nnot ok 2 - big # TLE\n"
        );
    }
}
