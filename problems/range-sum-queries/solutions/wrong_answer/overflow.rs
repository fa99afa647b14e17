use std::io::{self, BufWriter, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().lock().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let mut next = || -> i64 { it.next().unwrap().parse().unwrap() };

    let n = next() as usize;
    let q = next() as usize;
    // Bug: 32-bit prefix sums wrap around once the running total passes 2^31.
    let mut prefix = vec![0i32; n + 1];
    for i in 1..=n {
        prefix[i] = prefix[i - 1].wrapping_add(next() as i32);
    }

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for _ in 0..q {
        let l = next() as usize;
        let r = next() as usize;
        writeln!(out, "{}", prefix[r].wrapping_sub(prefix[l - 1])).unwrap();
    }
    out.flush().unwrap();
}
