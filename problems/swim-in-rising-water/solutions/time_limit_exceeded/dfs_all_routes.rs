// Tries every simple route by depth-first search, pruning routes already worse than the best.
impl Solution {
    pub fn swim_in_water(grid: Vec<Vec<i32>>) -> i32 {
        fn dfs(g: &Vec<Vec<i32>>, seen: &mut Vec<Vec<bool>>, r: usize, c: usize, t: i32, best: &mut i32) {
            let n = g.len();
            let t = t.max(g[r][c]);
            if t >= *best {
                return;
            }
            if r == n - 1 && c == n - 1 {
                *best = t;
                return;
            }
            seen[r][c] = true;
            let mut next = Vec::with_capacity(4);
            if r + 1 < n { next.push((r + 1, c)); }
            if c + 1 < n { next.push((r, c + 1)); }
            if r > 0 { next.push((r - 1, c)); }
            if c > 0 { next.push((r, c - 1)); }
            for (nr, nc) in next {
                if !seen[nr][nc] {
                    dfs(g, seen, nr, nc, t, best);
                }
            }
            seen[r][c] = false;
        }
        let n = grid.len();
        let mut best = (n * n) as i32;
        let mut seen = vec![vec![false; n]; n];
        dfs(&grid, &mut seen, 0, 0, 0, &mut best);
        best
    }
}
