//! Comparing a solution's output with the expected output: the [`Comparison`] modes and the pure
//! [`compare`] function. Checker programs are run by the runner, which owns the sandbox.

use std::ops::Range;
use std::sync::Arc;

/// How an output is judged against the expected one.
#[derive(Debug, Clone, PartialEq)]
pub enum Comparison {
    /// Lines equal after trimming trailing spaces, `\r` and trailing blank lines.
    Lines,
    /// Bytes identical.
    Exact,
    /// Whitespace-separated tokens identical.
    Tokens,
    /// Tokens identical, numbers within an absolute or a relative tolerance.
    Float { abs_tol: f64, rel_tol: f64 },
    /// The same multiset of (normalised, non-blank) lines.
    UnorderedLines,
    /// Values: the top-level list is a multiset.
    AnyOrder,
    /// Values: every list, at any depth, is a multiset.
    AnyOrderNested,
    /// A program in the problem folder decides.
    Checker { name: String, source: Arc<Vec<u8>> },
    /// `tokens` (no `tolerance`) or `float` (`tolerance` is `(abs_tol, rel_tol)`) with
    /// [`TokenRules`] that differ from the default; without them those modes are the variants
    /// above.
    TokensWith {
        rules: TokenRules,
        tolerance: Option<(f64, f64)>,
    },
}

/// Options of the token modes: the two flags of the ICPC default output validator that plain
/// `tokens` and `float` do not have (Kattis packages set them in `validator_flags`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TokenRules {
    /// ASCII letters match whatever their case (`Yes` = `YES`); other bytes must be equal.
    pub ignore_case: bool,
    /// The whitespace before, between and after the tokens must be the same bytes too.
    pub exact_whitespace: bool,
}

impl Comparison {
    pub fn name(&self) -> &'static str {
        match self {
            Comparison::Lines => "lines",
            Comparison::Exact => "exact",
            Comparison::Tokens => "tokens",
            Comparison::Float { .. } => "float",
            Comparison::UnorderedLines => "unordered-lines",
            Comparison::AnyOrder => "any-order",
            Comparison::AnyOrderNested => "any-order-nested",
            Comparison::Checker { .. } => "checker",
            Comparison::TokensWith {
                tolerance: None, ..
            } => "tokens",
            Comparison::TokensWith {
                tolerance: Some(_), ..
            } => "float",
        }
    }
}

/// The result of a comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Judgement {
    Accepted,
    Wrong {
        /// Where the first difference is, e.g. "line 3: expected `6`, got `7`".
        message: String,
        /// The output would be accepted if whitespace were ignored.
        presentation: bool,
    },
}

impl Judgement {
    pub fn is_accepted(&self) -> bool {
        matches!(self, Judgement::Accepted)
    }
}

pub use values::{compare_design, compare_values, describe_call};

pub mod text;
use text::Text;

/// Compares `actual` with `expected` under a text mode. Panics on [`Comparison::Checker`], which
/// the runner handles.
pub fn compare(mode: &Comparison, expected: &[u8], actual: &[u8]) -> Judgement {
    compare_text(mode, &mut { expected }, &mut { actual })
}

/// [`compare`] of texts that may be files of any size: every mode reads both texts in one
/// pass, in pieces, and keeps only the lines or tokens it is looking at, except
/// `unordered-lines`, which needs every line at once: in memory it sorts them as before; from a
/// file it compares the multisets by a keyed hash sum (see [`unordered_hashed`]).
pub fn compare_text<E: Text, A: Text>(
    mode: &Comparison,
    expected: &mut E,
    actual: &mut A,
) -> Judgement {
    let verdict = match mode {
        Comparison::Exact => exact(expected, actual),
        Comparison::Lines => lines(expected, actual),
        Comparison::Tokens => tokens(expected, actual, None, TokenRules::default()),
        Comparison::Float { abs_tol, rel_tol } => tokens(
            expected,
            actual,
            Some((*abs_tol, *rel_tol)),
            TokenRules::default(),
        ),
        Comparison::TokensWith { rules, tolerance } => tokens(expected, actual, *tolerance, *rules),
        Comparison::UnorderedLines => match (expected.as_slice(), actual.as_slice()) {
            (Some(e), Some(a)) => unordered_lines(e, a),
            _ => unordered_hashed(expected, actual),
        },
        Comparison::AnyOrder | Comparison::AnyOrderNested => {
            unreachable!("value modes are checked when the problem is loaded")
        }
        Comparison::Checker { .. } => unreachable!("checkers are run by the runner"),
    };
    match verdict {
        Ok(()) => Judgement::Accepted,
        Err(message) => {
            // Right but for whitespace: the same tokens would be accepted with any spacing.
            let presentation = match mode {
                Comparison::Lines | Comparison::Exact => {
                    tokens(expected, actual, None, TokenRules::default()).is_ok()
                }
                Comparison::TokensWith { rules, tolerance } if rules.exact_whitespace => {
                    let loose = TokenRules {
                        exact_whitespace: false,
                        ..*rules
                    };
                    tokens(expected, actual, *tolerance, loose).is_ok()
                }
                _ => false,
            };
            Judgement::Wrong {
                message,
                presentation,
            }
        }
    }
}

/// The bytes [`show`] looks at: every character takes at most 4 bytes (and every replaced
/// invalid sequence at least 1), so 62 × 4 bytes hold the 60 shown and tell whether more follow.
const SHOWN_BYTES: usize = 62 * 4;

/// A short, printable rendering of a piece of output for messages.
fn show(bytes: &[u8]) -> String {
    let s = String::from_utf8_lossy(&bytes[..bytes.len().min(SHOWN_BYTES)]);
    let mut out: String = s.chars().take(60).flat_map(char::escape_debug).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    out
}

/// [`show`] of a range of a text.
fn show_range<T: Text>(t: &mut T, range: Range<usize>) -> String {
    show(&text::head(t, range, SHOWN_BYTES))
}

fn exact<E: Text, A: Text>(expected: &mut E, actual: &mut A) -> Result<(), String> {
    let (e_len, a_len) = (expected.len(), actual.len());
    let at = text::first_difference(expected, 0..e_len, actual, 0..a_len, false);
    if at.is_none() && e_len == a_len {
        return Ok(());
    }
    let at = at.unwrap_or(e_len.min(a_len));
    let line = text::count(expected, 0..at, b'\n') + 1;
    Err(format!(
        "byte {} (line {line}) differs: output is {a_len} bytes, expected {e_len}",
        at + 1,
    ))
}

/// The lines of `text` with `\r` and trailing spaces removed and trailing blank lines dropped.
pub fn normalized_lines(text: &[u8]) -> Vec<&[u8]> {
    let mut t = text;
    let mut lines = LazyLines::new(&mut t);
    std::iter::from_fn(|| lines.next(&mut t))
        .map(|r| &text[r])
        .collect()
}

/// Whether a byte is dropped at the end of a line by [`normalized_lines`].
fn is_line_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r')
}

/// The normalised lines of a text, as ranges, one at a time: the text is first cut after its
/// last byte that is not whitespace, which drops the trailing blank lines, and each line is
/// trimmed as it is read.
struct LazyLines {
    pos: usize,
    /// The end of the text without its trailing whitespace.
    end: usize,
    done: bool,
}

impl LazyLines {
    fn new<T: Text>(t: &mut T) -> LazyLines {
        let end = text::rscan(t, t.len(), |b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n'));
        // An all-blank text has no lines, not one empty line.
        LazyLines {
            pos: 0,
            end,
            done: end == 0,
        }
    }

    fn next<T: Text>(&mut self, t: &mut T) -> Option<Range<usize>> {
        if self.done {
            return None;
        }
        let start = self.pos;
        let (mut at, mut last) = (start, start);
        let nl = text::scan(t, start, self.end, |b| {
            if b == b'\n' {
                return true;
            }
            at += 1;
            if !is_line_space(b) {
                last = at;
            }
            false
        });
        if nl == self.end {
            self.done = true;
        } else {
            self.pos = nl + 1;
        }
        Some(start..last)
    }

    fn count<T: Text>(&mut self, t: &mut T) -> usize {
        std::iter::from_fn(|| self.next(t)).count()
    }
}

fn lines<E: Text, A: Text>(expected: &mut E, actual: &mut A) -> Result<(), String> {
    let mut e = LazyLines::new(expected);
    let mut a = LazyLines::new(actual);
    let mut i = 0;
    loop {
        match (e.next(expected), a.next(actual)) {
            (Some(x), Some(y)) => {
                if !text::eq_ranges(expected, x.clone(), actual, y.clone(), false) {
                    return Err(format!(
                        "line {}: expected `{}`, got `{}`",
                        i + 1,
                        show_range(expected, x),
                        show_range(actual, y)
                    ));
                }
            }
            (None, None) => return Ok(()),
            (Some(x), None) => {
                let shown = show_range(expected, x);
                let e_len = i + 1 + e.count(expected);
                return Err(format!(
                    "output ends after {i} lines, expected {e_len} (line {} is `{shown}`)",
                    i + 1,
                ));
            }
            (None, Some(y)) => {
                let shown = show_range(actual, y);
                let a_len = i + 1 + a.count(actual);
                return Err(format!(
                    "output has {a_len} lines, expected {i} (extra line {}: `{shown}`)",
                    i + 1,
                ));
            }
        }
        i += 1;
    }
}

/// Whitespace as C's `isspace` sees it (the ICPC default validator's definition): space, tab,
/// line feed, carriage return, form feed and vertical tab.
fn is_space(b: u8) -> bool {
    b.is_ascii_whitespace() || b == 0x0b
}

/// The tokens of a text, each with the whitespace before it, as ranges, read one at a time;
/// once they run out, `pos..` is the whitespace after the last.
struct SpacedTokens {
    pos: usize,
}

impl SpacedTokens {
    fn next<T: Text>(&mut self, t: &mut T) -> Option<(Range<usize>, Range<usize>)> {
        let len = t.len();
        let start = text::scan(t, self.pos, len, |b| !is_space(b));
        if start == len {
            return None;
        }
        let end = text::scan(t, start, len, is_space);
        let space = self.pos..start;
        self.pos = end;
        Some((space, start..end))
    }

    fn count<T: Text>(&mut self, t: &mut T) -> usize {
        std::iter::from_fn(|| self.next(t)).count()
    }
}

/// Tokens longer than this are never read as numbers (no number needs a kilobyte of digits).
const NUMBER_BYTES: usize = 1 << 10;

fn parse_number<T: Text>(t: &mut T, token: Range<usize>) -> Option<f64> {
    if token.len() > NUMBER_BYTES {
        return None;
    }
    let bytes = text::head(t, token, NUMBER_BYTES);
    let s = std::str::from_utf8(&bytes).ok()?;
    let v: f64 = s.parse().ok()?;
    v.is_finite().then_some(v)
}

fn tokens<E: Text, A: Text>(
    expected: &mut E,
    actual: &mut A,
    tol: Option<(f64, f64)>,
    rules: TokenRules,
) -> Result<(), String> {
    let mut e = SpacedTokens { pos: 0 };
    let mut a = SpacedTokens { pos: 0 };
    let mut i = 0;
    loop {
        let ((e_space, x), (a_space, y)) = match (e.next(expected), a.next(actual)) {
            (Some(x), Some(y)) => (x, y),
            (None, None) => break,
            (Some(_), None) => {
                let e_len = i + 1 + e.count(expected);
                return Err(format!("output has {i} tokens, expected {e_len}"));
            }
            (None, Some(_)) => {
                let a_len = i + 1 + a.count(actual);
                return Err(format!("output has {a_len} tokens, expected {i}"));
            }
        };
        i += 1;
        if rules.exact_whitespace
            && !text::eq_ranges(expected, e_space.clone(), actual, a_space.clone(), false)
        {
            return Err(format!(
                "whitespace before token {i}: expected `{}`, got `{}`",
                show_range(expected, e_space),
                show_range(actual, a_space)
            ));
        }
        if text::eq_ranges(expected, x.clone(), actual, y.clone(), rules.ignore_case) {
            continue;
        }
        if let Some((abs_tol, rel_tol)) = tol {
            if let (Some(xv), Some(yv)) = (
                parse_number(expected, x.clone()),
                parse_number(actual, y.clone()),
            ) {
                let diff = (xv - yv).abs();
                // Either tolerance suffices; an expected 0 is covered by the absolute one.
                if diff <= abs_tol || diff <= rel_tol * xv.abs() {
                    continue;
                }
                return Err(format!(
                    "token {i}: expected {}, got {} (difference {diff:.3e} exceeds absolute {abs_tol:e} and relative {rel_tol:e})",
                    show_range(expected, x),
                    show_range(actual, y)
                ));
            }
        }
        return Err(format!(
            "token {i}: expected `{}`, got `{}`",
            show_range(expected, x),
            show_range(actual, y)
        ));
    }
    let (e_rest, a_rest) = (e.pos..expected.len(), a.pos..actual.len());
    if rules.exact_whitespace
        && !text::eq_ranges(expected, e_rest.clone(), actual, a_rest.clone(), false)
    {
        return Err(format!(
            "whitespace after the last token: expected `{}`, got `{}`",
            show_range(expected, e_rest),
            show_range(actual, a_rest)
        ));
    }
    Ok(())
}

fn unordered_lines(expected: &[u8], actual: &[u8]) -> Result<(), String> {
    // Slices of the output, not copies of its lines.
    fn sorted(text: &[u8]) -> Vec<&[u8]> {
        let mut v: Vec<&[u8]> = normalized_lines(text)
            .into_iter()
            .filter(|l| !l.is_empty())
            .collect();
        v.sort_unstable();
        v
    }
    let e = sorted(expected);
    let a = sorted(actual);
    if e == a {
        return Ok(());
    }
    let mut missing = e.iter().filter(|l| a.binary_search(l).is_err());
    if let Some(m) = missing.next() {
        return Err(format!(
            "expected line `{}` is missing ({} lines, expected {})",
            show(m),
            a.len(),
            e.len()
        ));
    }
    let extra = a.iter().find(|l| e.binary_search(l).is_err());
    match extra {
        Some(x) => Err(format!("unexpected line `{}`", show(x))),
        None => Err(format!(
            "lines repeat a different number of times ({} lines, expected {})",
            a.len(),
            e.len()
        )),
    }
}

/// `unordered-lines` of texts too large to hold every line at once: the multiset of the
/// (normalised, non-blank) lines of each side is summarised by the sum of a keyed 128-bit hash
/// of its lines, overall and in [`BUCKETS`] buckets (by hash). Equal multisets have equal sums;
/// different ones differ but with a chance of 2^-128, and the keys are new in every run, so no
/// output can be made to collide on purpose. When they differ, a second pass collects the
/// distinct lines of the first [`EXAMINED_BUCKETS`] buckets that differ (one line in
/// [`BUCKETS`] each, on average) to say which line is missing or unexpected, in the order the
/// in-memory comparison says it. Memory: two bucket tables (2 MiB) and those buckets.
fn unordered_hashed<E: Text, A: Text>(expected: &mut E, actual: &mut A) -> Result<(), String> {
    use std::collections::HashMap;
    use std::hash::{BuildHasher, Hasher};
    let keys = (
        std::collections::hash_map::RandomState::new(),
        std::collections::hash_map::RandomState::new(),
    );
    fn line_hash<T: Text>(
        keys: &(impl BuildHasher, impl BuildHasher),
        t: &mut T,
        line: Range<usize>,
    ) -> u128 {
        let (mut h0, mut h1) = (keys.0.build_hasher(), keys.1.build_hasher());
        let mut pos = line.start;
        while pos < line.end {
            let c = t.chunk(pos);
            if c.is_empty() {
                break;
            }
            let c = &c[..c.len().min(line.end - pos)];
            h0.write(c);
            h1.write(c);
            pos += c.len();
        }
        h0.write_usize(line.len());
        h1.write_usize(line.len());
        (u128::from(h0.finish()) << 64) | u128::from(h1.finish())
    }
    fn summary<T: Text>(
        keys: &(impl BuildHasher, impl BuildHasher),
        t: &mut T,
    ) -> (usize, Vec<u128>) {
        let mut buckets = vec![0u128; BUCKETS];
        let mut n = 0;
        let mut lines = LazyLines::new(t);
        while let Some(l) = lines.next(t) {
            if l.is_empty() {
                continue;
            }
            let h = line_hash(keys, t, l);
            let b = &mut buckets[h as usize % BUCKETS];
            *b = b.wrapping_add(h);
            n += 1;
        }
        (n, buckets)
    }
    let (e_n, e_buckets) = summary(&keys, expected);
    let (a_n, a_buckets) = summary(&keys, actual);
    // The buckets that differ, the first EXAMINED_BUCKETS of them: a missing line may sit in
    // any of them (a bucket holding only lines that repeat differently may come first), and
    // together they hold a small share of the lines.
    let chosen: Vec<bool> = {
        let mut chosen = vec![false; BUCKETS];
        let differing = (0..BUCKETS).filter(|&b| e_buckets[b] != a_buckets[b]);
        let mut any = false;
        for b in differing.take(EXAMINED_BUCKETS) {
            chosen[b] = true;
            any = true;
        }
        if !any {
            return Ok(());
        }
        chosen
    };
    drop((e_buckets, a_buckets));
    // The distinct lines of those buckets: (times expected, times given, the line's start).
    let mut seen: HashMap<u128, (usize, usize, Vec<u8>)> = HashMap::new();
    fn collect<T: Text>(
        keys: &(impl BuildHasher, impl BuildHasher),
        t: &mut T,
        chosen: &[bool],
        seen: &mut HashMap<u128, (usize, usize, Vec<u8>)>,
        side: usize,
    ) {
        let mut lines = LazyLines::new(t);
        while let Some(l) = lines.next(t) {
            if l.is_empty() {
                continue;
            }
            let h = line_hash(keys, t, l.clone());
            if chosen[h as usize % BUCKETS] {
                let entry = seen
                    .entry(h)
                    .or_insert_with(|| (0, 0, text::head(t, l, SHOWN_BYTES)));
                if side == 0 {
                    entry.0 += 1;
                } else {
                    entry.1 += 1;
                }
            }
        }
    }
    collect(&keys, expected, &chosen, &mut seen, 0);
    collect(&keys, actual, &chosen, &mut seen, 1);
    let mut lines: Vec<&(usize, usize, Vec<u8>)> = seen.values().collect();
    lines.sort_by(|x, y| x.2.cmp(&y.2));
    if let Some(m) = lines.iter().find(|(e, a, _)| *e > 0 && *a == 0) {
        return Err(format!(
            "expected line `{}` is missing ({a_n} lines, expected {e_n})",
            show(&m.2)
        ));
    }
    match lines.iter().find(|(e, a, _)| *e == 0 && *a > 0) {
        Some(x) => Err(format!("unexpected line `{}`", show(&x.2))),
        None => Err(format!(
            "lines repeat a different number of times ({a_n} lines, expected {e_n})"
        )),
    }
}

/// The buckets of [`unordered_hashed`].
const BUCKETS: usize = 1 << 16;
/// How many differing buckets [`unordered_hashed`] looks into to name a line.
const EXAMINED_BUCKETS: usize = 64;

mod values {
    //! Comparing returned values (JSON) of function and design problems.

    use serde_json::Value;

    use super::{Comparison, Judgement};

    /// The tolerance for `double` values under `exact`, as LeetCode applies it.
    const DEFAULT_TOL: (f64, f64) = (1e-5, 1e-5);

    fn short(v: &Value) -> String {
        let s = serde_json::to_string(v).unwrap_or_default();
        if s.chars().count() > 120 {
            format!("{}…", s.chars().take(120).collect::<String>())
        } else {
            s
        }
    }

    fn numbers_equal(
        e: &serde_json::Number,
        a: &serde_json::Number,
        (abs, rel): (f64, f64),
    ) -> bool {
        if let (Some(x), Some(y)) = (e.as_i64(), a.as_i64()) {
            return x == y;
        }
        match (e.as_f64(), a.as_f64()) {
            (Some(x), Some(y)) => {
                let d = (x - y).abs();
                d <= abs || d <= rel * x.abs()
            }
            _ => false,
        }
    }

    /// The path to the first difference, with what differs there.
    fn first_difference(e: &Value, a: &Value, tol: (f64, f64), path: &str) -> Option<String> {
        let here = || {
            let at = if path.is_empty() {
                String::new()
            } else {
                format!("at {path}: ")
            };
            Some(format!("{at}expected {}, got {}", short(e), short(a)))
        };
        match (e, a) {
            (Value::Number(x), Value::Number(y)) => {
                (!numbers_equal(x, y, tol)).then(here).flatten()
            }
            (Value::Array(xs), Value::Array(ys)) => {
                for (i, (x, y)) in xs.iter().zip(ys).enumerate() {
                    if let Some(d) = first_difference(x, y, tol, &format!("{path}[{i}]")) {
                        return Some(d);
                    }
                }
                if xs.len() != ys.len() {
                    let at = if path.is_empty() {
                        String::new()
                    } else {
                        format!("at {path}: ")
                    };
                    return Some(format!(
                        "{at}expected a list of {} element(s), got {}: expected {}, got {}",
                        xs.len(),
                        ys.len(),
                        short(e),
                        short(a)
                    ));
                }
                None
            }
            _ => (e != a).then(here).flatten(),
        }
    }

    /// Sorts lists so that equal multisets look equal: the top level, or every level.
    fn canonical(v: &Value, nested: bool, top: bool) -> Value {
        match v {
            Value::Array(items) if top || nested => {
                let mut items: Vec<Value> =
                    items.iter().map(|x| canonical(x, nested, false)).collect();
                items.sort_by_cached_key(|x| serde_json::to_string(x).unwrap_or_default());
                Value::Array(items)
            }
            other => other.clone(),
        }
    }

    fn tolerance(mode: &Comparison) -> (f64, f64) {
        match mode {
            Comparison::Float { abs_tol, rel_tol } => (*abs_tol, *rel_tol),
            _ => DEFAULT_TOL,
        }
    }

    /// Compares a returned value with the expected one.
    pub fn compare_values(mode: &Comparison, expected: &Value, actual: &Value) -> Judgement {
        let tol = tolerance(mode);
        let (e, a) = match mode {
            Comparison::AnyOrder | Comparison::AnyOrderNested => {
                let nested = matches!(mode, Comparison::AnyOrderNested);
                (
                    canonical(expected, nested, true),
                    canonical(actual, nested, true),
                )
            }
            _ => (expected.clone(), actual.clone()),
        };
        match first_difference(&e, &a, tol, "") {
            None => Judgement::Accepted,
            Some(mut message) => {
                if !matches!(mode, Comparison::Exact | Comparison::Float { .. }) {
                    message.push_str(&format!(" (compared as {})", mode.name()));
                }
                Judgement::Wrong {
                    message,
                    presentation: false,
                }
            }
        }
    }

    /// Call `i` as a message names it: `call 3: get(2)`.
    pub fn describe_call(i: usize, name: &str, args: &[Value]) -> String {
        let rendered: Vec<String> = args.iter().map(short).collect();
        format!("call {i}: {name}({})", rendered.join(", "))
    }

    /// Compares the returns of a design test call by call; the message names the first call
    /// that diverges, as `call(i)` describes it ([`describe_call`]: its index and arguments).
    pub fn compare_design(
        mode: &Comparison,
        expected: &[Value],
        actual: &[Value],
        call: impl Fn(usize) -> String,
    ) -> Judgement {
        for (i, e) in expected.iter().enumerate() {
            let call = || call(i);
            let Some(a) = actual.get(i) else {
                return Judgement::Wrong {
                    message: format!(
                        "{}: no result (only {} of {} calls returned)",
                        call(),
                        actual.len(),
                        expected.len()
                    ),
                    presentation: false,
                };
            };
            if let Judgement::Wrong { message, .. } = compare_values(mode, e, a) {
                return Judgement::Wrong {
                    message: format!("{}: {message}", call()),
                    presentation: false,
                };
            }
        }
        if actual.len() > expected.len() {
            return Judgement::Wrong {
                message: format!("{} results for {} calls", actual.len(), expected.len()),
                presentation: false,
            };
        }
        Judgement::Accepted
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_exact_any_order_and_nested() {
        let ok = |m: &Comparison, e: serde_json::Value, a: serde_json::Value| {
            compare_values(m, &e, &a).is_accepted()
        };
        assert!(ok(&Comparison::Exact, json!([0, 1]), json!([0, 1])));
        assert!(!ok(&Comparison::Exact, json!([0, 1]), json!([1, 0])));
        assert!(ok(&Comparison::AnyOrder, json!([0, 1]), json!([1, 0])));
        assert!(!ok(
            &Comparison::AnyOrder,
            json!([0, 1, 1]),
            json!([1, 0, 0])
        ));
        assert!(!ok(
            &Comparison::AnyOrder,
            json!([["a", "b"]]),
            json!([["b", "a"]])
        ));
        assert!(ok(
            &Comparison::AnyOrderNested,
            json!([["a", "b"], ["c"]]),
            json!([["c"], ["b", "a"]])
        ));
        assert!(ok(&Comparison::Exact, json!(2.5), json!(2.500001)));
        assert!(!ok(&Comparison::Exact, json!(2.5), json!(2.6)));
        assert!(!ok(&Comparison::Exact, json!(3), json!(4)));
        assert!(ok(&Comparison::Exact, json!(2), json!(2.0)));
        assert!(!ok(&Comparison::Exact, json!(true), json!(1)));
        assert!(!ok(&Comparison::Exact, json!(null), json!([])));
        let j = compare_values(&Comparison::Exact, &json!([1, [2, 3]]), &json!([1, [2, 4]]));
        assert!(
            matches!(&j, Judgement::Wrong { message, .. } if message.starts_with("at [1][1]: expected 3, got 4")),
            "{j:?}"
        );
    }

    #[test]
    fn design_names_the_first_diverging_call() {
        let calls: Vec<String> = ["LRUCache", "put", "get", "get"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let args = [
            vec![json!(2)],
            vec![json!(1), json!(1)],
            vec![json!(1)],
            vec![json!(2)],
        ];
        let expected = vec![json!(null), json!(null), json!(1), json!(-1)];
        let call = |i: usize| describe_call(i, &calls[i], &args[i]);
        let good = compare_design(&Comparison::Exact, &expected, &expected, call);
        assert!(good.is_accepted());
        let bad = vec![json!(null), json!(null), json!(1), json!(2)];
        let j = compare_design(&Comparison::Exact, &expected, &bad, call);
        assert!(
            matches!(&j, Judgement::Wrong { message, .. } if message.starts_with("call 3: get(2): expected -1, got 2")),
            "{j:?}"
        );
    }

    fn ok(mode: &Comparison, e: &str, a: &str) -> bool {
        compare(mode, e.as_bytes(), a.as_bytes()).is_accepted()
    }

    #[test]
    fn lines_ignores_trailing_space_crlf_and_blank_lines() {
        let m = Comparison::Lines;
        assert!(ok(&m, "1\n2\n", "1  \r\n2\t\r\n\n\n"));
        assert!(ok(&m, "1\n2", "1\n2\n"));
        assert!(!ok(&m, "1\n2\n", "1\n 2\n"));
        assert!(!ok(&m, "1\n2\n", "1\n"));
        assert!(!ok(&m, "1\n", "1\n\n2\n"));
        assert!(ok(&m, "", "\n\n"));
    }

    #[test]
    fn presentation_error_when_only_whitespace_differs() {
        let j = compare(&Comparison::Lines, b"1\n2\n", b"1 2\n");
        assert!(
            matches!(
                j,
                Judgement::Wrong {
                    presentation: true,
                    ..
                }
            ),
            "{j:?}"
        );
        let j = compare(&Comparison::Lines, b"1\n2\n", b"1 3\n");
        assert!(
            matches!(
                j,
                Judgement::Wrong {
                    presentation: false,
                    ..
                }
            ),
            "{j:?}"
        );
        let j = compare(&Comparison::Exact, b"1\n", b"1 \n");
        assert!(
            matches!(
                j,
                Judgement::Wrong {
                    presentation: true,
                    ..
                }
            ),
            "{j:?}"
        );
    }

    #[test]
    fn exact_and_tokens() {
        assert!(ok(&Comparison::Exact, "a b\n", "a b\n"));
        assert!(!ok(&Comparison::Exact, "a b\n", "a b"));
        assert!(ok(&Comparison::Tokens, "a b\nc\n", "  a\n\tb c"));
        assert!(!ok(&Comparison::Tokens, "a b c", "a b"));
        assert!(!ok(&Comparison::Tokens, "a b", "a b c"));
    }

    #[test]
    fn float_tolerance_is_absolute_or_relative() {
        let m = Comparison::Float {
            abs_tol: 1e-6,
            rel_tol: 1e-6,
        };
        assert!(ok(&m, "0", "0.0000005"));
        assert!(ok(&m, "0.0", "-0.0000009"));
        assert!(!ok(&m, "0", "0.00001"));
        assert!(ok(&m, "1000000000000", "1000000100000"));
        assert!(!ok(&m, "1000000000000", "1000002000000"));
        assert!(ok(&m, "0.333333333", "0.3333333"));
        assert!(ok(&m, "yes 1.5", "yes 1.5000001"));
        assert!(!ok(&m, "yes 1.5", "no 1.5"));
        assert!(!ok(&m, "1.5", "nan"));
        assert!(!ok(&m, "1.5", "inf"));
        assert!(!ok(&m, "1.5 2", "1.5"));
    }

    #[test]
    fn ignore_case_matches_ascii_letters_only() {
        let m = Comparison::TokensWith {
            rules: TokenRules {
                ignore_case: true,
                exact_whitespace: false,
            },
            tolerance: None,
        };
        assert_eq!(m.name(), "tokens");
        assert!(ok(&m, "Yes\nIMPOSSIBLE\n", "yes impossible"));
        assert!(ok(&m, "ÉTÉ", "ÉTÉ"));
        assert!(!ok(&m, "ÉTÉ", "éTÉ"), "only ASCII letters fold");
        assert!(!ok(&m, "yes", "yes no"));
        assert!(
            !ok(&Comparison::Tokens, "Yes", "yes"),
            "plain tokens keep case"
        );
        // Whitespace is still free, and vertical tab is whitespace as in C's isspace.
        assert!(ok(&m, "a b", "A\x0bB\n\n"));
    }

    #[test]
    fn float_with_ignore_case_compares_numbers_and_words() {
        let m = Comparison::TokensWith {
            rules: TokenRules {
                ignore_case: true,
                exact_whitespace: false,
            },
            tolerance: Some((1e-6, 0.0)),
        };
        assert_eq!(m.name(), "float");
        assert!(ok(&m, "IMPOSSIBLE 3.1415926", "impossible 3.14159265"));
        assert!(!ok(&m, "IMPOSSIBLE 3.1415926", "impossible 3.1416"));
        assert!(!ok(&m, "1e12", "1.000001e12"), "no relative tolerance");
        assert!(!ok(&m, "1.5", "one"));
    }

    #[test]
    fn exact_whitespace_compares_every_space_run() {
        let m = Comparison::TokensWith {
            rules: TokenRules {
                ignore_case: true,
                exact_whitespace: true,
            },
            tolerance: Some((1e-3, 1e-3)),
        };
        assert!(ok(&m, "A 1.0\nb\n", "a 1.0001\nB\n"));
        for bad in [
            "a 1.0\nb",
            "a 1.0\nb\n\n",
            "a  1.0\nb\n",
            " a 1.0\nb\n",
            "a 1.0 b\n",
        ] {
            let j = compare(&m, b"A 1.0\nb\n", bad.as_bytes());
            assert!(
                matches!(
                    &j,
                    Judgement::Wrong {
                        presentation: true,
                        message
                    } if message.contains("whitespace")
                ),
                "{bad:?}: {j:?}"
            );
        }
        let j = compare(&m, b"a 1\n", b"a 2\n");
        assert!(
            matches!(
                j,
                Judgement::Wrong {
                    presentation: false,
                    ..
                }
            ),
            "{j:?}"
        );
    }

    #[test]
    fn unordered_lines_is_a_multiset() {
        let m = Comparison::UnorderedLines;
        assert!(ok(&m, "a\nb\nc\n", "c\na \nb\n\n"));
        assert!(!ok(&m, "a\nb\n", "a\na\n"));
        assert!(!ok(&m, "a\na\nb\n", "a\nb\nb\n"));
        assert!(!ok(&m, "a\n", "a\nb\n"));
    }

    /// The definition the lazy lines must keep: split, trim each line, drop trailing blanks.
    fn collected_lines(text: &[u8]) -> Vec<&[u8]> {
        let mut lines: Vec<&[u8]> = text
            .split(|&b| b == b'\n')
            .map(|l| {
                let end = l
                    .iter()
                    .rposition(|&b| !matches!(b, b' ' | b'\t' | b'\r'))
                    .map_or(0, |p| p + 1);
                &l[..end]
            })
            .collect();
        while lines.last().is_some_and(|l| l.is_empty()) {
            lines.pop();
        }
        lines
    }

    #[test]
    fn lazy_lines_are_the_normalized_lines() {
        for text in [
            "",
            "\n",
            "\n\n \t\r\n",
            "a",
            "a\n",
            "a \r\n\n",
            "\na",
            " a\n\n b \n\t\n",
            "a\r\rb\r\n",
            "x\n\n\ny",
            "\r",
            " \n x",
        ] {
            assert_eq!(
                normalized_lines(text.as_bytes()),
                collected_lines(text.as_bytes()),
                "{text:?}"
            );
        }
    }

    /// `n` lines `1` and then `last`, as one huge output.
    fn huge(n: usize, last: &str) -> Vec<u8> {
        let mut v = b"1\n".repeat(n);
        v.extend_from_slice(last.as_bytes());
        v
    }

    fn message(j: Judgement) -> String {
        match j {
            Judgement::Wrong { message, .. } => message,
            Judgement::Accepted => panic!("accepted"),
        }
    }

    #[test]
    fn huge_outputs_compare_lazily_to_the_end() {
        const N: usize = 1_000_000;
        let expected = huge(N, "2\n");
        let float = Comparison::Float {
            abs_tol: 1e-9,
            rel_tol: 0.0,
        };
        let exact_ws = Comparison::TokensWith {
            rules: TokenRules {
                ignore_case: false,
                exact_whitespace: true,
            },
            tolerance: None,
        };
        for mode in [
            Comparison::Lines,
            Comparison::Exact,
            Comparison::Tokens,
            float.clone(),
            exact_ws.clone(),
        ] {
            assert!(
                compare(&mode, &expected, &expected).is_accepted(),
                "{mode:?}"
            );
        }
        assert!(compare(&Comparison::Lines, &expected, &huge(N, "2 \r\n\n\n")).is_accepted());
        assert!(compare(&Comparison::Tokens, &expected, &huge(N, "2")).is_accepted());
        // The last line or token differs.
        let last = format!("line {}: expected `2`, got `3`", N + 1);
        assert_eq!(
            message(compare(&Comparison::Lines, &expected, &huge(N, "3\n"))),
            last
        );
        let last = format!("token {}: expected `2`, got `3`", N + 1);
        assert_eq!(
            message(compare(&Comparison::Tokens, &expected, &huge(N, "3\n"))),
            last
        );
        assert!(message(compare(&float, &expected, &huge(N, "2.1\n")))
            .starts_with(&format!("token {}: expected 2, got 2.1 (difference", N + 1)));
        assert_eq!(
            message(compare(&Comparison::Exact, &expected, &huge(N, "3\n"))),
            format!(
                "byte {} (line {}) differs: output is {} bytes, expected {}",
                2 * N + 1,
                N + 1,
                2 * N + 2,
                2 * N + 2
            )
        );
        assert_eq!(
            message(compare(&exact_ws, &expected, &huge(N, "2"))),
            "whitespace after the last token: expected `\\n`, got ``"
        );
        // One side ends early or goes on: the counts are of the whole outputs.
        let short = huge(N, "");
        assert_eq!(
            message(compare(&Comparison::Lines, &expected, &short)),
            format!(
                "output ends after {N} lines, expected {} (line {} is `2`)",
                N + 1,
                N + 1
            )
        );
        assert_eq!(
            message(compare(&Comparison::Lines, &short, &expected)),
            format!(
                "output has {} lines, expected {N} (extra line {}: `2`)",
                N + 1,
                N + 1
            )
        );
        assert_eq!(
            message(compare(&Comparison::Tokens, &expected, &short)),
            format!("output has {N} tokens, expected {}", N + 1)
        );
        assert_eq!(
            message(compare(&Comparison::Tokens, &b"1\n".repeat(3), &expected)),
            format!("output has {} tokens, expected 3", N + 1)
        );
        // Right but for whitespace, found without collecting the tokens either.
        let j = compare(
            &Comparison::Lines,
            &expected,
            &[b"1 ".repeat(N), b"2".to_vec()].concat(),
        );
        assert!(
            matches!(
                j,
                Judgement::Wrong {
                    presentation: true,
                    ..
                }
            ),
            "{j:?}"
        );
    }

    fn file(bytes: &[u8]) -> text::FileText {
        use std::io::Write;
        let mut f = tempfile::tempfile().unwrap();
        f.write_all(bytes).unwrap();
        text::FileText::new(Arc::new(f)).unwrap()
    }

    #[test]
    fn files_are_judged_as_their_bytes() {
        let float = Comparison::Float {
            abs_tol: 1e-6,
            rel_tol: 0.0,
        };
        let strict = Comparison::TokensWith {
            rules: TokenRules {
                ignore_case: true,
                exact_whitespace: true,
            },
            tolerance: Some((1e-3, 1e-3)),
        };
        let modes = [
            Comparison::Lines,
            Comparison::Exact,
            Comparison::Tokens,
            float,
            strict,
        ];
        let pairs: &[(&str, &str)] = &[
            ("1\n2\n3\n", "1\n2\n3\n"),
            ("1\n2\n3\n", "1\n2 \r\n3\n\n \n"),
            ("1\n2\n3\n", "1\n2\n4\n"),
            ("1\n2\n3\n", "1\n2\n"),
            ("1\n2\n", "1\n2\n3 4\n"),
            ("", "\n\n"),
            ("a b", "a  b"),
            ("A 1.0\nb\n", "a 1.0001\nB\n"),
            ("3.1415926", "3.14159265"),
            ("x\n", "\u{ff}\n"),
        ];
        for mode in &modes {
            for (e, a) in pairs {
                let want = compare(mode, e.as_bytes(), a.as_bytes());
                let got = compare_text(mode, &mut file(e.as_bytes()), &mut file(a.as_bytes()));
                assert_eq!(got, want, "{mode:?} {e:?} {a:?}");
                let got = compare_text(mode, &mut e.as_bytes(), &mut file(a.as_bytes()));
                assert_eq!(got, want, "{mode:?} {e:?} {a:?}");
            }
        }
        // A line longer than the window, equal but for trailing spaces, then one that differs.
        let long = "7".repeat(200_000);
        let e = format!("{long}\n{long}\n");
        let a = format!("{long}   \n{long}8\n");
        let got = compare_text(
            &Comparison::Lines,
            &mut file(e.as_bytes()),
            &mut file(a.as_bytes()),
        );
        assert_eq!(got, compare(&Comparison::Lines, e.as_bytes(), a.as_bytes()));
        assert!(message(got).starts_with("line 2: expected `7777"));
    }

    #[test]
    fn unordered_lines_of_files_compare_by_hash() {
        let m = Comparison::UnorderedLines;
        let judge =
            |e: &str, a: &str| compare_text(&m, &mut file(e.as_bytes()), &mut file(a.as_bytes()));
        assert!(judge("a\nb\nc\n", "c\na \nb\n\n").is_accepted());
        for (e, a) in [
            ("a\nb\n", "a\na\n"),
            ("a\na\nb\n", "a\nb\nb\n"),
            ("a\n", "a\nb\n"),
            ("a\na\n", "a\n"),
        ] {
            assert_eq!(
                judge(e, a),
                compare(&m, e.as_bytes(), a.as_bytes()),
                "{e:?} {a:?}"
            );
        }
        // Many lines, one swapped for another.
        let e: String = (0..100_000).map(|i| format!("{i}\n")).collect();
        let a = e.replace("\n777\n", "\nx\n");
        assert!(judge(
            &e,
            &e.lines()
                .rev()
                .map(|l| format!("{l}\n"))
                .collect::<String>()
        )
        .is_accepted());
        assert_eq!(
            message(judge(&e, &a)),
            "expected line `777` is missing (100000 lines, expected 100000)"
        );
    }

    #[test]
    fn a_huge_line_is_shown_cut() {
        let line = vec![0xffu8; 50_000_000];
        let m = message(compare(&Comparison::Lines, b"1\n", &line));
        assert_eq!(
            m,
            format!("line 1: expected `1`, got `{}…`", "\u{fffd}".repeat(60))
        );
    }
}
