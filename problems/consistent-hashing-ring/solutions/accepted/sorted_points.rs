use std::collections::{BTreeSet, HashMap};
use std::io::{self, BufWriter, Read, Write};
use std::ops::Bound::{Included, Unbounded};

fn fnv1a(s: &str) -> u32 {
    let mut h: u32 = 2166136261;
    for &b in s.as_bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(16777619);
    }
    h
}

fn main() {
    let mut input = String::new();
    io::stdin().lock().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let q: usize = it.next().unwrap().parse().unwrap();

    // Points ordered by (position, node name, virtual index): the tie-break of the statement.
    let mut ring: BTreeSet<(u32, String, u32)> = BTreeSet::new();
    let mut nodes: HashMap<String, u32> = HashMap::new();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for _ in 0..q {
        match it.next().unwrap() {
            "ADD" => {
                let name = it.next().unwrap().to_string();
                let v: u32 = it.next().unwrap().parse().unwrap();
                if nodes.contains_key(&name) {
                    continue;
                }
                for i in 0..v {
                    ring.insert((fnv1a(&format!("{}#{}", name, i)), name.clone(), i));
                }
                nodes.insert(name, v);
            }
            "REMOVE" => {
                let name = it.next().unwrap();
                if let Some(v) = nodes.remove(name) {
                    for i in 0..v {
                        ring.remove(&(fnv1a(&format!("{}#{}", name, i)), name.to_string(), i));
                    }
                }
            }
            _ => {
                let key = it.next().unwrap();
                let start = (fnv1a(key), String::new(), 0u32);
                let owner = ring
                    .range((Included(start), Unbounded))
                    .next()
                    .or_else(|| ring.iter().next()); // wrap around
                match owner {
                    Some(p) => writeln!(out, "{}", p.1).unwrap(),
                    None => writeln!(out, "NONE").unwrap(),
                }
            }
        }
    }
    out.flush().unwrap();
}
