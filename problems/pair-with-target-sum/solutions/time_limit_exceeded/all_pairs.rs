use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|x| x.parse::<i64>().unwrap());
    let t = it.next().unwrap();
    let mut out = String::new();
    for _ in 0..t {
        let n = it.next().unwrap() as usize;
        let target = it.next().unwrap();
        let a: Vec<i64> = (0..n).map(|_| it.next().unwrap()).collect();
        // Tries every pair: O(n^2).
        let mut answer = String::from("-1");
        'outer: for i in 0..n {
            for j in i + 1..n {
                if a[i] + a[j] == target {
                    answer = format!("{} {}", i + 1, j + 1);
                    break 'outer;
                }
            }
        }
        out.push_str(&answer);
        out.push('\n');
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
