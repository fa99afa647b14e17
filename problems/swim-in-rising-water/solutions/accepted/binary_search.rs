impl Solution {
    pub fn swim_in_water(grid: Vec<Vec<i32>>) -> i32 {
        let n = grid.len();
        let reachable = |t: i32| -> bool {
            if grid[0][0] > t {
                return false;
            }
            let mut seen = vec![vec![false; n]; n];
            seen[0][0] = true;
            let mut stack = vec![(0usize, 0usize)];
            while let Some((r, c)) = stack.pop() {
                if r == n - 1 && c == n - 1 {
                    return true;
                }
                let mut push = |nr: usize, nc: usize| {
                    if !seen[nr][nc] && grid[nr][nc] <= t {
                        seen[nr][nc] = true;
                        stack.push((nr, nc));
                    }
                };
                if r > 0 { push(r - 1, c); }
                if c > 0 { push(r, c - 1); }
                if r + 1 < n { push(r + 1, c); }
                if c + 1 < n { push(r, c + 1); }
            }
            false
        };
        let (mut lo, mut hi) = (0, (n * n - 1) as i32);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if reachable(mid) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }
}
