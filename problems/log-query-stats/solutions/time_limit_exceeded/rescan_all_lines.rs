use std::collections::BTreeMap;
use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut lines = input.lines();
    let mut head = lines.next().unwrap().split_whitespace();
    let n: usize = head.next().unwrap().parse().unwrap();
    let q: usize = head.next().unwrap().parse().unwrap();
    let mut rows: Vec<(i64, String, String, i64)> = Vec::with_capacity(n);
    for _ in 0..n {
        let mut it = lines.next().unwrap().split_whitespace();
        let t: i64 = it.next().unwrap().parse().unwrap();
        let level = it.next().unwrap().to_string();
        let service = it.next().unwrap().to_string();
        let lat: i64 = it.next().unwrap().parse().unwrap();
        rows.push((t, service, level, lat));
    }
    let mut out = String::new();
    for _ in 0..q {
        let parts: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
        let agg = parts[1];
        let by_service = parts[3] == "service";
        let lo: i64 = parts[4].parse().unwrap();
        let hi: i64 = parts[5].parse().unwrap();
        // Rescan every line for every query.
        let mut seen: BTreeMap<&str, Vec<i64>> = BTreeMap::new();
        for row in &rows {
            if lo <= row.0 && row.0 < hi {
                let key = if by_service { row.1.as_str() } else { row.2.as_str() };
                seen.entry(key).or_default().push(row.3);
            }
        }
        let mut items: Vec<String> = Vec::new();
        for (key, vals) in seen.iter_mut() {
            let v = if agg == "count" {
                vals.len() as i64
            } else if agg == "sum(latency_ms)" {
                vals.iter().sum()
            } else {
                let p: usize = agg[1..agg.find('(').unwrap()].parse().unwrap();
                vals.sort_unstable();
                vals[(p * vals.len() + 99) / 100 - 1]
            };
            items.push(format!("{}={}", key, v));
        }
        if items.is_empty() {
            out.push_str("none\n");
        } else {
            out.push_str(&items.join(" "));
            out.push('\n');
        }
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
