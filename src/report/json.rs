//! The `--format json` export of a run: one JSON document on stdout.

use std::collections::BTreeMap;
use std::io::Write;

use serde_json::{json, Value};

use crate::runner::RunReport;

/// What the JSON document adds to the run report.
#[derive(Debug, Clone, Copy, Default)]
pub struct JsonExtras {
    /// The id of the recorded attempt.
    pub attempt: Option<i64>,
    /// The mock session the attempt counts for.
    pub session: Option<i64>,
    /// Hidden tests appear as counts only (`judge submit`), not one by one.
    pub hidden_as_counts: bool,
}

/// Writes `report` as one pretty-printed JSON document followed by a newline.
pub fn write_json(out: &mut dyn Write, report: &RunReport) -> std::io::Result<()> {
    write_json_with(out, report, JsonExtras::default())
}

/// Writes `report` with `extras`.
pub fn write_json_with(
    out: &mut dyn Write,
    report: &RunReport,
    extras: JsonExtras,
) -> std::io::Result<()> {
    let mut doc = serde_json::to_value(report)?;
    if let Value::Object(map) = &mut doc {
        if let Some(id) = extras.attempt {
            map.insert("attempt".into(), json!(id));
        }
        if let Some(id) = extras.session {
            map.insert("mock_session".into(), json!(id));
        }
        if extras.hidden_as_counts {
            let hidden: Vec<_> = report.tests.iter().filter(|t| t.hidden).collect();
            let mut verdicts: BTreeMap<&str, usize> = BTreeMap::new();
            for t in &hidden {
                *verdicts.entry(t.verdict.code()).or_default() += 1;
            }
            map.insert(
                "hidden".into(),
                json!({
                    "passed": hidden.iter().filter(|t| t.verdict == crate::verdict::Verdict::AC).count(),
                    "total": hidden.len(),
                    "verdicts": verdicts,
                }),
            );
            if let Some(Value::Array(tests)) = map.get_mut("tests") {
                tests.retain(|t| t.get("hidden") != Some(&Value::Bool(true)));
            }
        }
    }
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
