use std::collections::BTreeMap;
use std::io::{self, BufWriter, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().lock().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let n: usize = it.next().unwrap().parse().unwrap();

    // Key: how many times each letter a..z occurs. Groups come out in key order, not in order
    // of first appearance: any order of the lines is accepted.
    let mut groups: BTreeMap<[u8; 26], Vec<&str>> = BTreeMap::new();
    for _ in 0..n {
        let word = it.next().unwrap();
        let mut key = [0u8; 26];
        for b in word.bytes() {
            key[(b - b'a') as usize] += 1;
        }
        groups.entry(key).or_default().push(word);
    }

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for words in groups.values() {
        writeln!(out, "{}", words.join(" ")).unwrap();
    }
    out.flush().unwrap();
}
