use std::collections::HashMap;
use std::io::{self, BufWriter, Read, Write};

fn fnv1a(s: &str) -> u32 {
    let mut h: u32 = 2166136261;
    for b in s.bytes() {
        h = (h ^ b as u32).wrapping_mul(16777619);
    }
    h
}

fn main() {
    let mut input = String::new();
    io::stdin().lock().read_to_string(&mut input).unwrap();
    let mut lines = input.lines();
    let q: usize = lines.next().unwrap().trim().parse().unwrap();
    let mut nodes: HashMap<String, u32> = HashMap::new();
    let mut points: Vec<(u32, String, u32)> = Vec::new(); // unsorted
    let mut out = BufWriter::new(io::stdout().lock());
    for line in lines.take(q) {
        let parts: Vec<&str> = line.split_whitespace().collect();
        match parts[0] {
            "GET" => {
                if points.is_empty() {
                    writeln!(out, "NONE").unwrap();
                    continue;
                }
                // Correct, but looks at every point for every lookup.
                let h = fnv1a(parts[1]);
                let first = points.iter().min().unwrap();
                let best = points.iter().filter(|p| p.0 >= h).min();
                writeln!(out, "{}", best.unwrap_or(first).1).unwrap();
            }
            "ADD" => {
                if nodes.contains_key(parts[1]) {
                    continue;
                }
                let v: u32 = parts[2].parse().unwrap();
                nodes.insert(parts[1].to_string(), v);
                for i in 0..v {
                    points.push((fnv1a(&format!("{}#{}", parts[1], i)), parts[1].to_string(), i));
                }
            }
            _ => {
                if nodes.remove(parts[1]).is_some() {
                    points.retain(|p| p.1 != parts[1]);
                }
            }
        }
    }
    out.flush().unwrap();
}
