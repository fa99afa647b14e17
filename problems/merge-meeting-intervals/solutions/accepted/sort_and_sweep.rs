use std::io::{self, BufWriter, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().lock().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let mut next = || -> i64 { it.next().unwrap().parse().unwrap() };

    let n = next() as usize;
    let mut meetings: Vec<(i64, i64)> = (0..n).map(|_| (next(), next())).collect();
    meetings.sort_unstable();

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let (mut block_start, mut block_end) = meetings[0];
    for &(s, e) in &meetings[1..] {
        if s <= block_end {
            // Overlaps or touches the current block.
            block_end = block_end.max(e);
        } else {
            writeln!(out, "{} {}", block_start, block_end).unwrap();
            block_start = s;
            block_end = e;
        }
    }
    writeln!(out, "{} {}", block_start, block_end).unwrap();
    out.flush().unwrap();
}
