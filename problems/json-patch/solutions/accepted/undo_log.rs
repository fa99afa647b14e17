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

// One step of the undo log; the parent is named by its tokens. A step that takes a value out of
// the document leaves it in `carry`, from where a *Carry step puts it back (undoing a move).
enum Undo {
    Root(Value),
    Set(Vec<String>, String, Value), // put the value back under the key of the parent
    Del(Vec<String>, String),        // delete the key of the parent
    Ins(Vec<String>, usize, Value),
    Rem(Vec<String>, usize),
    Put(Vec<String>, usize, Value),
    SetCarry(Vec<String>, String),
    InsCarry(Vec<String>, usize),
    Hold(Value), // a moved value whose add failed: carried back to `from`
}

enum Place {
    Key(Vec<String>, String),
    Index(Vec<String>, usize),
}

struct Doc {
    root: Value,
    undo: Vec<Undo>,
}

impl Doc {
    fn get(&self, toks: &[String]) -> Option<&Value> {
        let mut node = &self.root;
        for t in toks {
            node = match node {
                Value::Obj(m) => m.get(t.as_str())?,
                Value::Arr(a) => &a[index(a.len(), t, false)?],
                _ => return None,
            };
        }
        Some(node)
    }

    fn add(&mut self, toks: &[String], value: Value) -> Option<()> {
        self.try_add(toks, value).ok()
    }

    // Adds the value, or gives it back if the target is invalid.
    fn try_add(&mut self, toks: &[String], value: Value) -> Result<(), Value> {
        if toks.is_empty() {
            let old = std::mem::replace(&mut self.root, value);
            self.undo.push(Undo::Root(old));
            return Ok(());
        }
        let last = &toks[toks.len() - 1];
        let up = toks[..toks.len() - 1].to_vec();
        match parent(&mut self.root, toks) {
            Some(Value::Obj(m)) => match m.insert(last.clone(), value) {
                Some(old) => self.undo.push(Undo::Set(up, last.clone(), old)),
                None => self.undo.push(Undo::Del(up, last.clone())),
            },
            Some(Value::Arr(a)) => match index(a.len(), last, true) {
                Some(i) => {
                    a.insert(i, value);
                    self.undo.push(Undo::Rem(up, i));
                }
                None => return Err(value),
            },
            _ => return Err(value),
        }
        Ok(())
    }

    // Takes the value at a non-empty pointer out of the document (the caller logs the undo step).
    fn take(&mut self, toks: &[String]) -> Option<(Value, Place)> {
        if toks.is_empty() {
            return None;
        }
        let last = &toks[toks.len() - 1];
        let up = toks[..toks.len() - 1].to_vec();
        match parent(&mut self.root, toks)? {
            Value::Obj(m) => Some((m.remove(last)?, Place::Key(up, last.clone()))),
            Value::Arr(a) => {
                let i = index(a.len(), last, false)?;
                Some((a.remove(i), Place::Index(up, i)))
            }
            _ => unreachable!(),
        }
    }

    fn replace(&mut self, toks: &[String], value: Value) -> Option<()> {
        if toks.is_empty() {
            return self.add(toks, value);
        }
        let last = &toks[toks.len() - 1];
        let up = toks[..toks.len() - 1].to_vec();
        match parent(&mut self.root, toks)? {
            Value::Obj(m) => {
                let slot = m.get_mut(last)?;
                let old = std::mem::replace(slot, value);
                self.undo.push(Undo::Set(up, last.clone(), old));
            }
            Value::Arr(a) => {
                let i = index(a.len(), last, false)?;
                let old = std::mem::replace(&mut a[i], value);
                self.undo.push(Undo::Put(up, i, old));
            }
            _ => unreachable!(),
        }
        Some(())
    }

    fn rollback(&mut self) {
        let mut carry: Option<Value> = None;
        while let Some(step) = self.undo.pop() {
            match step {
                Undo::Root(old) => carry = Some(std::mem::replace(&mut self.root, old)),
                Undo::Set(up, k, old) => { if let Value::Obj(m) = walk(&mut self.root, &up) { carry = m.insert(k, old); } }
                Undo::Del(up, k) => { if let Value::Obj(m) = walk(&mut self.root, &up) { carry = m.remove(&k); } }
                Undo::Ins(up, i, old) => { if let Value::Arr(a) = walk(&mut self.root, &up) { a.insert(i, old); } }
                Undo::Rem(up, i) => { if let Value::Arr(a) = walk(&mut self.root, &up) { carry = Some(a.remove(i)); } }
                Undo::Put(up, i, old) => { if let Value::Arr(a) = walk(&mut self.root, &up) { carry = Some(std::mem::replace(&mut a[i], old)); } }
                Undo::Hold(v) => carry = Some(v),
                Undo::SetCarry(up, k) => { if let Value::Obj(m) = walk(&mut self.root, &up) { m.insert(k, carry.take().unwrap()); } }
                Undo::InsCarry(up, i) => { if let Value::Arr(a) = walk(&mut self.root, &up) { a.insert(i, carry.take().unwrap()); } }
            }
        }
    }

    fn apply(&mut self, op: &BTreeMap<String, Value>) -> Option<()> {
        let text = |k: &str| match op.get(k) { Some(Value::Str(s)) => s.clone(), _ => String::new() };
        let (kind, path) = (text("op"), text("path"));
        let value = || op.get("value").cloned().unwrap_or(Value::Null);
        let toks = tokens(&path);
        match kind.as_str() {
            "add" => self.add(&toks, value()),
            "remove" => {
                let (old, place) = self.take(&toks)?;
                self.undo.push(match place {
                    Place::Key(up, k) => Undo::Set(up, k, old),
                    Place::Index(up, i) => Undo::Ins(up, i, old),
                });
                Some(())
            }
            "replace" => self.replace(&toks, value()),
            "test" => match (self.get(&toks), op.get("value")) {
                (Some(a), Some(b)) if a == b => Some(()),
                _ => None,
            },
            "copy" => {
                let v = self.get(&tokens(&text("from")))?.clone(); // at most 100 values
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
                // The value moves without being copied: if the add is undone, the value it takes
                // out is carried back to `from`.
                let (v, place) = self.take(&tokens(&from))?;
                self.undo.push(match place {
                    Place::Key(up, k) => Undo::SetCarry(up, k),
                    Place::Index(up, i) => Undo::InsCarry(up, i),
                });
                self.try_add(&toks, v).map_err(|v| self.undo.push(Undo::Hold(v))).ok()
            }
        }
    }

    fn patch(&mut self, ops: &[Value]) -> String {
        self.undo.clear();
        for (i, op) in ops.iter().enumerate() {
            let ok = match op {
                Value::Obj(m) => self.apply(m).is_some(),
                _ => false,
            };
            if !ok {
                self.rollback();
                return format!("error {}", i);
            }
        }
        self.undo.clear();
        "ok".to_string()
    }
}

fn walk<'a>(root: &'a mut Value, toks: &[String]) -> &'a mut Value {
    let mut node = root;
    for t in toks {
        node = child(node, t).unwrap();
    }
    node
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut lines = input.lines();
    let mut doc = Doc { root: parse(lines.next().unwrap()), undo: Vec::new() };
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
