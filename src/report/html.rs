//! The HTML progress report (`judge report --html FILE`, `judge mock report --html FILE`): one
//! self-contained page, a pure function of a [`Page`]. No network: no external script, font,
//! style sheet or image; the charts are inline SVG drawn here, and every text is escaped.

use std::fmt::Write as _;

/// A bar of a progress chart: `solved` of `total`.
#[derive(Debug, Clone)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub total: f64,
    /// Shown at the end of the bar: `12/40`, `25 min`.
    pub text: String,
}

/// A section of the page.
#[derive(Debug, Clone)]
pub enum Block {
    /// A line chart of (x label, value) points, e.g. problems solved over time.
    Line {
        title: String,
        points: Vec<(String, f64)>,
    },
    /// Horizontal bars.
    Bars { title: String, bars: Vec<Bar> },
    /// A table: a header row and rows of cells.
    Table {
        title: String,
        header: Vec<String>,
        rows: Vec<Vec<String>>,
        /// Shown when there are no rows.
        empty: String,
    },
}

/// The whole page.
#[derive(Debug, Clone)]
pub struct Page {
    pub title: String,
    /// Under the title: when it was made, the headline figures.
    pub subtitle: String,
    pub blocks: Vec<Block>,
}

/// Escapes text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "\
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:60rem;\
padding:0 1rem;color:#1d2330;background:#fafbfc}\
h1{font-size:1.6rem;margin-bottom:.2rem}p.sub{color:#5b6475;margin-top:0}\
section{background:#fff;border:1px solid #e3e6ec;border-radius:8px;padding:1rem 1.2rem;margin:1rem 0}\
h2{font-size:1.1rem;margin:.2rem 0 .8rem}table{border-collapse:collapse;width:100%;font-size:.92rem}\
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #eef0f4}th{color:#5b6475;font-weight:600}\
svg text{font-family:inherit;font-size:12px;fill:#1d2330}.empty{color:#5b6475}";

/// The page as one HTML document.
pub fn render(page: &Page) -> String {
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n<p class=\"sub\">{}</p>\n",
        esc(&page.title),
        esc(&page.title),
        esc(&page.subtitle)
    );
    for b in &page.blocks {
        h.push_str("<section>\n");
        match b {
            Block::Line { title, points } => {
                let _ = writeln!(h, "<h2>{}</h2>", esc(title));
                h.push_str(&line_chart(points));
            }
            Block::Bars { title, bars } => {
                let _ = writeln!(h, "<h2>{}</h2>", esc(title));
                h.push_str(&bar_chart(bars));
            }
            Block::Table {
                title,
                header,
                rows,
                empty,
            } => {
                let _ = writeln!(h, "<h2>{}</h2>", esc(title));
                if rows.is_empty() {
                    let _ = writeln!(h, "<p class=\"empty\">{}</p>", esc(empty));
                } else {
                    h.push_str("<table>\n<tr>");
                    for c in header {
                        let _ = write!(h, "<th>{}</th>", esc(c));
                    }
                    h.push_str("</tr>\n");
                    for r in rows {
                        h.push_str("<tr>");
                        for c in r {
                            let _ = write!(h, "<td>{}</td>", esc(c));
                        }
                        h.push_str("</tr>\n");
                    }
                    h.push_str("</table>\n");
                }
            }
        }
        h.push_str("</section>\n");
    }
    h.push_str("</body>\n</html>\n");
    h
}

/// Horizontal bars, one row each, with the label on the left and the text on the right.
fn bar_chart(bars: &[Bar]) -> String {
    if bars.is_empty() {
        return "<p class=\"empty\">nothing yet</p>\n".to_string();
    }
    let (label_w, bar_w, row_h) = (190.0, 420.0, 22.0);
    let height = row_h * bars.len() as f64 + 6.0;
    let mut s = format!(
        "<svg class=\"chart bars\" role=\"img\" width=\"100%\" viewBox=\"0 0 {} {height}\" \
         xmlns=\"http://www.w3.org/2000/svg\">\n",
        label_w + bar_w + 90.0
    );
    for (i, b) in bars.iter().enumerate() {
        let y = i as f64 * row_h + 4.0;
        let share = if b.total > 0.0 {
            (b.value / b.total).clamp(0.0, 1.0)
        } else {
            0.0
        };
        let _ = writeln!(
            s,
            "<text x=\"0\" y=\"{:.1}\">{}</text>\
             <rect x=\"{label_w}\" y=\"{y:.1}\" width=\"{bar_w}\" height=\"14\" rx=\"3\" fill=\"#eef0f4\"/>\
             <rect class=\"bar\" x=\"{label_w}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"14\" rx=\"3\" fill=\"#3b82f6\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            y + 11.5,
            esc(&b.label),
            bar_w * share,
            label_w + bar_w + 8.0,
            y + 11.5,
            esc(&b.text)
        );
    }
    s.push_str("</svg>\n");
    s
}

/// A line chart with its first and last x labels and the largest y value.
fn line_chart(points: &[(String, f64)]) -> String {
    if points.is_empty() {
        return "<p class=\"empty\">nothing yet</p>\n".to_string();
    }
    let (w, h, pad) = (640.0, 200.0, 30.0);
    let max = points.iter().map(|p| p.1).fold(1.0_f64, f64::max);
    let n = points.len().max(2) - 1;
    let xy = |i: usize, v: f64| {
        (
            pad + (w - 2.0 * pad) * i as f64 / n as f64,
            h - pad - (h - 2.0 * pad) * v / max,
        )
    };
    let mut path = String::new();
    for (i, (_, v)) in points.iter().enumerate() {
        let (x, y) = xy(i, *v);
        let _ = write!(path, "{}{x:.1},{y:.1} ", if i == 0 { "M" } else { "L" });
    }
    let mut s = format!(
        "<svg class=\"chart line\" role=\"img\" width=\"100%\" viewBox=\"0 0 {w} {h}\" \
         xmlns=\"http://www.w3.org/2000/svg\">\n\
         <line x1=\"{pad}\" y1=\"{b}\" x2=\"{r}\" y2=\"{b}\" stroke=\"#c9ced8\"/>\
         <line x1=\"{pad}\" y1=\"{pad}\" x2=\"{pad}\" y2=\"{b}\" stroke=\"#c9ced8\"/>\n\
         <path class=\"series\" d=\"{}\" fill=\"none\" stroke=\"#3b82f6\" stroke-width=\"2.5\"/>\n",
        path.trim_end(),
        b = h - pad,
        r = w - pad
    );
    for (i, (_, v)) in points.iter().enumerate() {
        let (x, y) = xy(i, *v);
        let _ = write!(
            s,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3\" fill=\"#3b82f6\"/>"
        );
    }
    let _ = write!(
        s,
        "\n<text x=\"{pad}\" y=\"{}\">{}</text><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\
         <text x=\"4\" y=\"{}\">{}</text><text x=\"4\" y=\"{}\">0</text>\n</svg>\n",
        h - 8.0,
        esc(&points[0].0),
        w - pad,
        h - 8.0,
        esc(&points[points.len() - 1].0),
        pad + 4.0,
        max,
        h - pad
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_self_contained_escaped_and_draws_its_charts() {
        let page = Page {
            title: "judge <progress>".into(),
            subtitle: "made today".into(),
            blocks: vec![
                Block::Line {
                    title: "solved".into(),
                    points: vec![("Nov 2".into(), 1.0), ("Nov 3".into(), 3.0)],
                },
                Block::Bars {
                    title: "by difficulty".into(),
                    bars: vec![Bar {
                        label: "easy & co".into(),
                        value: 1.0,
                        total: 4.0,
                        text: "1/4".into(),
                    }],
                },
                Block::Table {
                    title: "reviews".into(),
                    header: vec!["problem".into()],
                    rows: vec![],
                    empty: "nothing due".into(),
                },
            ],
        };
        let h = render(&page);
        assert!(h.contains("<title>judge &lt;progress&gt;</title>"));
        assert!(h.contains("easy &amp; co"));
        assert_eq!(h.matches("<svg").count(), 2);
        assert!(
            h.contains("class=\"series\" d=\"M30.0,123.3 L610.0,30.0\""),
            "{h}"
        );
        assert!(h.contains("width=\"105.0\""), "a quarter of the bar: {h}");
        assert!(h.contains("nothing due"));
        for external in ["<script", "<link", "src=", "@import", "url("] {
            assert!(!h.contains(external), "{external}");
        }
    }
}
