use std::collections::HashMap;
use std::io::{self, BufWriter, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().lock().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let mut next = || -> i64 { it.next().unwrap().parse().unwrap() };

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let t = next() as usize;
    for _ in 0..t {
        let n = next() as usize;
        let target = next();
        let a: Vec<i64> = (0..n).map(|_| next()).collect();
        // value -> first (0-based) index where it occurs
        let mut first: HashMap<i64, usize> = HashMap::with_capacity(n);
        let mut answer = None;
        for (j, &v) in a.iter().enumerate() {
            if let Some(&i) = first.get(&(target - v)) {
                answer = Some((i + 1, j + 1));
                break;
            }
            first.entry(v).or_insert(j);
        }
        match answer {
            Some((i, j)) => writeln!(out, "{} {}", i, j).unwrap(),
            None => writeln!(out, "-1").unwrap(),
        }
    }
    out.flush().unwrap();
}
