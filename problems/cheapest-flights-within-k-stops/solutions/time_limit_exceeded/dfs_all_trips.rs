// Depth-first search over every trip of at most k + 1 flights, cutting trips dearer than the best.
impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        fn dfs(adj: &Vec<Vec<(usize, i32)>>, u: usize, dst: usize, cost: i32, left: i32, best: &mut i32) {
            if cost >= *best {
                return;
            }
            if u == dst {
                *best = cost;
                return;
            }
            if left == 0 {
                return;
            }
            for &(v, p) in &adj[u] {
                dfs(adj, v, dst, cost + p, left - 1, best);
            }
        }
        let mut adj = vec![Vec::new(); n as usize];
        for f in &flights {
            adj[f[0] as usize].push((f[1] as usize, f[2]));
        }
        let mut best = i32::MAX;
        dfs(&adj, src as usize, dst as usize, 0, k + 1, &mut best);
        if best == i32::MAX { -1 } else { best }
    }
}
