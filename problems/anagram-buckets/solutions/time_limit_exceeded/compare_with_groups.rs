use std::io::{self, BufWriter, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().lock().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();

    let mut keys: Vec<Vec<u8>> = Vec::new(); // sorted letters of each group's first word
    let mut groups: Vec<Vec<&str>> = Vec::new();
    for _ in 0..n {
        let w = it.next().unwrap();
        let mut key = w.as_bytes().to_vec();
        key.sort();
        // Compares the word with every group found so far: O(n * groups).
        match keys.iter().position(|k| *k == key) {
            Some(i) => groups[i].push(w),
            None => {
                keys.push(key);
                groups.push(vec![w]);
            }
        }
    }
    let mut out = BufWriter::new(io::stdout().lock());
    for g in &groups {
        writeln!(out, "{}", g.join(" ")).unwrap();
    }
    out.flush().unwrap();
}
