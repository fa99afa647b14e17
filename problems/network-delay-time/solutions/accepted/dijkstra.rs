use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        // Dijkstra from k with a binary heap; the answer is the largest shortest distance.
        let n = n as usize;
        let mut adj: Vec<Vec<(usize, i32)>> = vec![Vec::new(); n + 1];
        for t in &times {
            adj[t[0] as usize].push((t[1] as usize, t[2]));
        }
        let mut dist = vec![-1i32; n + 1];
        let mut heap = BinaryHeap::new();
        heap.push(Reverse((0i32, k as usize)));
        while let Some(Reverse((d, u))) = heap.pop() {
            if dist[u] != -1 {
                continue;
            }
            dist[u] = d;
            for &(v, w) in &adj[u] {
                if dist[v] == -1 {
                    heap.push(Reverse((d + w, v)));
                }
            }
        }
        let mut best = 0;
        for v in 1..=n {
            if dist[v] == -1 {
                return -1;
            }
            best = best.max(dist[v]);
        }
        best
    }
}
