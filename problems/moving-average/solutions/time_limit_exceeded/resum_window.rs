use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let v: Vec<i64> = input.split_ascii_whitespace().map(|t| t.parse().unwrap()).collect();
    let (n, k) = (v[0] as usize, v[1] as usize);
    let x = &v[2..2 + n];
    let mut out = String::with_capacity(n * 16);
    for i in 0..n {
        // Re-adds the whole window after every reading: O(n * k).
        let lo = (i + 1).saturating_sub(k);
        let sum: i64 = x[lo..=i].iter().sum();
        out.push_str(&format!("{:.9}\n", sum as f64 / (i + 1 - lo) as f64));
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
