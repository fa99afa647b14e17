//! The statement of a package: the English Markdown or LaTeX file (converted by
//! [`latex`](super::latex)) of `statement/` or `problem_statement/`, and the credits, source and
//! license for its footer.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::latex;
use super::package::{entries, read_text, ImportError, ProblemYaml};

/// The statement read from the package, before credits are added.
pub(super) struct Statement {
    pub(super) markdown: String,
    pub(super) source: Option<String>,
    pub(super) from_latex: bool,
    pub(super) title: Option<String>,
}

/// The English statement (Markdown before LaTeX), else another language's, else a placeholder.
pub(super) fn statement(
    pkg: &Path,
    constants: &BTreeMap<String, String>,
    warnings: &mut Vec<String>,
) -> Result<Statement, ImportError> {
    let mut candidates = Vec::new(); // (preference, language, rel)
    let mut others = Vec::new();
    for dir in ["statement", "problem_statement"] {
        if !pkg.join(dir).is_dir() {
            continue;
        }
        for (name, is_dir) in entries(pkg, dir)? {
            let rel = format!("{dir}/{name}");
            let parts: Vec<&str> = name.split('.').collect();
            let (lang, ext) = match parts.as_slice() {
                ["problem", ext] => ("", *ext),
                ["problem", lang, ext] => (*lang, *ext),
                _ => {
                    others.push(if is_dir { format!("{rel}/") } else { rel });
                    continue;
                }
            };
            let rank = match ext {
                "md" => 0,
                "tex" => 1,
                "pdf" => 2,
                _ => {
                    others.push(rel);
                    continue;
                }
            };
            let lang = if lang.is_empty() { "en" } else { lang };
            candidates.push(((lang != "en", rank), lang.to_string(), rel));
        }
    }
    candidates.sort();
    if !others.is_empty() {
        warnings.push(format!(
            "statement files not imported (judge shows text only): {}",
            others.join(", ")
        ));
    }
    let Some(((not_english, rank), lang, rel)) = candidates.first().cloned() else {
        warnings.push(
            "no statement (statement/ or problem_statement/): a placeholder is written".to_string(),
        );
        return Ok(placeholder(
            "The package has no statement.".to_string(),
            None,
        ));
    };
    let other_langs: BTreeSet<&str> = candidates
        .iter()
        .map(|(_, l, _)| l.as_str())
        .filter(|l| *l != lang)
        .collect();
    if !other_langs.is_empty() {
        warnings.push(format!(
            "statements in other languages not imported: {}",
            other_langs.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
    if not_english {
        warnings.push(format!("no English statement: using {rel}"));
    }
    match rank {
        0 => {
            let mut md = read_text(pkg, &rel)?;
            for (k, v) in constants {
                md = md.replace(&format!("{{{{{k}}}}}"), v);
            }
            Ok(Statement {
                markdown: md.trim_end().to_string() + "\n",
                source: Some(rel),
                from_latex: false,
                title: None,
            })
        }
        1 => {
            let tex = read_text(pkg, &rel)?;
            let c = latex::to_markdown(&tex, constants);
            if !c.unknown.is_empty() {
                warnings.push(format!(
                    "{rel}: LaTeX not converted (its text is kept): {}",
                    c.unknown.into_iter().collect::<Vec<_>>().join(", ")
                ));
            }
            Ok(Statement {
                markdown: c.markdown,
                source: Some(rel),
                from_latex: true,
                title: c.title,
            })
        }
        _ => {
            warnings.push(format!(
                "the statement is a PDF ({rel}): a placeholder pointing to it is written"
            ));
            Ok(placeholder(
                format!("The statement is the PDF `{rel}` of the Kattis package."),
                Some(rel),
            ))
        }
    }
}

fn placeholder(text: String, source: Option<String>) -> Statement {
    Statement {
        markdown: format!("{text}\n"),
        source,
        from_latex: false,
        title: None,
    }
}

/// Credits, source and license for the statement's footer.
pub(super) fn credits(yaml: &ProblemYaml) -> Vec<String> {
    fn names(v: &serde_json::Value) -> Vec<String> {
        match v {
            serde_json::Value::String(s) => vec![s.clone()],
            serde_json::Value::Array(items) => items.iter().flat_map(names).collect(),
            serde_json::Value::Object(m) => match m.get("name") {
                Some(n) => {
                    let url = m.get("url").and_then(|u| u.as_str());
                    let n = names(n).join(", ");
                    vec![url.map_or(n.clone(), |u| format!("{n} <{u}>"))]
                }
                None => m
                    .iter()
                    .map(|(k, v)| format!("{k}: {}", names(v).join(", ")))
                    .collect(),
            },
            serde_json::Value::Null => Vec::new(),
            other => vec![other.to_string()],
        }
    }
    let mut out = Vec::new();
    if let Some(a) = &yaml.author {
        out.push(format!("Author: {a}"));
    }
    match &yaml.credits {
        Some(serde_json::Value::Object(m)) => {
            for (role, who) in m {
                out.push(format!("{}: {}", capitalize(role), names(who).join(", ")));
            }
        }
        Some(v) => out.push(format!("Author: {}", names(v).join(", "))),
        None => {}
    }
    if let Some(s) = &yaml.source {
        let mut s = names(s).join(", ");
        if let Some(url) = &yaml.source_url {
            s.push_str(&format!(" <{url}>"));
        }
        if !s.is_empty() {
            out.push(format!("Source: {s}"));
        }
    }
    if let Some(l) = &yaml.license {
        let owner = yaml
            .rights_owner
            .as_ref()
            .map(|o| format!(", rights owner {o}"))
            .unwrap_or_default();
        out.push(format!("License: {l}{owner}"));
    }
    out
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f
            .to_uppercase()
            .chain(c)
            .collect::<String>()
            .replace('_', " "),
        None => String::new(),
    }
}
