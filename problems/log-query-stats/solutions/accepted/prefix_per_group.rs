use std::io::{self, Read, Write};

struct Group {
    times: Vec<i64>,
    lats: Vec<i64>,
    prefix: Vec<i64>,
}

fn build(mut rows: Vec<(i64, i64)>) -> Group {
    rows.sort_unstable();
    let times: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let lats: Vec<i64> = rows.iter().map(|r| r.1).collect();
    let mut prefix = Vec::with_capacity(lats.len() + 1);
    prefix.push(0i64);
    for &l in &lats {
        prefix.push(prefix.last().unwrap() + l);
    }
    Group { times, lats, prefix }
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut lines = input.lines();
    let mut head = lines.next().unwrap().split_whitespace();
    let n: usize = head.next().unwrap().parse().unwrap();
    let q: usize = head.next().unwrap().parse().unwrap();
    // Two fields (service, level); each maps a key to its rows.
    let mut raw: [std::collections::BTreeMap<String, Vec<(i64, i64)>>; 2] = Default::default();
    for _ in 0..n {
        let mut it = lines.next().unwrap().split_whitespace();
        let t: i64 = it.next().unwrap().parse().unwrap();
        let level = it.next().unwrap();
        let service = it.next().unwrap();
        let lat: i64 = it.next().unwrap().parse().unwrap();
        raw[0].entry(service.to_string()).or_default().push((t, lat));
        raw[1].entry(level.to_string()).or_default().push((t, lat));
    }
    // BTreeMap keeps keys in byte order, which is the output order.
    let groups: Vec<Vec<(String, Group)>> = raw
        .into_iter()
        .map(|m| m.into_iter().map(|(k, rows)| (k, build(rows))).collect())
        .collect();
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
            let v = if agg == "count" {
                (b - a) as i64
            } else if agg == "sum(latency_ms)" {
                g.prefix[b] - g.prefix[a]
            } else {
                let p: usize = agg[1..agg.find('(').unwrap()].parse().unwrap();
                let mut window = g.lats[a..b].to_vec();
                let r = (p * (b - a) + 99) / 100;
                *window.select_nth_unstable(r - 1).1
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
