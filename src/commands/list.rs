//! `judge list`: the catalog's problems, filtered by tag and difficulty.

use std::io::Write;

use crate::app::{Format, Global};
use crate::exit::Failure;

use crate::catalog::ProblemSummary;

#[derive(Debug, Clone)]
pub struct ListOptions {
    pub tag: Option<String>,
    pub difficulty: Option<String>,
    pub format: Format,
}

pub fn list(global: &Global, opts: ListOptions) -> Result<(), Failure> {
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
