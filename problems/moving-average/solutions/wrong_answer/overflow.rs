use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let v: Vec<i64> = input.split_ascii_whitespace().map(|t| t.parse().unwrap()).collect();
    let (n, k) = (v[0] as usize, v[1] as usize);
    let x = &v[2..2 + n];
    let mut out = String::with_capacity(n * 16);
    // Bug: the window sum is kept in an i32, which wraps once it passes 2^31.
    let mut window: i32 = 0;
    for i in 0..n {
        window = window.wrapping_add(x[i] as i32);
        if i >= k {
            window = window.wrapping_sub(x[i - k] as i32);
        }
        out.push_str(&format!("{:.9}\n", window as f64 / (i + 1).min(k) as f64));
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
