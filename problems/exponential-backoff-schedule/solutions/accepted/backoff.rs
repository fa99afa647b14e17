use std::io::{self, BufWriter, Read, Write};

const A: u64 = 6364136223846793005;
const C: u64 = 1442695040888963407;

fn main() {
    let mut input = String::new();
    io::stdin().lock().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let q: usize = it.next().unwrap().parse().unwrap();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for _ in 0..q {
        let base: u64 = it.next().unwrap().parse().unwrap();
        let factor: u64 = it.next().unwrap().parse().unwrap();
        let cap: u64 = it.next().unwrap().parse().unwrap();
        let attempts: u64 = it.next().unwrap().parse().unwrap();
        let mut x: u64 = it.next().unwrap().parse().unwrap();
        if attempts == 1 {
            writeln!(out, "-").unwrap();
            continue;
        }
        // The ceiling stays <= cap <= 10^9, so ceiling * factor <= 10^10 fits easily.
        let mut ceiling = cap.min(base);
        let mut line = String::new();
        for i in 0..attempts - 1 {
            x = A.wrapping_mul(x).wrapping_add(C);
            let d = (x >> 33) % (ceiling + 1);
            if i > 0 {
                line.push(' ');
            }
            line.push_str(&d.to_string());
            ceiling = cap.min(ceiling * factor);
        }
        writeln!(out, "{}", line).unwrap();
    }
    out.flush().unwrap();
}
