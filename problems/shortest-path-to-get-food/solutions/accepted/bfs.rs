use std::collections::VecDeque;

impl Solution {
    pub fn get_food(grid: Vec<Vec<char>>) -> i32 {
        let (m, n) = (grid.len(), grid[0].len());
        let mut dist = vec![vec![-1i32; n]; m];
        let mut queue = VecDeque::new();
        for r in 0..m {
            for c in 0..n {
                if grid[r][c] == '*' {
                    dist[r][c] = 0;
                    queue.push_back((r, c));
                }
            }
        }
        while let Some((r, c)) = queue.pop_front() {
            if grid[r][c] == '#' {
                return dist[r][c];
            }
            let mut next = Vec::with_capacity(4);
            if r > 0 { next.push((r - 1, c)); }
            if c > 0 { next.push((r, c - 1)); }
            if r + 1 < m { next.push((r + 1, c)); }
            if c + 1 < n { next.push((r, c + 1)); }
            for (nr, nc) in next {
                if grid[nr][nc] != 'X' && dist[nr][nc] == -1 {
                    dist[nr][nc] = dist[r][c] + 1;
                    queue.push_back((nr, nc));
                }
            }
        }
        -1
    }
}
