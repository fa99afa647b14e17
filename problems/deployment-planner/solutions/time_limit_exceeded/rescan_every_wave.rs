use std::collections::HashMap;
use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut lines = input.lines();
    let mut head = lines.next().unwrap().split_whitespace();
    let n: usize = head.next().unwrap().parse().unwrap();
    let p: usize = head.next().unwrap().parse().unwrap();
    let rows: Vec<Vec<&str>> = (0..n).map(|_| lines.next().unwrap().split_whitespace().collect()).collect();
    let mut names: Vec<&str> = rows.iter().map(|r| r[0]).collect();
    names.sort_unstable();
    let idx: HashMap<&str, usize> = names.iter().enumerate().map(|(i, &s)| (s, i)).collect();
    let mut deps: Vec<Vec<usize>> = vec![Vec::new(); n];
    for r in &rows {
        deps[idx[r[0]]] = r[2..].iter().map(|x| idx[x]).collect();
    }
    let mut failed = vec![false; n];
    for name in lines.next().unwrap().split_whitespace().skip(1) {
        failed[idx[name]] = true;
    }
    // Cycle check: the smallest service that reaches itself, then the smallest shortest path back.
    for s in 0..n {
        let mut prev = vec![usize::MAX; n];
        let mut queue = std::collections::VecDeque::new();
        let mut order: Vec<usize> = deps[s].clone();
        order.sort_unstable();
        for w in order {
            if prev[w] == usize::MAX {
                prev[w] = s;
                queue.push_back(w);
            }
        }
        while let Some(v) = queue.pop_front() {
            if v == s {
                let mut path = vec![s];
                let mut cur = prev[s];
                while cur != s {
                    path.push(cur);
                    cur = prev[cur];
                }
                path.push(s);
                path.reverse();
                let parts: Vec<&str> = path.iter().map(|&v| names[v]).collect();
                println!("cycle: {}", parts.join(" -> "));
                return;
            }
            let mut next: Vec<usize> = deps[v].clone();
            next.sort_unstable();
            for w in next {
                if prev[w] == usize::MAX {
                    prev[w] = v;
                    queue.push_back(w);
                }
            }
        }
    }
    let mut ok = vec![false; n];
    let mut attempted = vec![false; n];
    let mut out = String::new();
    let mut wave_no = 0;
    loop {
        // Rescan every service to find the ready ones.
        let wave: Vec<usize> = (0..n)
            .filter(|&v| !attempted[v] && deps[v].iter().all(|&d| ok[d]))
            .take(p)
            .collect();
        if wave.is_empty() {
            break;
        }
        wave_no += 1;
        out.push_str(&format!("wave {}:", wave_no));
        for &v in &wave {
            attempted[v] = true;
            ok[v] = !failed[v];
            out.push(' ');
            out.push_str(names[v]);
            if failed[v] {
                out.push('!');
            }
        }
        out.push('\n');
    }
    let blocked: Vec<&str> = (0..n).filter(|&v| !attempted[v]).map(|v| names[v]).collect();
    out.push_str(&format!("blocked: {}\n", if blocked.is_empty() { "-".to_string() } else { blocked.join(" ") }));
    io::stdout().write_all(out.as_bytes()).unwrap();
}
