use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let v: Vec<i64> = input.split_ascii_whitespace().map(|x| x.parse().unwrap()).collect();
    let n = v[0] as usize;
    let mut blocks: Vec<(i64, i64)> = Vec::new();
    // Adds meetings one at a time, comparing each with every block so far: O(n * blocks).
    for i in 0..n {
        let (mut s, mut e) = (v[1 + 2 * i], v[2 + 2 * i]);
        let mut keep = Vec::with_capacity(blocks.len() + 1);
        for &(bs, be) in &blocks {
            if bs <= e && s <= be {
                s = s.min(bs);
                e = e.max(be);
            } else {
                keep.push((bs, be));
            }
        }
        keep.push((s, e));
        blocks = keep;
    }
    blocks.sort();
    let mut out = String::new();
    for (s, e) in blocks {
        out.push_str(&format!("{} {}\n", s, e));
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
