// The Rust harness prelude for function and design problems (docs/function-problems.md).
//
// The judge pastes this file as the body of `mod __judge_prelude { .. }` in a generated main.rs
// (so: no inner attributes, no `extern crate`, std only, no `unsafe`: the CPU clock of [`timed`]
// is `crate::__judge_clock`, from clock.rs). It refers to the nodes only as
// `crate::ListNode { val, next }` and `crate::TreeNode { val, left, right }` (struct literals
// and field access), so it works with nodes.rs and with a user's own copy of LeetCode's
// definitions alike.
//
// Coherence: `Option<T>` has a generic impl (`null` is `None`, anything else is `Some(T)`) next
// to the two concrete impls for `Option<Box<crate::ListNode>>` and
// `Option<Rc<RefCell<crate::TreeNode>>>` (where `[]` is `None` too). They do not overlap because
// neither `Box<ListNode>` nor `Rc<RefCell<TreeNode>>` implements FromJson / ToJson, and since
// both traits and both node types belong to this crate, rustc knows no other crate can add such
// an impl. Never add `impl FromJson for Box<..>` / `Rc<..>` (or a blanket impl covering them):
// that would make the node impls conflict.
//
// Exit codes: 3 for a malformed input document (a fault of the problem, not of the solution);
// 101 for a panic in the user's code (Rust's own code for a panic in `main`, and what
// `run_design_call` uses after writing `{"failed_call": i, "partial": [..]}`).

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::io::{Read, Seek, Write};
use std::rc::Rc;
use std::sync::Mutex;

/// A JSON value. Numbers written without `.`/`e` that fit in an i64 are `Int`, others `Num`.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Int(i64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    /// Parses one JSON document (surrounding whitespace allowed, nothing else after it).
    pub fn parse(text: &str) -> Result<Json, String> {
        let mut p = Parser { t: text, s: text.as_bytes(), i: 0 };
        let v = p.value()?;
        p.ws();
        if p.i != p.s.len() {
            return p.err("unexpected text after the JSON value");
        }
        Ok(v)
    }

    /// Compact JSON text: integers without a decimal point, floats in Rust's shortest
    /// round-trip form (`2.0`, `0.1`, `1e-7`), NaN and infinities as `null`.
    pub fn to_string(&self) -> String {
        let mut out = String::new();
        self.write_to(&mut out);
        out
    }

    pub fn write_to(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Int(i) => out.push_str(&i.to_string()),
            Json::Num(f) if f.is_finite() => out.push_str(&format!("{:?}", f)),
            Json::Num(_) => out.push_str("null"),
            Json::Str(s) => write_json_str(out, s),
            Json::Arr(items) => {
                out.push('[');
                for (k, item) in items.iter().enumerate() {
                    out.push_str(if k > 0 { "," } else { "" });
                    item.write_to(out);
                }
                out.push(']');
            }
            Json::Obj(members) => {
                out.push('{');
                for (k, (key, item)) in members.iter().enumerate() {
                    out.push_str(if k > 0 { "," } else { "" });
                    write_json_str(out, key);
                    out.push(':');
                    item.write_to(out);
                }
                out.push('}');
            }
        }
    }

    /// The member `key` of an object (the first one, if repeated).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Element `i` of an array.
    pub fn at(&self, i: usize) -> Option<&Json> {
        self.as_array().and_then(|items| items.get(i))
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        if let Json::Arr(items) = self { Some(items) } else { None }
    }

    pub fn as_str(&self) -> Option<&str> {
        if let Json::Str(s) = self { Some(s) } else { None }
    }

    /// A short rendering for error messages.
    fn brief(&self) -> String {
        let s = self.to_string();
        let head: String = s.chars().take(60).collect();
        if head.len() < s.len() { head + "..." } else { s }
    }
}

fn write_json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Parser<'a> {
    t: &'a str,
    s: &'a [u8],
    i: usize,
}

impl<'a> Parser<'a> {
    fn err<T>(&self, msg: &str) -> Result<T, String> {
        Err(format!("invalid JSON: {} at byte {}", msg, self.i))
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.i += 1;
        }
    }

    /// After an element of an array or object: true at the closing `end`, false after a comma.
    fn next_or_end(&mut self, end: u8) -> Result<bool, String> {
        self.ws();
        match self.peek() {
            Some(b',') => self.i += 1,
            Some(c) if c == end => self.i += 1,
            _ => return self.err(if end == b']' { "expected ',' or ']'" } else { "expected ',' or '}'" }),
        }
        Ok(self.s[self.i - 1] == end)
    }

    fn value(&mut self) -> Result<Json, String> {
        self.ws();
        let c = match self.peek() {
            Some(c) => c,
            None => return self.err("unexpected end of input"),
        };
        for (word, v) in [("null", Json::Null), ("true", Json::Bool(true)), ("false", Json::Bool(false))] {
            if self.s[self.i..].starts_with(word.as_bytes()) {
                self.i += word.len();
                return Ok(v);
            }
        }
        match c {
            b'"' => Ok(Json::Str(self.string()?)),
            b'-' | b'0'..=b'9' => self.number(),
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.peek() == Some(b']') {
                    self.i += 1;
                    return Ok(Json::Arr(items));
                }
                loop {
                    items.push(self.value()?);
                    if self.next_or_end(b']')? {
                        return Ok(Json::Arr(items));
                    }
                }
            }
            b'{' => {
                self.i += 1;
                let mut members = Vec::new();
                self.ws();
                if self.peek() == Some(b'}') {
                    self.i += 1;
                    return Ok(Json::Obj(members));
                }
                loop {
                    self.ws();
                    if self.peek() != Some(b'"') {
                        return self.err("expected a string key");
                    }
                    let key = self.string()?;
                    self.ws();
                    if self.peek() != Some(b':') {
                        return self.err("expected ':'");
                    }
                    self.i += 1;
                    members.push((key, self.value()?));
                    if self.next_or_end(b'}')? {
                        return Ok(Json::Obj(members));
                    }
                }
            }
            _ => self.err("unexpected character"),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while let Some(b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Json, String> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        let n = self.digits();
        let mut ok = n > 0 && !(n > 1 && self.s[self.i - n] == b'0');
        let mut float = false;
        if self.peek() == Some(b'.') {
            self.i += 1;
            float = true;
            ok &= self.digits() > 0;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            float = true;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            ok &= self.digits() > 0;
        }
        let text = &self.t[start..self.i];
        match (ok, float, text.parse::<i64>()) {
            (false, _, _) => self.err("invalid number"),
            (true, false, Ok(i)) => Ok(Json::Int(i)),
            _ => text.parse::<f64>().map(Json::Num).or_else(|_| self.err("invalid number")),
        }
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let end = self.i + 4;
        if end > self.s.len() || !self.s[self.i..end].iter().all(|b| b.is_ascii_hexdigit()) {
            return self.err("invalid \\u escape");
        }
        let v = u32::from_str_radix(&self.t[self.i..end], 16).unwrap_or(0);
        self.i = end;
        Ok(v)
    }

    /// `\uXXXX` after the `\u`, with a following `\uXXXX` low surrogate for a high surrogate.
    fn unicode_escape(&mut self) -> Result<char, String> {
        let hi = self.hex4()?;
        let mut cp = hi;
        if (0xD800..0xDC00).contains(&hi) && self.s[self.i..].starts_with(b"\\u") {
            self.i += 2;
            let lo = self.hex4()?;
            if !(0xDC00..0xE000).contains(&lo) {
                return self.err("unpaired surrogate in \\u escape");
            }
            cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
        }
        char::from_u32(cp).map_or_else(|| self.err("unpaired surrogate in \\u escape"), Ok)
    }

    fn string(&mut self) -> Result<String, String> {
        self.i += 1; // the opening quote
        let mut out = String::new();
        let mut run = self.i; // start of the text not yet copied to `out`
        loop {
            match self.peek() {
                None => return self.err("unterminated string"),
                Some(b'"') => {
                    out.push_str(&self.t[run..self.i]);
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(&self.t[run..self.i]);
                    self.i += 2;
                    let c = match self.s.get(self.i - 1) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => return self.err("invalid escape"),
                    };
                    out.push(c);
                    run = self.i;
                }
                Some(c) if c < 0x20 => return self.err("control character in string"),
                Some(_) => self.i += 1,
            }
        }
    }
}

// ---- conversions ----

pub trait FromJson: Sized {
    fn from_json(v: &Json) -> Result<Self, String>;
}

pub trait ToJson {
    fn to_json(&self) -> Json;
}

fn expected<T>(what: &str, v: &Json) -> Result<T, String> {
    Err(format!("expected {}, got {}", what, v.brief()))
}

fn integer(v: &Json, what: &str, lo: i64, hi: i64) -> Result<i64, String> {
    let i = match v {
        Json::Int(i) => Some(*i),
        // An integral float (`3.0`, or an integer too large for i64) is taken if it fits.
        Json::Num(f) if f.fract() == 0.0 => {
            if *f >= -9223372036854775808.0 && *f < 9223372036854775808.0 {
                Some(*f as i64)
            } else {
                None
            }
        }
        _ => return expected(what, v),
    };
    match i {
        Some(i) if lo <= i && i <= hi => Ok(i),
        _ => Err(format!("expected {}, got {} (out of range)", what, v.brief())),
    }
}

impl FromJson for i32 {
    fn from_json(v: &Json) -> Result<Self, String> {
        integer(v, "int (i32)", i32::MIN as i64, i32::MAX as i64).map(|i| i as i32)
    }
}
impl FromJson for u32 {
    fn from_json(v: &Json) -> Result<Self, String> {
        integer(v, "uint (u32)", 0, u32::MAX as i64).map(|i| i as u32)
    }
}
impl FromJson for i64 {
    fn from_json(v: &Json) -> Result<Self, String> {
        integer(v, "long (i64)", i64::MIN, i64::MAX)
    }
}
impl FromJson for f64 {
    fn from_json(v: &Json) -> Result<Self, String> {
        match v {
            Json::Int(i) => Ok(*i as f64),
            Json::Num(f) => Ok(*f),
            _ => expected("double (f64)", v),
        }
    }
}
impl FromJson for bool {
    fn from_json(v: &Json) -> Result<Self, String> {
        if let Json::Bool(b) = v { Ok(*b) } else { expected("bool", v) }
    }
}
impl FromJson for String {
    fn from_json(v: &Json) -> Result<Self, String> {
        if let Json::Str(s) = v { Ok(s.clone()) } else { expected("string", v) }
    }
}
impl FromJson for char {
    fn from_json(v: &Json) -> Result<Self, String> {
        if let Json::Str(s) = v {
            let mut cs = s.chars();
            if let (Some(c), None) = (cs.next(), cs.next()) {
                return Ok(c);
            }
        }
        expected("char (a one-character string)", v)
    }
}
impl FromJson for Json {
    fn from_json(v: &Json) -> Result<Self, String> { Ok(v.clone()) }
}
impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(v: &Json) -> Result<Self, String> {
        let items = v.as_array().map_or_else(|| expected("list", v), Ok)?;
        let item = |(k, x): (usize, &Json)| T::from_json(x).map_err(|e| format!("[{}]: {}", k, e));
        items.iter().enumerate().map(item).collect()
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(v: &Json) -> Result<Self, String> {
        if *v == Json::Null { Ok(None) } else { T::from_json(v).map(Some) }
    }
}

/// `[1,2,3]` is the list 1 -> 2 -> 3; `[]` and `null` are `None`. Built back to front, so no
/// recursion however long the list.
impl FromJson for Option<Box<crate::ListNode>> {
    fn from_json(v: &Json) -> Result<Self, String> {
        let items = match v {
            Json::Null => return Ok(None),
            Json::Arr(items) => items,
            _ => return expected("ListNode (a list of ints)", v),
        };
        let mut head: Option<Box<crate::ListNode>> = None;
        for (k, item) in items.iter().enumerate().rev() {
            let val = i32::from_json(item).map_err(|e| format!("ListNode [{}]: {}", k, e))?;
            head = Some(Box::new(crate::ListNode { val, next: head }));
        }
        Ok(head)
    }
}

/// LeetCode's level order: `[1,null,2]`; `[]` and `null` are `None`. Iterative BFS.
impl FromJson for Option<Rc<RefCell<crate::TreeNode>>> {
    fn from_json(v: &Json) -> Result<Self, String> {
        let items = match v {
            Json::Null => return Ok(None),
            Json::Arr(items) => items,
            _ => return expected("TreeNode (a level-order list of ints and nulls)", v),
        };
        let node = |k: usize| -> Result<Option<Rc<RefCell<crate::TreeNode>>>, String> {
            if items[k] == Json::Null {
                return Ok(None);
            }
            let val = i32::from_json(&items[k]).map_err(|e| format!("TreeNode [{}]: {}", k, e))?;
            Ok(Some(Rc::new(RefCell::new(crate::TreeNode { val, left: None, right: None }))))
        };
        if items.is_empty() {
            return Ok(None);
        }
        let root = match node(0)? {
            Some(root) => root,
            None if items.len() == 1 => return Ok(None),
            None => return Err("TreeNode: the root is null but more values follow".to_string()),
        };
        let mut queue = VecDeque::from([root.clone()]);
        let mut k = 1; // the next value: left child, then right child, of each parent in turn
        while k < items.len() {
            let parent = queue.pop_front();
            let parent = parent.ok_or_else(|| format!("TreeNode [{}]: the value has no parent", k))?;
            for right in [false, true] {
                let child = if k < items.len() { node(k)? } else { None };
                k += 1;
                if let Some(c) = &child {
                    queue.push_back(c.clone());
                }
                let mut p = parent.borrow_mut();
                if right { p.right = child } else { p.left = child }
            }
        }
        Ok(Some(root))
    }
}

impl ToJson for i32 { fn to_json(&self) -> Json { Json::Int(*self as i64) } }
impl ToJson for i64 { fn to_json(&self) -> Json { Json::Int(*self) } }
impl ToJson for u32 { fn to_json(&self) -> Json { Json::Int(*self as i64) } }
impl ToJson for f64 { fn to_json(&self) -> Json { Json::Num(*self) } }
impl ToJson for bool { fn to_json(&self) -> Json { Json::Bool(*self) } }
impl ToJson for String { fn to_json(&self) -> Json { Json::Str(self.clone()) } }
impl ToJson for char { fn to_json(&self) -> Json { Json::Str(self.to_string()) } }
impl ToJson for () { fn to_json(&self) -> Json { Json::Null } }
impl ToJson for Json { fn to_json(&self) -> Json { self.clone() } }
impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Json { Json::Arr(self.iter().map(ToJson::to_json).collect()) }
}
impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Json { self.as_ref().map_or(Json::Null, ToJson::to_json) }
}

impl ToJson for Option<Box<crate::ListNode>> {
    fn to_json(&self) -> Json {
        let mut out = Vec::new();
        let mut cur = self;
        while let Some(node) = cur {
            out.push(Json::Int(node.val as i64));
            cur = &node.next;
        }
        Json::Arr(out)
    }
}

/// Panics (a runtime error of the solution) if a node is its own ancestor. Shared subtrees are
/// fine (memoized solutions of "all possible trees" problems share them).
fn check_acyclic(root: &Rc<RefCell<crate::TreeNode>>) {
    // Iterative DFS; `true` in `on_path` while a node's subtree is being walked, `false` after.
    let mut on_path: HashMap<*const RefCell<crate::TreeNode>, bool> = HashMap::new();
    let mut stack = vec![(root.clone(), false)];
    while let Some((node, leaving)) = stack.pop() {
        if leaving {
            on_path.insert(Rc::as_ptr(&node), false);
            continue;
        }
        if on_path.insert(Rc::as_ptr(&node), true).is_some() {
            continue; // a shared subtree, already walked
        }
        stack.push((node.clone(), true));
        for child in [&node.borrow().left, &node.borrow().right].into_iter().flatten() {
            match on_path.get(&Rc::as_ptr(child)) {
                Some(true) => panic!("the returned tree has a cycle (a node is its own ancestor)"),
                Some(false) => {}
                None => stack.push((child.clone(), false)),
            }
        }
    }
}

impl ToJson for Option<Rc<RefCell<crate::TreeNode>>> {
    fn to_json(&self) -> Json {
        let root = match self {
            None => return Json::Arr(Vec::new()),
            Some(root) => root,
        };
        check_acyclic(root);
        let mut out = Vec::new();
        let mut queue = VecDeque::new();
        queue.push_back(Some(root.clone()));
        while let Some(slot) = queue.pop_front() {
            match slot {
                None => out.push(Json::Null),
                Some(node) => {
                    let n = node.borrow();
                    out.push(Json::Int(n.val as i64));
                    queue.push_back(n.left.clone());
                    queue.push_back(n.right.clone());
                }
            }
        }
        while let Some(Json::Null) = out.last() {
            out.pop();
        }
        Json::Arr(out)
    }
}

/// Frees a list without the recursive drop (which can overflow the stack on a long list).
pub fn drop_list(mut head: Option<Box<crate::ListNode>>) {
    while let Some(mut node) = head {
        head = node.next.take();
    }
}

// ---- the harness protocol ----

pub const RESULT_FILE: &str = "__judge_result.json";

static RESULT: Mutex<Option<std::fs::File>> = Mutex::new(None);

/// The CPU time of the user's calls so far (see [`timed`]): `None` before the first, `Some(None)`
/// when the CPU clock could not be read.
static CALL_NS: Mutex<Option<Option<u64>>> = Mutex::new(None);

/// Whether the input document asked for the calls' CPU time (`"time_calls": true`, the
/// complexity report): reading the CPU clock is a system call, twice around every call.
static TIME_CALLS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Times the calls from now on if the input document `doc` asks for it.
pub fn set_timing(doc: &Json) {
    let on = matches!(doc.get("time_calls"), Some(Json::Bool(true)));
    TIME_CALLS.store(on, std::sync::atomic::Ordering::Relaxed);
}

/// Runs `f` (a call of the user's code) and, when the input asked for it, adds its CPU time to
/// what the result reports as `call_cpu`: the complexity report fits the time of the calls,
/// without the parsing of the input, which is O(n) and hides a log n factor at the sizes a
/// problem allows.
///
/// Never inlined: the user's call is compiled inside this function, not inside `main`, so its
/// code does not depend on how the harness around it is built. (Inlined into `main`, a
/// valid-anagram solution that crosses out letters with `position` and `remove` ran at half
/// its speed once the prelude became a library of its own.)
#[inline(never)]
pub fn timed<R>(f: impl FnOnce() -> R) -> R {
    if !TIME_CALLS.load(std::sync::atomic::Ordering::Relaxed) {
        return f();
    }
    let start = crate::__judge_clock::cpu_seconds();
    let r = f();
    let end = crate::__judge_clock::cpu_seconds();
    let took = match (start, end) {
        (Some(s), Some(e)) => Some(((e - s).max(0.0) * 1e9) as u64),
        _ => None,
    };
    let mut slot = CALL_NS.lock().unwrap_or_else(|e| e.into_inner());
    *slot = Some(match *slot {
        None => took,
        Some(sum) => sum.zip(took).map(|(a, b)| a + b),
    });
    r
}

/// `,"call_cpu":seconds` when calls were timed.
fn call_cpu_member() -> String {
    match *CALL_NS.lock().unwrap_or_else(|e| e.into_inner()) {
        Some(Some(ns)) => format!(",\"call_cpu\":{}", ns as f64 * 1e-9),
        _ => String::new(),
    }
}

/// Reports a malformed input document (a fault of the problem, not the solution): exit code 3.
pub fn input_error(msg: &str) -> ! {
    eprintln!("judge harness: malformed input: {}", msg);
    std::process::exit(3)
}

/// Opens (creates, truncates) the result file now, before the user's code runs.
pub fn open_result() {
    let mut slot = RESULT.lock().unwrap_or_else(|e| e.into_inner());
    if slot.is_none() {
        match std::fs::File::create(RESULT_FILE) {
            Ok(f) => *slot = Some(f),
            Err(e) => {
                eprintln!("judge harness: cannot create {}: {}", RESULT_FILE, e);
                std::process::exit(3)
            }
        }
    }
}

/// Reads and parses the whole of stdin, and opens the result file.
pub fn read_stdin() -> Json {
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        input_error(&format!("cannot read stdin: {}", e));
    }
    let doc = Json::parse(&text).unwrap_or_else(|e| input_error(&e));
    set_timing(&doc);
    open_result();
    doc
}

fn emit(text: &str) {
    open_result();
    let mut slot = RESULT.lock().unwrap_or_else(|e| e.into_inner());
    let ok = match slot.as_mut() {
        Some(f) => f.set_len(0).is_ok()
            && f.rewind().is_ok()
            && f.write_all(text.as_bytes()).is_ok()
            && f.flush().is_ok(),
        None => false,
    };
    if !ok {
        eprintln!("judge harness: cannot write {}", RESULT_FILE);
        std::process::exit(3)
    }
}

/// Writes `{"ok": v, "call_cpu": seconds}` to the result file.
pub fn write_result(v: &Json) {
    let mut text = String::from("{\"ok\":");
    v.write_to(&mut text);
    text.push_str(&call_cpu_member());
    text.push('}');
    emit(&text);
}

/// Writes `{"failed_call": i, "partial": [..]}` to the result file.
pub fn write_failed_call(i: usize, partial: &[Json]) {
    let mut text = format!("{{\"failed_call\":{},\"partial\":[", i);
    for (k, v) in partial.iter().enumerate() {
        text.push_str(if k > 0 { "," } else { "" });
        v.write_to(&mut text);
    }
    emit(&(text + "]}"));
}

/// Runs call `i` of a design test. On a panic (whose message the default hook has already
/// printed to stderr) writes `{"failed_call": i, "partial": partial}` and exits with code 101.
pub fn run_design_call<R, F: FnOnce() -> R>(i: usize, partial: &[Json], f: F) -> R {
    match timed(|| std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))) {
        Ok(r) => r,
        Err(_) => {
            write_failed_call(i, partial);
            std::process::exit(101)
        }
    }
}

/// The member `key` of the input document; exit code 3 if it is missing.
pub fn member<'a>(doc: &'a Json, key: &str) -> &'a Json {
    doc.get(key).unwrap_or_else(|| input_error(&format!("the input has no \"{}\"", key)))
}

/// Argument `i` (named `what` in messages) of the list `args`, converted to `T`; exit code 3 if
/// it is missing or does not fit `T`.
pub fn arg<T: FromJson>(args: &Json, i: usize, what: &str) -> T {
    if args.as_array().is_none() {
        input_error(&format!("the arguments are not a list: {}", args.brief()));
    }
    let v = args.at(i).unwrap_or_else(|| input_error(&format!("argument {} ({}) is missing", i, what)));
    T::from_json(v).unwrap_or_else(|e| input_error(&format!("argument {} ({}): {}", i, what, e)))
}

/// The calls of a design test: `(method name, argument list)` pairs from `calls` and `args`;
/// call 0 is the constructor. Exit code 3 if they are malformed.
pub fn design_calls(doc: &Json) -> Vec<(String, &Json)> {
    let calls = member(doc, "calls").as_array();
    let args = member(doc, "args").as_array();
    let (calls, args) = match (calls, args) {
        (Some(c), Some(a)) if c.len() == a.len() && !c.is_empty() => (c, a),
        _ => input_error("\"calls\" and \"args\" must be non-empty lists of the same length"),
    };
    let name = |(i, c): (usize, &Json)| -> String {
        let name = c.as_str().unwrap_or_else(|| input_error(&format!("calls[{}] is not a string", i)));
        name.to_string()
    };
    calls.iter().enumerate().map(name).zip(args).collect()
}

/// Exit code 3 for a design call naming no method of the class.
pub fn unknown_method(i: usize, name: &str) -> ! {
    input_error(&format!("call {}: unknown method \"{}\"", i, name))
}

/// The nodes of a tree in level order (shared subtrees once).
fn tree_nodes(root: &Option<Rc<RefCell<crate::TreeNode>>>) -> Vec<Rc<RefCell<crate::TreeNode>>> {
    let mut out: Vec<Rc<RefCell<crate::TreeNode>>> = Vec::new();
    let mut seen: HashMap<*const RefCell<crate::TreeNode>, ()> = HashMap::new();
    let mut queue = VecDeque::new();
    queue.push_back(root.clone());
    while let Some(slot) = queue.pop_front() {
        if let Some(node) = slot {
            if seen.insert(Rc::as_ptr(&node), ()).is_some() {
                continue;
            }
            queue.push_back(node.borrow().left.clone());
            queue.push_back(node.borrow().right.clone());
            out.push(node);
        }
    }
    out
}

/// The node of `root` with the value `val` (a node argument given by value), sharing it.
pub fn find_tree_node(
    root: &Option<Rc<RefCell<crate::TreeNode>>>,
    val: Option<i32>,
    what: &str,
) -> Option<Rc<RefCell<crate::TreeNode>>> {
    let val = val?;
    match tree_nodes(root).into_iter().find(|n| n.borrow().val == val) {
        Some(n) => Some(n),
        None => input_error(&format!("{}: no node of the tree has the value {}", what, val)),
    }
}

/// A returned node, as LeetCode shows it: its value, if it is a node of `nodes`. LeetCode
/// compares the value a returned tree node prints, and these trees' values are distinct: a new
/// node with the value of exactly one node of `nodes` is read as that node; any other value
/// cannot compare equal.
pub fn tree_node_answer(
    nodes: &[Rc<RefCell<crate::TreeNode>>],
    answer: &Option<Rc<RefCell<crate::TreeNode>>>,
    owner: &str,
) -> Json {
    let Some(a) = answer else {
        return Json::Null;
    };
    if nodes.iter().any(|n| Rc::ptr_eq(n, a)) {
        return Json::Int(a.borrow().val as i64);
    }
    let val = a.borrow().val;
    if nodes.iter().filter(|n| n.borrow().val == val).count() == 1 {
        return Json::Int(val as i64);
    }
    Json::Str(format!(
        "a node that is not part of `{owner}` (TreeNode with value {val})"
    ))
}

/// The nodes of a tree argument before the call, for [`tree_node_answer`].
pub fn tree_nodes_of(root: &Option<Rc<RefCell<crate::TreeNode>>>) -> Vec<Rc<RefCell<crate::TreeNode>>> {
    tree_nodes(root)
}

/// Whether a decoded tree holds any node of the original (a codec that kept the input).
pub fn tree_shares_nodes(
    before: &[Rc<RefCell<crate::TreeNode>>],
    after: &Option<Rc<RefCell<crate::TreeNode>>>,
) -> bool {
    let old: HashMap<*const RefCell<crate::TreeNode>, ()> =
        before.iter().map(|n| (Rc::as_ptr(n), ())).collect();
    tree_nodes(after).iter().any(|n| old.contains_key(&Rc::as_ptr(n)))
}
