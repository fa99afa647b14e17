use std::io::{self, BufWriter, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().lock().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let mut next = || -> i64 { it.next().unwrap().parse().unwrap() };

    let n = next() as usize;
    let k = next() as usize;
    let x: Vec<i64> = (0..n).map(|_| next()).collect();

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    // Exact integer sum of the last min(i + 1, k) readings; |sum| <= 2 * 10^11.
    let mut window: i64 = 0;
    for i in 0..n {
        window += x[i];
        if i >= k {
            window -= x[i - k];
        }
        let count = (i + 1).min(k);
        writeln!(out, "{:.9}", window as f64 / count as f64).unwrap();
    }
    out.flush().unwrap();
}
