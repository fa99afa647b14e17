// Measures the height from every node with its own BFS: O(n^2).
use std::collections::VecDeque;

impl Solution {
    pub fn find_min_height_trees(n: i32, edges: Vec<Vec<i32>>) -> Vec<i32> {
        let n = n as usize;
        let mut adj = vec![Vec::new(); n];
        for e in &edges {
            adj[e[0] as usize].push(e[1] as usize);
            adj[e[1] as usize].push(e[0] as usize);
        }
        let mut heights = vec![0; n];
        for s in 0..n {
            let mut dist = vec![usize::MAX; n];
            dist[s] = 0;
            let mut queue = VecDeque::from(vec![s]);
            let mut h = 0;
            while let Some(u) = queue.pop_front() {
                h = dist[u];
                for &v in &adj[u] {
                    if dist[v] == usize::MAX {
                        dist[v] = dist[u] + 1;
                        queue.push_back(v);
                    }
                }
            }
            heights[s] = h;
        }
        let best = *heights.iter().min().unwrap();
        (0..n).filter(|&v| heights[v] == best).map(|v| v as i32).collect()
    }
}
