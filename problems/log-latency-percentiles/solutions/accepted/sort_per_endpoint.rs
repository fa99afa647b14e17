use std::collections::BTreeMap;
use std::io::{self, BufWriter, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().lock().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();

    // BTreeMap<&str> iterates in byte order, which is what the report needs.
    let mut groups: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    for _ in 0..n {
        let _timestamp = it.next().unwrap();
        let endpoint = it.next().unwrap();
        let _status = it.next().unwrap();
        let latency: u32 = it.next().unwrap().parse().unwrap();
        groups.entry(endpoint).or_default().push(latency);
    }

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for (endpoint, lat) in groups.iter_mut() {
        lat.sort_unstable();
        let m = lat.len();
        let pick = |p: usize| lat[(p * m + 99) / 100 - 1];
        writeln!(out, "{} {} {} {} {}", endpoint, m, pick(50), pick(95), pick(99)).unwrap();
    }
    out.flush().unwrap();
}
