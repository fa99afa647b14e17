use std::io::{self, BufWriter, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().lock().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let mut next = || -> i64 { it.next().unwrap().parse().unwrap() };

    let n = next() as usize;
    let q = next() as usize;
    let a: Vec<i64> = (0..n).map(|_| next()).collect();

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for _ in 0..q {
        let l = next() as usize;
        let r = next() as usize;
        // O(r - l + 1) per query (the compiler vectorises this sum): O(n * q) in total.
        let total: i64 = a[l - 1..r].iter().sum();
        writeln!(out, "{}", total).unwrap();
    }
    out.flush().unwrap();
}
