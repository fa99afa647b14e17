use std::collections::BTreeMap;
use std::io::{self, Read};

// The r-th smallest (1-based): the value with fewer than r values below it and at least r
// values at or below it. Correct, but quadratic.
fn kth(values: &[u64], r: usize) -> u64 {
    for &v in values {
        let below = values.iter().filter(|&&w| w < v).count();
        let at_or_below = values.iter().filter(|&&w| w <= v).count();
        if below < r && r <= at_or_below {
            return v;
        }
    }
    unreachable!()
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();
    let mut groups: BTreeMap<&str, Vec<u64>> = BTreeMap::new();
    for _ in 0..n {
        let _ts = it.next();
        let endpoint = it.next().unwrap();
        let _status = it.next();
        let latency: u64 = it.next().unwrap().parse().unwrap();
        groups.entry(endpoint).or_default().push(latency);
    }
    let mut out = String::new();
    for (endpoint, lat) in &groups {
        let m = lat.len();
        let ps: Vec<u64> = [50, 95, 99].iter().map(|p| kth(lat, (p * m + 99) / 100)).collect();
        out.push_str(&format!("{} {} {} {} {}\n", endpoint, m, ps[0], ps[1], ps[2]));
    }
    print!("{}", out);
}
