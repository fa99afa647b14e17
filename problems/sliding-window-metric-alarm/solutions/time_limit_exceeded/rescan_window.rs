use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let v: Vec<i64> = input.split_ascii_whitespace().map(|x| x.parse().unwrap()).collect();
    let (n, w, thr, k, p, end) = (v[0] as usize, v[1], v[2], v[3], v[4], v[5]);
    let ts: Vec<i64> = (0..n).map(|i| v[6 + 2 * i]).collect();
    let vs: Vec<i64> = (0..n).map(|i| v[7 + 2 * i]).collect();
    let (mut lo, mut hi) = (0usize, 0usize);
    let (mut alarm, mut run) = (false, 0i64);
    let mut out = String::new();
    let mut e = p;
    while e <= end {
        while hi < n && ts[hi] <= e {
            hi += 1;
        }
        while lo < hi && ts[lo] <= e - w {
            lo += 1;
        }
        // Sums the window from scratch at every evaluation: O(evaluations * window).
        let total: i64 = vs[lo..hi].iter().sum();
        let count = (hi - lo) as i64;
        let breaching = count > 0 && total > thr * count;
        if breaching != alarm {
            run += 1;
            if run >= k {
                alarm = breaching;
                run = 0;
                out.push_str(&format!("{} {}\n", e, if alarm { "ALARM" } else { "OK" }));
            }
        } else {
            run = 0;
        }
        e += p;
    }
    if out.is_empty() {
        out.push_str("NONE\n");
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
