//! The `--format json` export of a run: one JSON document on stdout.

use std::io::Write;

use crate::runner::RunReport;

/// Writes `report` as one pretty-printed JSON document followed by a newline.
pub fn write_json(out: &mut dyn Write, report: &RunReport) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    writeln!(out)
}
