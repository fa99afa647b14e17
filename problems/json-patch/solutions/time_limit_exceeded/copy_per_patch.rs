use std::collections::BTreeMap;
use std::io::{self, Read, Write};

#[derive(Clone, PartialEq)]
enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Str(String),
    Arr(Vec<Value>),
    Obj(BTreeMap<String, Value>), // sorted keys: the canonical output order
}

// A JSON reader for this input: strings hold printable ASCII without '"' or '\\' (no escapes),
// numbers are integers.
struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Parser<'a> {
    fn peek(&mut self) -> u8 {
        while self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
        self.s[self.i]
    }

    fn string(&mut self) -> String {
        let start = self.i + 1;
        self.i = start + self.s[start..].iter().position(|&b| b == b'"').unwrap() + 1;
        String::from_utf8(self.s[start..self.i - 1].to_vec()).unwrap()
    }

    // Items of an array or object, up to the closing bracket.
    fn items(&mut self, close: u8, mut item: impl FnMut(&mut Self)) {
        self.i += 1;
        while self.peek() != close {
            item(self);
            if self.peek() == b',' {
                self.i += 1;
            }
        }
        self.i += 1;
    }

    fn value(&mut self) -> Value {
        match self.peek() {
            b'{' => {
                let mut m = BTreeMap::new();
                self.items(b'}', |p| {
                    p.peek();
                    let k = p.string();
                    p.peek();
                    p.i += 1; // ':'
                    m.insert(k, p.value());
                });
                Value::Obj(m)
            }
            b'[' => {
                let mut a = Vec::new();
                self.items(b']', |p| a.push(p.value()));
                Value::Arr(a)
            }
            b'"' => Value::Str(self.string()),
            b't' => { self.i += 4; Value::Bool(true) }
            b'f' => { self.i += 5; Value::Bool(false) }
            b'n' => { self.i += 4; Value::Null }
            _ => {
                let start = self.i;
                self.i += 1;
                while self.s[self.i].is_ascii_digit() {
                    self.i += 1;
                }
                Value::Int(std::str::from_utf8(&self.s[start..self.i]).unwrap().parse().unwrap())
            }
        }
    }
}

fn parse(text: &str) -> Value {
    // A trailing space keeps the reader inside the buffer after the last token.
    Parser { s: format!("{} ", text).as_bytes(), i: 0 }.value()
}

fn write(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(n) => out.push_str(&n.to_string()),
        Value::Str(s) => { out.push('"'); out.push_str(s); out.push('"'); }
        Value::Arr(a) => {
            out.push('[');
            for (k, x) in a.iter().enumerate() {
                if k > 0 { out.push(','); }
                write(x, out);
            }
            out.push(']');
        }
        Value::Obj(m) => {
            out.push('{');
            for (k, (key, x)) in m.iter().enumerate() {
                if k > 0 { out.push(','); }
                out.push('"'); out.push_str(key); out.push_str("\":");
                write(x, out);
            }
            out.push('}');
        }
    }
}

fn tokens(pointer: &str) -> Vec<String> {
    if pointer.is_empty() {
        return Vec::new();
    }
    pointer[1..].split('/').map(|t| t.replace("~1", "/").replace("~0", "~")).collect()
}

fn index(len: usize, t: &str, allow_end: bool) -> Option<usize> {
    if t == "-" && allow_end {
        return Some(len);
    }
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) || (t.len() > 1 && t.starts_with('0')) || t.len() > 7 {
        return None;
    }
    let i: usize = t.parse().ok()?;
    if i < len || (i == len && allow_end) { Some(i) } else { None }
}

fn child<'a>(node: &'a mut Value, t: &str) -> Option<&'a mut Value> {
    match node {
        Value::Obj(m) => m.get_mut(t),
        Value::Arr(a) => {
            let i = index(a.len(), t, false)?;
            Some(&mut a[i])
        }
        _ => None,
    }
}

// The container holding the last token, if every step before it exists.
fn parent<'a>(root: &'a mut Value, toks: &[String]) -> Option<&'a mut Value> {
    let mut node = root;
    for t in &toks[..toks.len() - 1] {
        node = child(node, t)?;
    }
    match node {
        Value::Obj(_) | Value::Arr(_) => Some(node),
        _ => None,
    }
}

struct Doc {
    root: Value,
}

impl Doc {
    fn get(&mut self, toks: &[String]) -> Option<Value> {
        let mut node = &mut self.root;
        for t in toks {
            node = child(node, t)?;
        }
        Some(node.clone())
    }

    fn add(&mut self, toks: &[String], value: Value) -> Option<()> {
        if toks.is_empty() {
            self.root = value;
            return Some(());
        }
        let last = &toks[toks.len() - 1];
        match parent(&mut self.root, toks)? {
            Value::Obj(m) => {
                m.insert(last.clone(), value);
            }
            Value::Arr(a) => {
                let i = index(a.len(), last, true)?;
                a.insert(i, value);
            }
            _ => unreachable!(),
        }
        Some(())
    }

    fn remove(&mut self, toks: &[String]) -> Option<Value> {
        if toks.is_empty() {
            return None;
        }
        let last = &toks[toks.len() - 1];
        match parent(&mut self.root, toks)? {
            Value::Obj(m) => m.remove(last),
            Value::Arr(a) => {
                let i = index(a.len(), last, false)?;
                Some(a.remove(i))
            }
            _ => unreachable!(),
        }
    }

    fn replace(&mut self, toks: &[String], value: Value) -> Option<()> {
        if toks.is_empty() {
            return self.add(toks, value);
        }
        let last = &toks[toks.len() - 1];
        match parent(&mut self.root, toks)? {
            Value::Obj(m) => {
                *m.get_mut(last)? = value;
            }
            Value::Arr(a) => {
                let i = index(a.len(), last, false)?;
                a[i] = value;
            }
            _ => unreachable!(),
        }
        Some(())
    }

    fn apply(&mut self, op: &BTreeMap<String, Value>) -> Option<()> {
        let text = |k: &str| match op.get(k) { Some(Value::Str(s)) => s.clone(), _ => String::new() };
        let (kind, path) = (text("op"), text("path"));
        let value = || op.get("value").cloned().unwrap_or(Value::Null);
        let toks = tokens(&path);
        match kind.as_str() {
            "add" => self.add(&toks, value()),
            "remove" => self.remove(&toks).map(|_| ()),
            "replace" => self.replace(&toks, value()),
            "test" => if self.get(&toks)? == value() { Some(()) } else { None },
            "copy" => {
                let v = self.get(&tokens(&text("from")))?;
                self.add(&toks, v)
            }
            _ => {
                let from = text("from");
                self.get(&tokens(&from))?;
                if path == from {
                    return Some(());
                }
                if path.starts_with(&(from.clone() + "/")) {
                    return None;
                }
                let v = self.remove(&tokens(&from))?;
                self.add(&toks, v)
            }
        }
    }

    fn patch(&mut self, ops: &[Value]) -> String {
        // Work on a full copy of the document and keep it only if every operation succeeds.
        let saved = self.root.clone();
        for (i, op) in ops.iter().enumerate() {
            let ok = match op {
                Value::Obj(m) => self.apply(m).is_some(),
                _ => false,
            };
            if !ok {
                self.root = saved;
                return format!("error {}", i);
            }
        }
        "ok".to_string()
    }
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut lines = input.lines();
    let mut doc = Doc { root: parse(lines.next().unwrap()) };
    let q: usize = lines.next().unwrap().trim().parse().unwrap();
    let mut out = String::new();
    for _ in 0..q {
        let patch = parse(lines.next().unwrap());
        let ops = match patch { Value::Arr(a) => a, _ => Vec::new() };
        out.push_str(&doc.patch(&ops));
        out.push('\n');
    }
    write(&doc.root, &mut out);
    out.push('\n');
    io::stdout().write_all(out.as_bytes()).unwrap();
}
