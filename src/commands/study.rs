//! `judge next --list KEY` and `judge stats --list KEY`: the next unsolved problems of a study
//! list in its order, and progress on it per section and pattern
//! ([`crate::history::progress`]).

use std::io::Write;

use crate::app::{self, Format, Global};
use crate::exit::Failure;
use crate::history::progress::{self, Group, ListProgress, ListStep};
use crate::history::{Attempt, History};
use crate::report::Style;

fn attempts() -> Result<Vec<Attempt>, Failure> {
    Ok(match History::open_existing()? {
        Some(h) => h.all_attempts()?,
        None => Vec::new(),
    })
}

/// `judge stats --list KEY`.
pub fn stats(global: &Global, key: &str, format: Format) -> Result<(), Failure> {
    let catalog = global.catalog();
    let list = catalog.study_list(key)?;
    let problems = catalog.summaries()?;
    let p = progress::list_progress(&attempts()?, &problems, &list);
    let mut out = app::stdout();
    let res = match format {
        Format::Json => app::write_json_doc(&mut out, &p),
        Format::Text => write_progress(&mut out, &p, global.style()),
    };
    Ok(res?)
}

fn write_progress(out: &mut dyn Write, p: &ListProgress, s: Style) -> std::io::Result<()> {
    let mut head = format!(
        "{}: solved {} of {}",
        s.bold(&p.title),
        s.bold(&p.solved.to_string()),
        p.total
    );
    if p.in_catalog < p.total {
        head.push_str(&format!(
            " ({} not in the catalog yet)",
            p.total - p.in_catalog
        ));
    }
    writeln!(out, "{head}")?;
    write_groups(out, "by section", &p.sections, s)?;
    // NeetCode's sections are its patterns; a second table would repeat the first.
    if !p.sections_are_patterns {
        write_groups(out, "by pattern", &p.patterns, s)?;
    }
    Ok(())
}

fn write_groups(
    out: &mut dyn Write,
    title: &str,
    groups: &[Group],
    s: Style,
) -> std::io::Result<()> {
    writeln!(out, "\n{}", s.bold(title))?;
    let w = groups.iter().map(|g| g.name.len()).max().unwrap_or(8);
    for g in groups {
        let missing = if g.in_catalog < g.total {
            s.dim(&format!(
                "  ({} not in the catalog yet)",
                g.total - g.in_catalog
            ))
        } else {
            String::new()
        };
        writeln!(
            out,
            "  {:<w$} {} {:>3}/{}{missing}",
            g.name,
            s.added(&super::history::bar(g.solved, g.total, 10)),
            g.solved,
            g.total
        )?;
    }
    Ok(())
}

/// `judge next --list KEY`.
pub fn next(global: &Global, key: &str, limit: usize, format: Format) -> Result<(), Failure> {
    let now = app::now()?;
    let catalog = global.catalog();
    let list = catalog.study_list(key)?;
    let problems = catalog.summaries()?;
    let steps = progress::next_in_list(&attempts()?, &problems, &list, now, limit);
    let mut out = app::stdout();
    let res = match format {
        Format::Json => app::write_json_doc(&mut out, &steps),
        Format::Text => write_steps(&mut out, &list.title, &steps, global.style()),
    };
    Ok(res?)
}

fn write_steps(
    out: &mut dyn Write,
    title: &str,
    steps: &[ListStep],
    s: Style,
) -> std::io::Result<()> {
    if steps.is_empty() {
        return writeln!(
            out,
            "nothing to suggest: every problem of {title} in the catalog is solved"
        );
    }
    let w = steps
        .iter()
        .map(|x| x.suggestion.problem.len())
        .max()
        .unwrap_or(8);
    for x in steps {
        writeln!(
            out,
            "  {}  {:<6}  {}",
            s.bold(&format!("{:<w$}", x.suggestion.problem)),
            x.suggestion.difficulty.as_str(),
            s.dim(&format!("{} · {}", x.suggestion.reason, x.pattern))
        )?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        s.dim("start one: judge new SLUG, then judge run SLUG FILE")
    )
}
