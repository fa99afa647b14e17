//! A small LaTeX to Markdown conversion for problem statements ([`to_markdown`]): the subset
//! Kattis statements use (sections, the `Input` and `Output` environments, emphasis, lists,
//! verbatim, tables, `\illustration`), with math kept in TeX notation between `$` signs. It
//! aims at a statement readable in a terminal, not at typesetting; commands it does not know are
//! dropped, their text arguments kept, and their names reported.

use std::collections::{BTreeMap, BTreeSet};

/// The result of [`to_markdown`].
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Converted {
    pub markdown: String,
    /// The argument of `\problemname{...}`, converted.
    pub title: Option<String>,
    /// Commands and environments that were not understood, like `\foo` or `\begin{bar}`.
    pub unknown: BTreeSet<String>,
}

/// Converts a LaTeX statement body. `constants` fill in `\constant{name}`.
pub fn to_markdown(tex: &str, constants: &BTreeMap<String, String>) -> Converted {
    let mut c = Converter {
        src: tex.chars().collect(),
        pos: 0,
        lists: Vec::new(),
        in_table: false,
        title: None,
        unknown: BTreeSet::new(),
        constants,
    };
    let body = c.text(false);
    Converted {
        markdown: tidy(&body),
        title: c.title,
        unknown: c.unknown,
    }
}

struct Converter<'a> {
    src: Vec<char>,
    pos: usize,
    /// Open lists, innermost last: `true` for numbered ones.
    lists: Vec<bool>,
    in_table: bool,
    title: Option<String>,
    unknown: BTreeSet<String>,
    constants: &'a BTreeMap<String, String>,
}

/// Sectioning environments of the Kattis statement class.
const SECTION_ENVS: &[&str] = &["Input", "Output", "Interaction", "Scoring"];
/// Environments whose markers are dropped and whose body is converted as text.
const TRANSPARENT_ENVS: &[&str] = &[
    "center",
    "flushleft",
    "flushright",
    "quote",
    "quotation",
    "figure",
    "table",
    "samepage",
    "small",
    "footnotesize",
];
/// Math environments, kept as TeX inside `$$`.
const MATH_ENVS: &[&str] = &[
    "equation",
    "equation*",
    "align",
    "align*",
    "eqnarray",
    "eqnarray*",
    "displaymath",
    "gather",
    "gather*",
    "multline",
    "multline*",
];
/// Commands that produce nothing (their arguments, if any, are listed in `skip_args`).
const DROPPED: &[&str] = &[
    "noindent",
    "indent",
    "medskip",
    "bigskip",
    "smallskip",
    "centering",
    "raggedright",
    "raggedleft",
    "newpage",
    "clearpage",
    "pagebreak",
    "linebreak",
    "hfill",
    "vfill",
    "hline",
    "toprule",
    "midrule",
    "bottomrule",
    "nextsample",
    "remainingsamples",
    "tiny",
    "scriptsize",
    "footnotesize",
    "small",
    "normalsize",
    "large",
    "Large",
    "LARGE",
    "huge",
    "Huge",
    "bf",
    "it",
    "em",
    "tt",
    "sl",
    "sc",
    "rm",
    "sf",
    "bfseries",
    "itshape",
    "ttfamily",
    "normalfont",
    "protect",
    "displaystyle",
    "makebox",
];
/// Commands whose arguments are consumed and dropped, with how many.
fn skip_args(name: &str) -> Option<usize> {
    Some(match name {
        "vspace" | "vspace*" | "hspace" | "hspace*" | "label" | "cline" | "pagestyle"
        | "thispagestyle" | "input" | "include" | "usepackage" => 1,
        "setlength" | "addtolength" | "setcounter" => 2,
        _ => return None,
    })
}
/// Commands whose one argument is kept as plain text.
const PLAIN: &[&str] = &[
    "underline",
    "textsc",
    "textrm",
    "textsf",
    "textnormal",
    "textup",
    "textmd",
    "mbox",
    "hbox",
    "text",
    "sout",
    "uline",
    "ensuremath",
    "ref",
];

impl Converter<'_> {
    fn peek(&self) -> Option<char> {
        self.src.get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<char> {
        self.src.get(self.pos + ahead).copied()
    }

    fn starts_with(&self, s: &str) -> bool {
        s.chars()
            .enumerate()
            .all(|(i, c)| self.peek_at(i) == Some(c))
    }

    fn skip_spaces(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n')) {
            self.pos += 1;
        }
    }

    /// Converts text up to the end, or up to the `}` closing the current group (consumed).
    fn text(&mut self, in_group: bool) -> String {
        let mut out = String::new();
        while let Some(c) = self.peek() {
            self.pos += 1;
            match c {
                '}' if in_group => return out,
                '}' => {}
                '%' => {
                    // A comment also swallows the line break and the next line's indentation.
                    while self.peek().is_some_and(|c| c != '\n') {
                        self.pos += 1;
                    }
                    self.pos += 1;
                    while matches!(self.peek(), Some(' ' | '\t')) {
                        self.pos += 1;
                    }
                }
                '\\' => self.command(&mut out),
                '{' => self.group(&mut out),
                '$' => self.math(&mut out),
                ' ' | '\t' if out.is_empty() || out.ends_with('\n') => {}
                '~' => out.push(' '),
                '-' if self.starts_with("--") => {
                    self.pos += 2;
                    out.push('—');
                }
                '-' if self.starts_with("-") => {
                    self.pos += 1;
                    out.push('–');
                }
                '`' if self.starts_with("`") => {
                    self.pos += 1;
                    out.push('"');
                }
                '\'' if self.starts_with("'") => {
                    self.pos += 1;
                    out.push('"');
                }
                '`' => out.push('\''),
                '&' if self.in_table => {
                    while out.ends_with(' ') {
                        out.pop();
                    }
                    out.push_str(" | ");
                    while matches!(self.peek(), Some(' ' | '\t')) {
                        self.pos += 1;
                    }
                }
                c => out.push(c),
            }
        }
        out
    }

    /// A `{...}` group: `{\bf x}` style switches become emphasis, other braces disappear.
    fn group(&mut self, out: &mut String) {
        let switches = [
            ("\\bf", "**"),
            ("\\em", "*"),
            ("\\it", "*"),
            ("\\sl", "*"),
            ("\\tt", "`"),
        ];
        for (switch, mark) in switches {
            let letter_after = self
                .peek_at(switch.chars().count())
                .is_some_and(|c| c.is_ascii_alphabetic());
            if self.starts_with(switch) && !letter_after {
                self.pos += switch.chars().count();
                let inner = self.text(true);
                wrap(out, mark, inner.trim());
                return;
            }
        }
        let inner = self.text(true);
        out.push_str(&inner);
    }

    /// Math between `$` or `$$`, copied as it is.
    fn math(&mut self, out: &mut String) {
        let display = self.peek() == Some('$');
        if display {
            self.pos += 1;
        }
        let delim = if display { "$$" } else { "$" };
        let start = self.pos;
        while self.pos < self.src.len() && !self.starts_with(delim) {
            if self.peek() == Some('\\') {
                self.pos += 1;
            }
            self.pos += 1;
        }
        let body: String = self.src[start..self.pos.min(self.src.len())]
            .iter()
            .collect();
        self.pos = (self.pos + delim.len()).min(self.src.len());
        out.push_str(delim);
        out.push_str(&body);
        out.push_str(delim);
    }

    /// Raw text up to `end` (consumed), for verbatim and math environments.
    fn raw_until(&mut self, end: &str) -> String {
        let start = self.pos;
        while self.pos < self.src.len() && !self.starts_with(end) {
            self.pos += 1;
        }
        let body: String = self.src[start..self.pos].iter().collect();
        self.pos = (self.pos + end.chars().count()).min(self.src.len());
        body
    }

    /// A `{...}` argument as raw text (balanced braces), after optional spaces.
    fn raw_arg(&mut self) -> Option<String> {
        let save = self.pos;
        self.skip_spaces();
        if self.peek() != Some('{') {
            self.pos = save;
            return None;
        }
        self.pos += 1;
        let start = self.pos;
        let mut depth = 1;
        while let Some(c) = self.peek() {
            match c {
                '\\' => self.pos += 1,
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            self.pos += 1;
        }
        let end = self.pos.min(self.src.len());
        self.pos = (self.pos + 1).min(self.src.len());
        Some(self.src[start..end].iter().collect())
    }

    /// A `{...}` argument, converted.
    fn arg(&mut self) -> Option<String> {
        let save = self.pos;
        self.skip_spaces();
        if self.peek() != Some('{') {
            self.pos = save;
            return None;
        }
        self.pos += 1;
        Some(self.text(true).trim().to_string())
    }

    /// Skips an optional `[...]` argument, returning it.
    fn opt_arg(&mut self) -> Option<String> {
        if self.peek() != Some('[') {
            return None;
        }
        let start = self.pos + 1;
        while self.peek().is_some_and(|c| c != ']') {
            self.pos += 1;
        }
        let body: String = self.src[start..self.pos.min(self.src.len())]
            .iter()
            .collect();
        self.pos = (self.pos + 1).min(self.src.len());
        Some(body)
    }

    fn command(&mut self, out: &mut String) {
        let Some(first) = self.peek() else { return };
        if !first.is_ascii_alphabetic() {
            self.pos += 1;
            match first {
                '\\' if self.in_table => out.push('\n'),
                '\\' => {
                    self.opt_arg();
                    out.push('\n');
                }
                '%' | '$' | '&' | '#' | '_' | '{' | '}' => out.push(first),
                ',' | ';' | ':' | ' ' | '\n' => out.push(' '),
                '[' => {
                    let body = self.raw_until("\\]");
                    out.push_str(&format!("$${body}$$"));
                }
                '(' => {
                    let body = self.raw_until("\\)");
                    out.push_str(&format!("${body}$"));
                }
                '-' | '!' | '/' | '@' => {}
                c => out.push(c),
            }
            return;
        }
        let start = self.pos;
        while self.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
            self.pos += 1;
        }
        let mut name: String = self.src[start..self.pos].iter().collect();
        if self.peek() == Some('*') {
            self.pos += 1;
            name.push('*');
        }
        let base = name.trim_end_matches('*');
        match base {
            "problemname" => {
                self.opt_arg();
                self.title = self.arg().filter(|t| !t.is_empty());
            }
            "section" | "subsection" | "subsubsection" | "paragraph" => {
                let level = match base {
                    "section" => "##",
                    "subsection" => "###",
                    _ => "####",
                };
                let heading = self.arg().unwrap_or_default();
                out.push_str(&format!("\n\n{level} {heading}\n\n"));
            }
            "begin" => self.begin(out),
            "end" => self.end(out),
            "item" => {
                let label = self.opt_arg();
                let depth = self.lists.len().saturating_sub(1);
                let bullet = if self.lists.last() == Some(&true) {
                    "1."
                } else {
                    "-"
                };
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
                out.push_str(&format!("{}{bullet} ", "  ".repeat(depth)));
                if let Some(l) = label {
                    out.push_str(&format!("**{}** ", l.trim()));
                }
                self.skip_spaces();
            }
            "textbf" => {
                let a = self.arg().unwrap_or_default();
                wrap(out, "**", &a);
            }
            "emph" | "textit" | "textsl" => {
                let a = self.arg().unwrap_or_default();
                wrap(out, "*", &a);
            }
            "texttt" => {
                let a = self.arg().unwrap_or_default();
                wrap(out, "`", &a);
            }
            "url" => {
                let u = self.raw_arg().unwrap_or_default();
                out.push_str(&format!("<{u}>"));
            }
            "href" => {
                let u = self.raw_arg().unwrap_or_default();
                let t = self.arg().unwrap_or_default();
                out.push_str(&format!("[{t}]({u})"));
            }
            "footnote" => {
                let a = self.arg().unwrap_or_default();
                out.push_str(&format!(" ({a})"));
            }
            "illustration" => {
                let _width = self.raw_arg();
                let file = self.raw_arg().unwrap_or_default();
                let caption = self.arg().unwrap_or_default();
                out.push_str(&format!("\n\n*(illustration {file}: {caption})*\n\n"));
            }
            "includegraphics" => {
                self.opt_arg();
                let file = self.raw_arg().unwrap_or_default();
                out.push_str(&format!("*(figure {file})*"));
            }
            "caption" => {
                let a = self.arg().unwrap_or_default();
                out.push_str(&format!("\n*{a}*\n"));
            }
            "multicolumn" | "multirow" => {
                self.raw_arg();
                self.raw_arg();
                out.push_str(&self.arg().unwrap_or_default());
            }
            "constant" => {
                let n = self.raw_arg().unwrap_or_default();
                match self.constants.get(n.trim()) {
                    Some(v) => out.push_str(v),
                    None => {
                        self.unknown.insert(format!("\\constant{{{n}}}"));
                        out.push_str(&n);
                    }
                }
            }
            "ldots" | "dots" | "textellipsis" | "cdots" => out.push('…'),
            "textasciitilde" => out.push('~'),
            "textbackslash" => out.push('\\'),
            "textbar" => out.push('|'),
            "textless" => out.push('<'),
            "textgreater" => out.push('>'),
            "textendash" => out.push('–'),
            "textemdash" => out.push('—'),
            "LaTeX" | "TeX" => out.push_str(base),
            "par" => out.push_str("\n\n"),
            "newline" => out.push('\n'),
            _ if DROPPED.contains(&base) => {}
            _ if PLAIN.contains(&base) => out.push_str(&self.arg().unwrap_or_default()),
            _ => match skip_args(&name) {
                Some(n) => {
                    for _ in 0..n {
                        self.raw_arg();
                    }
                }
                None => {
                    self.unknown.insert(format!("\\{name}"));
                    self.opt_arg();
                    let mut args = Vec::new();
                    while let Some(a) = self.arg() {
                        args.push(a);
                    }
                    out.push_str(&args.join(" "));
                }
            },
        }
    }

    fn begin(&mut self, out: &mut String) {
        let env = self.raw_arg().unwrap_or_default();
        let env = env.trim();
        match env {
            _ if SECTION_ENVS.contains(&env) => out.push_str(&format!("\n\n## {env}\n\n")),
            "itemize" | "description" | "enumerate" => {
                self.lists.push(env == "enumerate");
                out.push('\n');
            }
            "verbatim" | "Verbatim" | "lstlisting" => {
                self.opt_arg();
                let body = self.raw_until(&format!("\\end{{{env}}}"));
                let body = body.strip_prefix('\n').unwrap_or(&body).trim_end();
                out.push_str(&format!("\n\n```\n{body}\n```\n\n"));
            }
            "tabular" | "tabular*" | "array" => {
                if env == "tabular*" {
                    self.raw_arg();
                }
                self.opt_arg();
                self.raw_arg();
                self.in_table = true;
                out.push_str("\n\n");
            }
            "wrapfigure" => {
                self.opt_arg();
                self.raw_arg();
                self.opt_arg();
                self.raw_arg();
            }
            "minipage" => {
                self.opt_arg();
                self.raw_arg();
            }
            _ if MATH_ENVS.contains(&env) => {
                let body = self.raw_until(&format!("\\end{{{env}}}"));
                out.push_str(&format!("\n\n$$\\begin{{{env}}}{body}\\end{{{env}}}$$\n\n"));
            }
            _ if TRANSPARENT_ENVS.contains(&env) => {
                self.opt_arg();
            }
            other => {
                self.unknown.insert(format!("\\begin{{{other}}}"));
            }
        }
    }

    fn end(&mut self, out: &mut String) {
        let env = self.raw_arg().unwrap_or_default();
        match env.trim() {
            "itemize" | "description" | "enumerate" => {
                self.lists.pop();
                out.push_str("\n\n");
            }
            "tabular" | "tabular*" | "array" => {
                self.in_table = false;
                out.push_str("\n\n");
            }
            env if SECTION_ENVS.contains(&env) => out.push_str("\n\n"),
            _ => {}
        }
    }
}

/// Appends `text` wrapped in a Markdown emphasis mark, unless it is empty.
fn wrap(out: &mut String, mark: &str, text: &str) {
    if !text.is_empty() {
        out.push_str(mark);
        out.push_str(text);
        out.push_str(mark);
    }
}

/// Trailing spaces off every line outside code blocks, at most one blank line in a row, no blank
/// lines at either end, one final newline.
fn tidy(text: &str) -> String {
    let mut out = String::new();
    let mut blank_run = 0;
    let mut in_code = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        let line = if in_code { line } else { line.trim_end() };
        if line.is_empty() && !in_code {
            blank_run += 1;
            if blank_run > 1 || out.is_empty() {
                continue;
            }
        } else {
            blank_run = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(tex: &str) -> Converted {
        to_markdown(tex, &BTreeMap::new())
    }

    #[test]
    fn a_kattis_statement_becomes_readable_markdown() {
        let tex = r"\problemname{Circle Areas}
% a comment line
Given radii, print the areas of the circles -- easy~work.\footnote{Really.}

\begin{Input}
  The input has $n$ ($1 \le n \le 10^5$) lines, each with a radius $r$.
\end{Input}
\section*{Output}
For each radius print $\pi r^2$, or \textbf{IMPOSSIBLE} if \emph{r} is negative;
see \url{https://example.com} and {\bf bold} {\it it}.
\begin{itemize}
  \item one
  \item[b)] two
\end{itemize}
\begin{verbatim}
  raw \textbf{x}
\end{verbatim}
";
        let c = md(tex);
        assert_eq!(c.title.as_deref(), Some("Circle Areas"));
        let expected = "Given radii, print the areas of the circles – easy work. (Really.)

## Input

The input has $n$ ($1 \\le n \\le 10^5$) lines, each with a radius $r$.

## Output

For each radius print $\\pi r^2$, or **IMPOSSIBLE** if *r* is negative;
see <https://example.com> and **bold** *it*.

- one
- **b)** two

```
  raw \\textbf{x}
```
";
        assert_eq!(c.markdown, expected, "{}", c.markdown);
        assert!(c.unknown.is_empty(), "{:?}", c.unknown);
    }

    #[test]
    fn unknown_commands_keep_their_text_and_are_reported() {
        let c = md("A \\fancy{word} and \\begin{weird}x\\end{weird} \\% \\$5.");
        assert_eq!(c.markdown, "A word and x % $5.\n");
        assert_eq!(
            c.unknown.iter().cloned().collect::<Vec<_>>(),
            ["\\begin{weird}", "\\fancy"]
        );
    }

    #[test]
    fn tables_illustrations_display_math_and_constants() {
        let mut constants = BTreeMap::new();
        constants.insert("maxn".to_string(), "1000".to_string());
        let tex = "\\illustration{0.3}{fig.png}{A circle}\n\
                   \\begin{tabular}{|l|r|}\\hline a & b \\\\ \\hline\\end{tabular}\n\
                   \\[ x^2 \\] and $$y$$ up to \\constant{maxn}.";
        let c = to_markdown(tex, &constants);
        assert_eq!(
            c.markdown,
            "*(illustration fig.png: A circle)*\n\na | b\n\n$$ x^2 $$ and $$y$$ up to 1000.\n",
            "{}",
            c.markdown
        );
    }
}
