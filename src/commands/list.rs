//! `judge list`: the catalog's problems, filtered by tag and difficulty.

use std::io::Write;

use crate::app::{Format, Global};
use crate::exit::Failure;

use crate::catalog::ProblemSummary;

#[derive(Debug, Clone)]
pub struct ListOptions {
    pub tag: Option<String>,
    /// A study list: its problems in its order, by section.
    pub list: Option<String>,
    pub difficulty: Option<String>,
    pub format: Format,
    /// Only the slugs, one a line (`--format slugs`, what shell completions read).
    pub slugs_only: bool,
}

pub fn list(global: &Global, opts: ListOptions) -> Result<(), Failure> {
    if let Some(key) = &opts.list {
        return study_list(global, key, &opts);
    }
    let all = global.catalog().summaries()?;
    if let Some(tag) = &opts.tag {
        if !all.iter().any(|p| p.tags.contains(tag)) {
            let mut tags: Vec<&str> = all
                .iter()
                .flat_map(|p| p.tags.iter().map(String::as_str))
                .collect();
            tags.sort();
            tags.dedup();
            let hint = match crate::catalog::did_you_mean(tag, tags.iter().copied()) {
                Some(s) => format!("help: did you mean `{s}`?"),
                None => format!("help: tags in the catalog: {}", tags.join(", ")),
            };
            return Err(Failure::usage(
                format!("no problem has the tag `{tag}`"),
                hint,
            ));
        }
    }
    let shown: Vec<&ProblemSummary> = all
        .iter()
        .filter(|p| opts.tag.as_ref().is_none_or(|t| p.tags.contains(t)))
        .filter(|p| {
            opts.difficulty
                .as_ref()
                .is_none_or(|d| p.difficulty.as_str() == d)
        })
        .collect();
    let mut out = crate::app::stdout();
    if opts.slugs_only {
        for p in &shown {
            writeln!(out, "{}", p.slug)?;
        }
        return Ok(());
    }
    let res = match opts.format {
        Format::Json => serde_json::to_writer_pretty(&mut out, &shown)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out)),
        Format::Text => {
            let style = global.style();
            let w = shown.iter().map(|p| p.slug.len()).max().unwrap_or(4);
            let tw = shown.iter().map(|p| p.title.len()).max().unwrap_or(5);
            let mut r = Ok(());
            for p in &shown {
                r = r.and_then(|()| {
                    writeln!(
                        out,
                        "{}  {:<tw$}  {:<6}  {}",
                        style.bold(&format!("{:<w$}", p.slug)),
                        p.title,
                        p.difficulty.as_str(),
                        style.dim(&p.tags.join(", "))
                    )
                });
            }
            r.and_then(|()| writeln!(out, "{}", style.dim(&format!("{} problems", shown.len()))))
        }
    };
    Ok(res?)
}

/// `judge list --list KEY`: the list's sections in order, each problem with its pattern; the
/// ones the catalog does not have yet are shown as missing.
fn study_list(global: &Global, key: &str, opts: &ListOptions) -> Result<(), Failure> {
    let catalog = global.catalog();
    let list = catalog.study_list(key)?;
    let all = catalog.summaries()?;
    let find = |slug: &str| all.iter().find(|p| p.slug == slug);
    let keep = |slug: &str| {
        find(slug).is_none_or(|p| {
            opts.tag.as_ref().is_none_or(|t| p.tags.contains(t))
                && opts
                    .difficulty
                    .as_ref()
                    .is_none_or(|d| p.difficulty.as_str() == d)
        })
    };
    let mut out = crate::app::stdout();
    let res = match opts.format {
        Format::Json => {
            let entries: Vec<serde_json::Value> = list
                .sections
                .iter()
                .flat_map(|s| s.problems.iter().map(move |e| (s, e)))
                .filter(|(_, e)| keep(&e.slug))
                .map(|(s, e)| {
                    let p = find(&e.slug);
                    serde_json::json!({
                        "slug": e.slug,
                        "section": s.name,
                        "pattern": e.pattern,
                        "in_catalog": p.is_some(),
                        "title": p.map(|p| p.title.clone()),
                        "difficulty": p.map(|p| p.difficulty.as_str()),
                        "tags": p.map(|p| p.tags.clone()),
                    })
                })
                .collect();
            let doc = serde_json::json!({
                "list": list.key,
                "title": list.title,
                "problems": entries,
            });
            serde_json::to_writer_pretty(&mut out, &doc)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out))
        }
        Format::Text => {
            let style = global.style();
            let w = list.entries().map(|e| e.slug.len()).max().unwrap_or(4);
            let mut r = writeln!(out, "{}", style.bold(&list.title));
            let (mut here, mut total) = (0, 0);
            for s in &list.sections {
                let shown: Vec<_> = s.problems.iter().filter(|e| keep(&e.slug)).collect();
                if shown.is_empty() {
                    continue;
                }
                r = r.and_then(|()| writeln!(out, "\n{}", style.bold(&s.name)));
                for e in shown {
                    total += 1;
                    r = r.and_then(|()| match find(&e.slug) {
                        Some(p) => {
                            here += 1;
                            writeln!(
                                out,
                                "  {}  {:<6}  {}",
                                style.bold(&format!("{:<w$}", e.slug)),
                                p.difficulty.as_str(),
                                style.dim(&e.pattern)
                            )
                        }
                        None => writeln!(
                            out,
                            "  {}  {}",
                            style.dim(&format!("{:<w$}", e.slug)),
                            style.dim("not in the catalog yet")
                        ),
                    });
                }
            }
            r.and_then(|()| {
                writeln!(
                    out,
                    "\n{}",
                    style.dim(&format!("{here} of {total} problems in the catalog"))
                )
            })
        }
    };
    Ok(res?)
}
