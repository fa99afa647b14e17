//! [`CatalogError`]: what can be wrong with a catalog or a problem, located to the file, line and
//! column, with a hint on what to do.

use std::fmt::Write;

/// An error in the catalog. `Display` is the one-line headline; [`CatalogError::details`] adds
/// the source line, a caret and a hint.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("{file}:{line}:{column}: {message}")]
    Located {
        file: String,
        line: u64,
        column: u64,
        message: String,
        /// The offending line of the file, when known.
        source_line: Option<String>,
        help: Option<String>,
    },
    #[error("{file}: {message}")]
    Invalid {
        file: String,
        message: String,
        help: Option<String>,
    },
    #[error("cannot read {file}: {source}")]
    Read {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error("unknown problem `{slug}`")]
    UnknownProblem {
        slug: String,
        suggestion: Option<String>,
    },
    #[error("catalog {dir} has no problems")]
    Empty { dir: String },
    #[error("unknown list `{key}`")]
    UnknownList {
        key: String,
        /// The lists there are, comma-separated.
        known: String,
        suggestion: Option<String>,
    },
}

impl CatalogError {
    /// Lines to print under the headline: the source line with a caret, and a hint.
    pub fn details(&self) -> String {
        let mut out = String::new();
        match self {
            CatalogError::Located {
                line,
                column,
                source_line,
                help,
                ..
            } => {
                if let Some(src) = source_line {
                    let gutter = line.to_string();
                    let pad = " ".repeat(gutter.len());
                    // A window of the line around the column: test data can be one huge line.
                    let col = column.saturating_sub(1) as usize;
                    let chars: Vec<char> = src.chars().collect();
                    let from = col.saturating_sub(40).min(chars.len());
                    let to = (col + 40).min(chars.len()).max(from);
                    let mut shown: String = chars[from..to].iter().collect();
                    let mut caret_at = col - from;
                    if from > 0 {
                        shown.insert(0, '…');
                        caret_at += 1;
                    }
                    if to < chars.len() {
                        shown.push('…');
                    }
                    let _ = writeln!(out, "{pad} |");
                    let _ = writeln!(out, "{gutter} | {shown}");
                    let _ = writeln!(out, "{pad} | {}^", " ".repeat(caret_at));
                }
                if let Some(h) = help {
                    let _ = writeln!(out, "help: {h}");
                }
            }
            CatalogError::Invalid { help: Some(h), .. } => {
                let _ = writeln!(out, "help: {h}");
            }
            CatalogError::UnknownProblem { suggestion, .. } => match suggestion {
                Some(s) => {
                    let _ = writeln!(out, "help: did you mean `{s}`? (`judge list` shows all)");
                }
                None => {
                    let _ = writeln!(out, "help: `judge list` shows the problems in the catalog");
                }
            },
            CatalogError::UnknownList {
                known, suggestion, ..
            } => match suggestion {
                Some(s) => {
                    let _ = writeln!(out, "help: did you mean `{s}`? (lists: {known})");
                }
                None => {
                    let _ = writeln!(out, "help: the lists are: {known}");
                }
            },
            CatalogError::Empty { .. } => {
                let _ = writeln!(
                    out,
                    "help: a catalog is a folder of problem folders, each with a problem.yaml"
                );
            }
            _ => {}
        }
        out
    }
}

/// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c.to_string())
}

/// For serde's "unknown field `x`, expected one of a, b" (and "unknown variant"), a hint
/// naming the closest expected word.
pub fn suggestion_for_serde_message(message: &str) -> Option<String> {
    let rest = message
        .split_once("unknown field `")
        .or_else(|| message.split_once("unknown variant `"))?
        .1;
    let (word, rest) = rest.split_once('`')?;
    let expected = rest.split_once("expected")?.1;
    let candidates: Vec<&str> = expected
        .split(|c: char| c == ',' || c == '`' || c.is_whitespace())
        .filter(|w| !w.is_empty() && *w != "one" && *w != "of" && *w != "or")
        .collect();
    match did_you_mean(word, candidates.iter().copied()) {
        Some(s) => Some(format!("did you mean `{s}`?")),
        None if candidates.is_empty() => Some(format!("remove `{word}`: no key is expected here")),
        None => Some(format!("expected one of: {}", candidates.join(", "))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_closest_key() {
        let m = "unknown field `inptu`, expected one of name, sample, input, output";
        assert_eq!(
            suggestion_for_serde_message(m).unwrap(),
            "did you mean `input`?"
        );
        let m = "unknown variant `linez`, expected one of `lines`, `exact`, `tokens`";
        assert_eq!(
            suggestion_for_serde_message(m).unwrap(),
            "did you mean `lines`?"
        );
        let m = "unknown field `zzz`, expected `name` or `input`";
        assert_eq!(
            suggestion_for_serde_message(m).unwrap(),
            "expected one of: name, input"
        );
        assert_eq!(suggestion_for_serde_message("invalid u32"), None);
    }
}
