//! The shrinker: from a failing input, smaller inputs to try ([`candidates`]), and the greedy
//! loop that keeps the first smaller one that still fails ([`greedy`]).
//!
//! Candidates come biggest step first: remove half of a list, then a quarter, ..., then one
//! element; prune a tree's subtrees; shorten strings; then move numbers toward 0. Inputs are the
//! text a generator prints: stdin text for stdio problems (shrunk by lines and tokens), the
//! JSON object of the arguments for function problems, `{"calls", "args"}` for design problems.
//! Whether a candidate is valid is not decided here: the caller runs the problem's input
//! validator, and counts in a header line that a removal breaks are offered fixed as well.

use std::collections::HashSet;
use std::hash::Hash;

use serde_json::Value;

/// What an input is, for shrinking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    /// Lines of whitespace-separated tokens (stdio problems).
    Text,
    /// A JSON object of arguments; the keys listed are trees written in level order.
    Arguments { trees: Vec<String> },
    /// `{"calls": [...], "args": [...]}`: the first call (the constructor) stays.
    Calls,
}

/// How a greedy shrink ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shrunk<T> {
    pub value: T,
    /// Smaller failing inputs taken, one after another.
    pub steps: usize,
    /// Candidates tried.
    pub tried: usize,
    /// No candidate of `value` fails: a local minimum (false: stopped by the time budget).
    pub minimal: bool,
}

/// Greedy shrinking: try the candidates of the current input in order, in batches (2, then 4,
/// then `batch`), and move to the first that fails; stop when none does or `out_of_time` says
/// so. `fails` answers for a batch at once, so the caller can run it in parallel.
pub fn greedy<T, E>(
    start: T,
    candidates: impl Fn(&T) -> Vec<T>,
    mut fails: impl FnMut(&[T]) -> Result<Vec<bool>, E>,
    batch: usize,
    mut out_of_time: impl FnMut() -> bool,
) -> Result<Shrunk<T>, E>
where
    T: Clone + Eq + Hash,
{
    let mut seen: HashSet<T> = HashSet::new();
    seen.insert(start.clone());
    let mut current = start;
    let (mut steps, mut tried) = (0, 0);
    'outer: loop {
        let fresh: Vec<T> = candidates(&current)
            .into_iter()
            .filter(|c| seen.insert(c.clone()))
            .collect();
        let mut at = 0;
        let mut size = 2.min(batch.max(1));
        while at < fresh.len() {
            if out_of_time() {
                return Ok(Shrunk {
                    value: current,
                    steps,
                    tried,
                    minimal: false,
                });
            }
            let chunk = &fresh[at..(at + size).min(fresh.len())];
            let answers = fails(chunk)?;
            tried += chunk.len();
            if let Some(i) = answers.iter().position(|&f| f) {
                current = chunk[i].clone();
                steps += 1;
                continue 'outer;
            }
            at += chunk.len();
            size = (size * 2).min(batch.max(1));
        }
        return Ok(Shrunk {
            value: current,
            steps,
            tried,
            minimal: true,
        });
    }
}

/// Smaller inputs than `input`, biggest steps first. An input that does not parse as its shape
/// says (a generator that printed something else) has none.
pub fn candidates(input: &str, shape: &Shape) -> Vec<String> {
    match shape {
        Shape::Text => text_candidates(input),
        Shape::Arguments { trees } => match serde_json::from_str::<Value>(input) {
            Ok(Value::Object(map)) => {
                let mut structural = Vec::new();
                let mut values = Vec::new();
                for (key, v) in &map {
                    let (s, n) = shrink_value(v, trees.contains(key));
                    let put = |c: Value| {
                        let mut m = map.clone();
                        m.insert(key.clone(), c);
                        Value::Object(m)
                    };
                    structural.extend(s.into_iter().map(|(w, c)| (w, put(c))));
                    values.extend(n.into_iter().map(put));
                }
                ordered(structural, values)
            }
            _ => Vec::new(),
        },
        Shape::Calls => match serde_json::from_str::<Value>(input) {
            Ok(v) => calls_candidates(&v),
            Err(_) => Vec::new(),
        },
    }
}

/// Structural candidates by the size of what they remove (largest first, stable), then the
/// smaller values; as compact JSON.
fn ordered(mut structural: Vec<(usize, Value)>, values: Vec<Value>) -> Vec<String> {
    structural.sort_by_key(|s| std::cmp::Reverse(s.0));
    structural
        .into_iter()
        .map(|(_, v)| v)
        .chain(values)
        .map(|v| v.to_string())
        .collect()
}

/// The ranges a list of `len` items can lose, largest first: halves, quarters, ..., single
/// items, each chunk size at every aligned position.
fn removals(len: usize) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut size = len;
    while size > 0 {
        let mut start = 0;
        while start < len {
            out.push(start..(start + size).min(len));
            start += size;
        }
        if size == 1 {
            break;
        }
        size /= 2;
    }
    out
}

/// Replacements for one value: (removed amount, structural candidate) and smaller values.
fn shrink_value(v: &Value, tree: bool) -> (Vec<(usize, Value)>, Vec<Value>) {
    let mut structural = Vec::new();
    let mut values = Vec::new();
    match v {
        Value::Array(items) if tree => {
            structural.extend(tree_candidates(items));
            for (i, item) in items.iter().enumerate() {
                for n in number_candidates(item) {
                    let mut copy = items.clone();
                    copy[i] = n;
                    values.push(Value::Array(copy));
                }
            }
        }
        Value::Array(items) => {
            for r in removals(items.len()) {
                let mut copy = items.clone();
                let removed = r.len();
                copy.drain(r);
                structural.push((removed, Value::Array(copy)));
            }
            for (i, item) in items.iter().enumerate() {
                let (s, n) = shrink_value(item, false);
                let put = |c: Value| {
                    let mut copy = items.clone();
                    copy[i] = c;
                    Value::Array(copy)
                };
                structural.extend(s.into_iter().map(|(w, c)| (w, put(c))));
                values.extend(n.into_iter().map(put));
            }
        }
        Value::String(s) => {
            let chars: Vec<char> = s.chars().collect();
            for r in removals(chars.len()) {
                let removed = r.len();
                let kept: String = chars
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| !r.contains(i))
                    .map(|(_, c)| *c)
                    .collect();
                structural.push((removed, Value::String(kept)));
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                let (s, n) = shrink_value(item, false);
                let put = |c: Value| {
                    let mut m = map.clone();
                    m.insert(key.clone(), c);
                    Value::Object(m)
                };
                structural.extend(s.into_iter().map(|(w, c)| (w, put(c))));
                values.extend(n.into_iter().map(put));
            }
        }
        Value::Bool(true) => values.push(Value::Bool(false)),
        Value::Number(_) => values.extend(number_candidates(v)),
        Value::Bool(false) | Value::Null => {}
    }
    (structural, values)
}

/// Numbers closer to 0: 0, 1 or -1, half, one step toward 0 (for small numbers), the opposite
/// of a negative number. Floats: 0, their integer part, half.
fn number_candidates(v: &Value) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    if let Some(i) = v.as_i64() {
        let mut push = |c: i64| {
            let c = Value::from(c);
            if c != *v && !out.contains(&c) {
                out.push(c);
            }
        };
        push(0);
        push(i.signum());
        push(i / 2);
        if i.unsigned_abs() <= 64 {
            push(i - i.signum());
        }
        if i < 0 {
            push(i.saturating_neg());
        }
    } else if let Some(f) = v.as_f64() {
        for c in [0.0, f.trunc(), f / 2.0] {
            if let Some(n) = serde_json::Number::from_f64(c) {
                let c = Value::Number(n);
                if c != *v && !out.contains(&c) {
                    out.push(c);
                }
            }
        }
    }
    out
}

/// A tree in LeetCode's level order: its nodes, each with its value and children.
struct Tree {
    values: Vec<Value>,
    children: Vec<[Option<usize>; 2]>,
}

impl Tree {
    fn decode(items: &[Value]) -> Option<Tree> {
        let mut tree = Tree {
            values: Vec::new(),
            children: Vec::new(),
        };
        let first = items.first()?;
        if first.is_null() {
            return None;
        }
        tree.values.push(first.clone());
        tree.children.push([None, None]);
        let mut queue = std::collections::VecDeque::from([0usize]);
        let mut next = 1;
        while let Some(node) = queue.pop_front() {
            for side in 0..2 {
                let Some(item) = items.get(next) else {
                    return Some(tree);
                };
                next += 1;
                if !item.is_null() {
                    let id = tree.values.len();
                    tree.values.push(item.clone());
                    tree.children.push([None, None]);
                    tree.children[node][side] = Some(id);
                    queue.push_back(id);
                }
            }
        }
        Some(tree)
    }

    /// Level order from `root`, with nulls for missing children and none at the end.
    fn encode(&self, root: Option<usize>) -> Vec<Value> {
        let mut out = Vec::new();
        let Some(root) = root else { return out };
        let mut queue = std::collections::VecDeque::from([Some(root)]);
        while let Some(slot) = queue.pop_front() {
            match slot {
                None => out.push(Value::Null),
                Some(n) => {
                    out.push(self.values[n].clone());
                    queue.push_back(self.children[n][0]);
                    queue.push_back(self.children[n][1]);
                }
            }
        }
        while out.last().is_some_and(Value::is_null) {
            out.pop();
        }
        out
    }

    fn size(&self, node: Option<usize>) -> usize {
        node.map_or(0, |n| {
            1 + self.size(self.children[n][0]) + self.size(self.children[n][1])
        })
    }

    /// The tree with the child link `side` of `parent` set to `to`.
    fn relinked(&self, parent: usize, side: usize, to: Option<usize>) -> Tree {
        let mut children = self.children.clone();
        children[parent][side] = to;
        Tree {
            values: self.values.clone(),
            children,
        }
    }
}

/// Smaller trees: the empty tree, a subtree in place of the root, each subtree removed, each
/// node replaced by one of its children.
fn tree_candidates(items: &[Value]) -> Vec<(usize, Value)> {
    let Some(tree) = Tree::decode(items) else {
        return Vec::new();
    };
    let total = tree.size(Some(0));
    let mut out = vec![(total, Value::Array(Vec::new()))];
    for side in 0..2 {
        if let Some(c) = tree.children[0][side] {
            out.push((
                total - tree.size(Some(c)),
                Value::Array(tree.encode(Some(c))),
            ));
        }
    }
    for parent in 0..tree.values.len() {
        for side in 0..2 {
            let Some(child) = tree.children[parent][side] else {
                continue;
            };
            let cut = tree.relinked(parent, side, None);
            out.push((tree.size(Some(child)), Value::Array(cut.encode(Some(0)))));
            for grand in tree.children[child].iter().flatten() {
                let hoisted = tree.relinked(parent, side, Some(*grand));
                let removed = tree.size(Some(child)) - tree.size(Some(*grand));
                out.push((removed, Value::Array(hoisted.encode(Some(0)))));
            }
        }
    }
    out
}

/// Design inputs: calls removed (with their arguments; never the constructor), then smaller
/// arguments.
fn calls_candidates(v: &Value) -> Vec<String> {
    let (Some(calls), Some(args)) = (
        v.get("calls").and_then(Value::as_array),
        v.get("args").and_then(Value::as_array),
    ) else {
        return Vec::new();
    };
    if calls.len() != args.len() || calls.is_empty() {
        return Vec::new();
    }
    let build =
        |calls: Vec<Value>, args: Vec<Value>| serde_json::json!({"calls": calls, "args": args});
    let mut structural = Vec::new();
    for r in removals(calls.len() - 1) {
        let r = (r.start + 1)..(r.end + 1);
        let keep = |list: &Vec<Value>| -> Vec<Value> {
            list.iter()
                .enumerate()
                .filter(|(i, _)| !r.contains(i))
                .map(|(_, x)| x.clone())
                .collect()
        };
        structural.push((r.len(), build(keep(calls), keep(args))));
    }
    let mut values = Vec::new();
    for (i, a) in args.iter().enumerate() {
        let (s, n) = shrink_value(a, false);
        let put = |c: Value| {
            let mut copy = args.clone();
            copy[i] = c;
            build(calls.clone(), copy)
        };
        structural.extend(s.into_iter().map(|(w, c)| (w, put(c))));
        values.extend(n.into_iter().map(put));
    }
    ordered(structural, values)
}

/// Stdin text: lines removed, tokens removed, integers made smaller. A removal of k lines or
/// k tokens is also offered with one integer of an earlier short line (a header such as `n q`)
/// lowered by k, since such counts must follow the data.
fn text_candidates(text: &str) -> Vec<String> {
    let newline_at_end = text.ends_with('\n');
    let lines: Vec<Vec<String>> = text
        .lines()
        .map(|l| l.split_whitespace().map(str::to_string).collect())
        .collect();
    let render = |lines: &[Vec<String>]| {
        let mut s = lines
            .iter()
            .map(|l| l.join(" "))
            .collect::<Vec<_>>()
            .join("\n");
        if newline_at_end {
            s.push('\n');
        }
        s
    };
    // Integers of the short lines before `line` that could count what follows: (line, token).
    let counts_before = |lines: &[Vec<String>], line: usize| -> Vec<(usize, usize)> {
        (0..line)
            .filter(|&l| lines[l].len() <= 4)
            .flat_map(|l| (0..lines[l].len()).map(move |t| (l, t)))
            .filter(|&(l, t)| lines[l][t].parse::<u64>().is_ok())
            .collect()
    };
    let mut structural: Vec<(usize, String)> = Vec::new();
    let mut with_fixes = |lines: Vec<Vec<String>>, from_line: usize, k: usize, weight: usize| {
        structural.push((weight, render(&lines)));
        for (l, t) in counts_before(&lines, from_line) {
            let v: u64 = lines[l][t].parse().expect("checked");
            if v >= k as u64 {
                let mut fixed = lines.clone();
                fixed[l][t] = (v - k as u64).to_string();
                structural.push((weight, render(&fixed)));
            }
        }
    };
    for r in removals(lines.len()) {
        let removed: usize = lines[r.clone()].iter().map(|l| l.len().max(1)).sum();
        let mut copy = lines.clone();
        let (start, k) = (r.start, r.len());
        copy.drain(r);
        with_fixes(copy, start, k, removed);
    }
    for (li, line) in lines.iter().enumerate() {
        if line.len() < 2 {
            continue;
        }
        for r in removals(line.len()) {
            if r.len() == line.len() {
                continue; // the whole line: a line removal
            }
            let mut copy = lines.clone();
            let k = r.len();
            copy[li].drain(r);
            with_fixes(copy, li, k, k);
        }
    }
    structural.sort_by_key(|s| std::cmp::Reverse(s.0));
    let mut out: Vec<String> = structural.into_iter().map(|(_, s)| s).collect();
    for (li, line) in lines.iter().enumerate() {
        for (ti, token) in line.iter().enumerate() {
            let Ok(v) = token.parse::<i64>() else {
                continue;
            };
            for c in number_candidates(&Value::from(v)) {
                let mut copy = lines.clone();
                copy[li][ti] = c.to_string();
                out.push(render(&copy));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the greedy shrinker with a plain predicate, as the stress test runs it with
    /// programs.
    fn shrink(start: &str, shape: Shape, fails: impl Fn(&str) -> bool) -> Shrunk<String> {
        let r: Result<_, ()> = greedy(
            start.to_string(),
            |s| candidates(s, &shape),
            |batch| Ok(batch.iter().map(|s| fails(s)).collect()),
            8,
            || false,
        );
        r.unwrap()
    }

    fn nums(v: &str) -> Vec<i64> {
        let v: Value = serde_json::from_str(v).unwrap();
        v["nums"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_i64().unwrap())
            .collect()
    }

    #[test]
    fn a_list_shrinks_to_the_elements_that_matter() {
        // Fails whenever 7 and a negative number are both in the list.
        let start = r#"{"nums":[3,9,-4,12,7,0,5,-8,7,2,11,6]}"#;
        let r = shrink(start, Shape::Arguments { trees: vec![] }, |s| {
            let n = nums(s);
            n.contains(&7) && n.iter().any(|&x| x < 0)
        });
        assert!(r.minimal);
        let mut n = nums(&r.value);
        n.sort();
        assert_eq!(n, vec![-1, 7]);
    }

    #[test]
    fn numbers_shrink_toward_a_threshold_not_below_it() {
        // An overflow-like predicate: fails while the sum passes 2^31 - 1.
        let start = r#"{"nums":[999999000,-5,999999999,3,999998500,17]}"#;
        let r = shrink(start, Shape::Arguments { trees: vec![] }, |s| {
            nums(s).iter().sum::<i64>() > i32::MAX as i64
        });
        let n = nums(&r.value);
        assert_eq!(n.len(), 3, "{n:?}");
        assert!(n.iter().sum::<i64>() > i32::MAX as i64);
        assert!(r.minimal);
    }

    #[test]
    fn other_arguments_and_strings_shrink_too() {
        let start = r#"{"s":"xxabcaxx","k":37}"#;
        let r = shrink(start, Shape::Arguments { trees: vec![] }, |s| {
            let v: Value = serde_json::from_str(s).unwrap();
            let text = v["s"].as_str().unwrap();
            text.matches('a').count() >= 2 && v["k"].as_i64().unwrap() > 2
        });
        let v: Value = serde_json::from_str(&r.value).unwrap();
        assert_eq!(v["s"], "aa");
        assert_eq!(v["k"], 3);
    }

    #[test]
    fn trees_are_pruned_as_trees() {
        // Fails while some node has the value 5 as a left child.
        let start = r#"{"root":[1,2,3,5,4,null,6,null,null,7,8,5]}"#;
        let shape = Shape::Arguments {
            trees: vec!["root".to_string()],
        };
        let has_left_five = |s: &str| {
            let v: Value = serde_json::from_str(s).unwrap();
            let items = v["root"].as_array().unwrap().clone();
            let Some(t) = Tree::decode(&items) else {
                return false;
            };
            t.children
                .iter()
                .any(|c| c[0].is_some_and(|l| t.values[l] == 5))
        };
        assert!(has_left_five(start));
        let r = shrink(start, shape, has_left_five);
        let v: Value = serde_json::from_str(&r.value).unwrap();
        assert_eq!(v["root"], serde_json::json!([0, 5]));
    }

    #[test]
    fn level_order_round_trips() {
        let items: Vec<Value> = serde_json::from_str("[1,2,3,null,4,null,5,6]").unwrap();
        let t = Tree::decode(&items).unwrap();
        assert_eq!(Value::Array(t.encode(Some(0))), Value::Array(items));
    }

    #[test]
    fn stdin_lines_and_counts_shrink_together() {
        // `n q`, n values, q queries; fails while some query covers a value above 100. Halving
        // 300 gives 150, and 75 no longer fails.
        let start = "6 3\n5 300 7 150 2 9\n1 2\n3 4\n5 6\n";
        type Parsed = (Vec<i64>, Vec<(usize, usize)>);
        let valid = |s: &str| -> Option<Parsed> {
            let lines: Vec<&str> = s.lines().collect();
            let head: Vec<usize> = lines
                .first()?
                .split_whitespace()
                .map(|t| t.parse().ok())
                .collect::<Option<_>>()?;
            let (n, q) = (*head.first()?, *head.get(1)?);
            let values: Vec<i64> = lines
                .get(1)?
                .split_whitespace()
                .map(|t| t.parse().ok())
                .collect::<Option<_>>()?;
            if n < 1 || q < 1 || values.len() != n || lines.len() != 2 + q {
                return None;
            }
            let mut queries = Vec::new();
            for l in &lines[2..] {
                let p: Vec<usize> = l
                    .split_whitespace()
                    .map(|t| t.parse().ok())
                    .collect::<Option<_>>()?;
                if p.len() != 2 || p[0] < 1 || p[0] > p[1] || p[1] > n {
                    return None;
                }
                queries.push((p[0], p[1]));
            }
            Some((values, queries))
        };
        let r = shrink(start, Shape::Text, |s| {
            valid(s).is_some_and(|(v, qs)| {
                qs.iter()
                    .any(|&(l, r)| v[l - 1..r].iter().any(|&x| x > 100))
            })
        });
        assert_eq!(r.value, "1 1\n150\n1 1\n");
        assert!(r.minimal);
    }

    #[test]
    fn design_calls_lose_calls_with_their_arguments() {
        let start =
            r#"{"calls":["Stack","push","push","pop","push","top"],"args":[[],[4],[9],[],[7],[]]}"#;
        // Fails while a push of a number above 5 is followed by a pop.
        let r = shrink(start, Shape::Calls, |s| {
            let v: Value = serde_json::from_str(s).unwrap();
            let calls = v["calls"].as_array().unwrap();
            let args = v["args"].as_array().unwrap();
            calls[0] == "Stack"
                && (1..calls.len()).any(|i| {
                    calls[i] == "push"
                        && args[i]
                            .get(0)
                            .and_then(Value::as_i64)
                            .is_some_and(|x| x > 5)
                        && calls[i + 1..].iter().any(|c| c == "pop")
                })
        });
        assert_eq!(
            r.value,
            r#"{"args":[[],[6],[]],"calls":["Stack","push","pop"]}"#
        );
    }

    #[test]
    fn the_time_budget_stops_shrinking() {
        let mut calls = 0;
        let r: Result<_, ()> = greedy(
            "[1,2,3,4,5,6,7,8]".to_string(),
            |s| {
                candidates(
                    &format!(r#"{{"nums":{s}}}"#),
                    &Shape::Arguments { trees: vec![] },
                )
                .into_iter()
                .map(|c| serde_json::from_str::<Value>(&c).unwrap()["nums"].to_string())
                .collect()
            },
            |b| Ok(b.iter().map(|s| s != "[]").collect()),
            8,
            || {
                calls += 1;
                calls > 2
            },
        );
        let r = r.unwrap();
        assert!(!r.minimal);
        assert_eq!(r.steps, 2);
    }

    #[test]
    fn removals_go_from_halves_to_single_items() {
        assert_eq!(removals(4), vec![0..4, 0..2, 2..4, 0..1, 1..2, 2..3, 3..4]);
        assert!(removals(0).is_empty());
    }
}
