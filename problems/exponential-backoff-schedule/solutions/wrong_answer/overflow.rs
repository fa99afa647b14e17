use std::io::{self, BufWriter, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().lock().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|t| t.parse::<u64>().unwrap());
    let q = it.next().unwrap();
    let mut out = BufWriter::new(io::stdout().lock());
    for _ in 0..q {
        let (base, factor, cap, attempts, mut x) = (
            it.next().unwrap(),
            it.next().unwrap(),
            it.next().unwrap(),
            it.next().unwrap(),
            it.next().unwrap(),
        );
        if attempts == 1 {
            writeln!(out, "-").unwrap();
            continue;
        }
        let mut delays = Vec::new();
        for i in 1..attempts {
            // Bug: base * factor^(i-1) wraps around 2^64 for long schedules, and the wrapped
            // value can fall below cap.
            let ceiling = cap.min(base.wrapping_mul(factor.wrapping_pow((i - 1) as u32)));
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            delays.push(((x >> 33) % (ceiling + 1)).to_string());
        }
        writeln!(out, "{}", delays.join(" ")).unwrap();
    }
    out.flush().unwrap();
}
