use std::collections::VecDeque;

impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        let n = n as usize;
        let mut adj = vec![Vec::new(); n];
        for f in &flights {
            adj[f[0] as usize].push((f[1] as usize, f[2]));
        }
        let mut best = vec![i32::MAX; n];
        best[src as usize] = 0;
        // level by level: after level i, trips of at most i + 1 flights are known
        let mut queue = VecDeque::from(vec![(src as usize, 0i32)]);
        for _ in 0..=k {
            let mut next = VecDeque::new();
            let mut improved = best.clone();
            while let Some((u, c)) = queue.pop_front() {
                for &(v, p) in &adj[u] {
                    if c + p < improved[v] {
                        improved[v] = c + p;
                        next.push_back((v, c + p));
                    }
                }
            }
            best = improved;
            queue = next;
        }
        if best[dst as usize] == i32::MAX { -1 } else { best[dst as usize] }
    }
}
