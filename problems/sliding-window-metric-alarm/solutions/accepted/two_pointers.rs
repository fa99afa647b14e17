use std::io::{self, BufWriter, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().lock().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace().map(|x| x.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let w = it.next().unwrap();
    let thr = it.next().unwrap();
    let k = it.next().unwrap();
    let p = it.next().unwrap();
    let end = it.next().unwrap();
    let mut ts = Vec::with_capacity(n);
    let mut vs = Vec::with_capacity(n);
    for _ in 0..n {
        ts.push(it.next().unwrap());
        vs.push(it.next().unwrap());
    }
    let (mut lo, mut hi) = (0usize, 0usize);
    let mut total: i64 = 0;
    let mut alarm = false;
    let mut run = 0i64; // evaluations in a row that argue for leaving the current state
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut changed = false;
    let mut e = p;
    while e <= end {
        while hi < n && ts[hi] <= e {
            total += vs[hi];
            hi += 1;
        }
        while lo < hi && ts[lo] <= e - w {
            total -= vs[lo];
            lo += 1;
        }
        let count = (hi - lo) as i64;
        let breaching = count > 0 && total > thr * count;
        if breaching != alarm {
            run += 1;
            if run >= k {
                alarm = breaching;
                run = 0;
                changed = true;
                writeln!(out, "{} {}", e, if alarm { "ALARM" } else { "OK" }).unwrap();
            }
        } else {
            run = 0;
        }
        e += p;
    }
    if !changed {
        writeln!(out, "NONE").unwrap();
    }
    out.flush().unwrap();
}
