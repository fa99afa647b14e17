//! Colours and verdict words in one place. A [`Style`] with colour off returns text unchanged,
//! so everything that renders can be tested without a terminal.

use colored::Colorize;

use crate::verdict::Verdict;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub color: bool,
}

impl Style {
    pub fn plain() -> Style {
        Style { color: false }
    }

    fn paint(&self, s: &str, f: impl Fn(&str) -> colored::ColoredString) -> String {
        if self.color {
            f(s).to_string()
        } else {
            s.to_string()
        }
    }

    /// The verdict code, padded to a fixed width and coloured by severity.
    pub fn verdict(&self, v: Verdict) -> String {
        let text = format!("{:<3}", v.code());
        match v {
            Verdict::AC => self.paint(&text, |s| s.green().bold()),
            Verdict::WA => self.paint(&text, |s| s.red().bold()),
            Verdict::CE | Verdict::IE => self.paint(&text, |s| s.magenta().bold()),
            _ => self.paint(&text, |s| s.yellow().bold()),
        }
    }

    pub fn bold(&self, s: &str) -> String {
        self.paint(s, |s| s.bold())
    }
    pub fn dim(&self, s: &str) -> String {
        self.paint(s, |s| s.dimmed())
    }
    pub fn removed(&self, s: &str) -> String {
        self.paint(s, |s| s.red())
    }
    pub fn added(&self, s: &str) -> String {
        self.paint(s, |s| s.green())
    }
    pub fn error(&self, s: &str) -> String {
        self.paint(s, |s| s.red().bold())
    }
    pub fn warning(&self, s: &str) -> String {
        self.paint(s, |s| s.yellow().bold())
    }
    pub fn help(&self, s: &str) -> String {
        self.paint(s, |s| s.cyan().bold())
    }
    /// A visible stand-in for whitespace (`·`, `→`, `␍`).
    pub fn whitespace(&self, s: &str) -> String {
        self.paint(s, |s| s.on_bright_black())
    }
}
