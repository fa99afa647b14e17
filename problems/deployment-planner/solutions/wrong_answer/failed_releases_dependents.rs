use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, VecDeque};
use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut lines = input.lines();
    let mut head = lines.next().unwrap().split_whitespace();
    let n: usize = head.next().unwrap().parse().unwrap();
    let p: usize = head.next().unwrap().parse().unwrap();
    let rows: Vec<Vec<&str>> = (0..n).map(|_| lines.next().unwrap().split_whitespace().collect()).collect();
    // Number the services in byte order of their names: comparing ids compares names.
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
    let mut dependents: Vec<Vec<usize>> = vec![Vec::new(); n];
    for v in 0..n {
        for &u in &deps[v] {
            dependents[u].push(v);
        }
    }

    // Kahn's algorithm: every service gets removed unless the graph has a cycle.
    let mut waiting: Vec<usize> = deps.iter().map(|d| d.len()).collect();
    let mut order: Vec<usize> = (0..n).filter(|&v| waiting[v] == 0).collect();
    let mut i = 0;
    while i < order.len() {
        let v = order[i];
        i += 1;
        for &w in &dependents[v] {
            waiting[w] -= 1;
            if waiting[w] == 0 {
                order.push(w);
            }
        }
    }
    let mut out = String::new();
    if order.len() < n {
        let cycle = find_cycle(&deps, &dependents);
        let parts: Vec<&str> = cycle.iter().map(|&v| names[v]).collect();
        out.push_str(&format!("cycle: {}\n", parts.join(" -> ")));
        io::stdout().write_all(out.as_bytes()).unwrap();
        return;
    }

    let mut waiting: Vec<usize> = deps.iter().map(|d| d.len()).collect();
    let mut ready: BinaryHeap<Reverse<usize>> = (0..n).filter(|&v| waiting[v] == 0).map(Reverse).collect();
    let mut attempted = vec![false; n];
    let mut wave_no = 0;
    while !ready.is_empty() {
        let take = p.min(ready.len());
        let wave: Vec<usize> = (0..take).map(|_| ready.pop().unwrap().0).collect();
        wave_no += 1;
        out.push_str(&format!("wave {}:", wave_no));
        for &v in &wave {
            out.push(' ');
            out.push_str(names[v]);
            if failed[v] {
                out.push('!');
            }
        }
        out.push('\n');
        // A failed service still releases its dependents, as if it were deployed.
        for &v in &wave {
            attempted[v] = true;
            for &w in &dependents[v] {
                waiting[w] -= 1;
                if waiting[w] == 0 {
                    ready.push(Reverse(w));
                }
            }
        }
    }
    let blocked: Vec<&str> = (0..n).filter(|&v| !attempted[v]).map(|v| names[v]).collect();
    if blocked.is_empty() {
        out.push_str("blocked: -\n");
    } else {
        out.push_str(&format!("blocked: {}\n", blocked.join(" ")));
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}

/// The shortest cycle through the smallest service that lies on any cycle, the lexicographically
/// smallest among those.
fn find_cycle(deps: &[Vec<usize>], rev: &[Vec<usize>]) -> Vec<usize> {
    let n = deps.len();
    // Tarjan's strongly connected components, iteratively.
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut comp_size = vec![0usize; n];
    let mut comp = vec![0usize; n];
    let mut counter = 0;
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work = vec![(root, 0usize)];
        index[root] = counter;
        low[root] = counter;
        counter += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut i)) = work.last_mut() {
            if *i < deps[v].len() {
                let w = deps[v][*i];
                *i += 1;
                if index[w] == usize::MAX {
                    index[w] = counter;
                    low[w] = counter;
                    counter += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
            } else {
                work.pop();
                if let Some(&(u, _)) = work.last() {
                    low[u] = low[u].min(low[v]);
                }
                if low[v] == index[v] {
                    let mut size = 0;
                    loop {
                        let w = stack.pop().unwrap();
                        on_stack[w] = false;
                        comp[w] = v;
                        size += 1;
                        if w == v {
                            break;
                        }
                    }
                    comp_size[v] = size;
                }
            }
        }
    }
    let start = (0..n).find(|&v| comp_size[comp[v]] > 1 || deps[v].contains(&v)).unwrap();
    // dist[v]: fewest steps from v to start, following dependencies (BFS on reversed edges).
    let mut dist = vec![usize::MAX; n];
    dist[start] = 0;
    let mut queue = VecDeque::from([start]);
    while let Some(v) = queue.pop_front() {
        for &u in &rev[v] {
            if dist[u] == usize::MAX {
                dist[u] = dist[v] + 1;
                queue.push_back(u);
            }
        }
    }
    let length = 1 + deps[start].iter().map(|&w| dist[w]).min().unwrap();
    let mut cycle = vec![start];
    let (mut cur, mut steps) = (start, length);
    while steps > 0 {
        cur = *deps[cur].iter().filter(|&&w| dist[w] == steps - 1).min().unwrap();
        cycle.push(cur);
        steps -= 1;
    }
    cycle
}
