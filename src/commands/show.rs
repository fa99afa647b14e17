//! `judge show`: a problem's statement, limits and samples.

use std::io::Write;

use crate::app::{Format, Global};
use crate::exit::Failure;

use crate::catalog::Problem;
use crate::report::Style;

pub fn show(
    global: &Global,
    slug: &str,
    level: Option<usize>,
    format: Format,
) -> Result<(), Failure> {
    let mut problem = global.catalog().problem(slug)?;
    // A progressive problem shows what is unlocked: level 1 unless asked for more, and in a
    // running mock session no further than the level unlocked there.
    let levels = problem.level_count();
    let mut level = level;
    let mut in_session = false;
    if levels > 0 {
        let now = crate::app::now()?;
        if let Some(h) = crate::history::History::open_existing().ok().flatten() {
            if let Some((s, n)) = super::mock::unlocked_level(&h, now, slug) {
                level = Some(super::mock::session_level(&s, n, slug, level)?);
                in_session = true;
            }
        }
    }
    if levels > 0 || level.is_some() {
        problem = problem
            .at_level(level.unwrap_or(1))
            .map_err(crate::app::level_error)?;
    }
    let mut out = crate::app::stdout();
    let res = match format {
        Format::Json => serde_json::to_writer_pretty(&mut out, &show_json(&problem))
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out)),
        Format::Text => write_show(&mut out, &problem, global.style()).and_then(|()| {
            let shown = problem.level_count();
            if shown < levels && in_session {
                writeln!(out)?;
                writeln!(
                    out,
                    "{}",
                    global.style().dim(&format!(
                        "levels 1 to {shown} of {levels}; a submission that passes them unlocks level {}",
                        shown + 1
                    ))
                )?;
            } else if shown < levels {
                writeln!(out)?;
                writeln!(
                    out,
                    "{}",
                    global.style().dim(&format!(
                        "levels 1 to {shown} of {levels}; `judge show {slug} --level {}` adds the next",
                        shown + 1
                    ))
                )?;
            }
            Ok(())
        }),
    };
    Ok(res?)
}

fn show_json(p: &Problem) -> serde_json::Value {
    let samples: Vec<_> = p
        .tests
        .iter()
        .filter(|t| t.sample)
        .map(|t| serde_json::json!({"name": t.name, "input": t.input, "output": t.output}))
        .collect();
    serde_json::json!({
        "slug": p.summary.slug,
        "title": p.summary.title,
        "difficulty": p.summary.difficulty,
        "tags": p.summary.tags,
        "kind": p.summary.kind,
        "statement": p.statement,
        "limits": {
            "time_ms": p.limits.base.time.as_millis() as u64,
            "memory_bytes": p.limits.base.memory_bytes,
            "output_bytes": p.limits.base.output_bytes,
        },
        "compare": p.compare.name(),
        "tests": p.tests.len(),
        "samples": samples,
        "level": p.progression.as_ref().map(|q| q.levels.len()),
    })
}

fn write_show(out: &mut dyn Write, p: &Problem, style: Style) -> std::io::Result<()> {
    let s = &p.summary;
    writeln!(out, "{}", style.bold(&format!("{} ({})", s.title, s.slug)))?;
    writeln!(
        out,
        "{}",
        style.dim(&format!(
            "{} · {} · time {} (CPU) · memory {} MiB · {} tests, {} samples",
            s.difficulty.as_str(),
            if s.tags.is_empty() {
                "no tags".to_string()
            } else {
                s.tags.join(", ")
            },
            crate::report::fmt_secs(p.limits.base.time),
            p.limits.base.memory_bytes >> 20,
            p.tests.len(),
            p.tests.iter().filter(|t| t.sample).count(),
        ))
    )?;
    writeln!(out)?;
    for line in p.statement.trim_end().lines() {
        // Markdown headings and code fences are readable as they are; make headings stand out.
        if line.starts_with('#') {
            writeln!(out, "{}", style.bold(line))?;
        } else {
            writeln!(out, "{line}")?;
        }
    }
    for t in p.tests.iter().filter(|t| t.sample) {
        writeln!(out)?;
        writeln!(out, "{}", style.bold(&format!("Sample {}", t.name)))?;
        writeln!(out, "{}", style.dim("input:"))?;
        for l in t.input.lines() {
            writeln!(out, "  {l}")?;
        }
        writeln!(out, "{}", style.dim("output:"))?;
        for l in t.output.lines() {
            writeln!(out, "  {l}")?;
        }
    }
    Ok(())
}
