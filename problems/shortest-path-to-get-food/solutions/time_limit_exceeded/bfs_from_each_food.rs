// Runs one BFS from every food cell back to the start and keeps the best: O(foods * m * n).
use std::collections::VecDeque;

impl Solution {
    pub fn get_food(grid: Vec<Vec<char>>) -> i32 {
        let (m, n) = (grid.len(), grid[0].len());
        let mut best = -1;
        for fr in 0..m {
            for fc in 0..n {
                if grid[fr][fc] != '#' {
                    continue;
                }
                let mut dist = vec![vec![-1i32; n]; m];
                dist[fr][fc] = 0;
                let mut queue = VecDeque::from(vec![(fr, fc)]);
                while let Some((r, c)) = queue.pop_front() {
                    if grid[r][c] == '*' {
                        if best == -1 || dist[r][c] < best {
                            best = dist[r][c];
                        }
                        break;
                    }
                    let d = dist[r][c];
                    let mut next = Vec::with_capacity(4);
                    if r > 0 { next.push((r - 1, c)); }
                    if c > 0 { next.push((r, c - 1)); }
                    if r + 1 < m { next.push((r + 1, c)); }
                    if c + 1 < n { next.push((r, c + 1)); }
                    for (nr, nc) in next {
                        if grid[nr][nc] != 'X' && dist[nr][nc] == -1 {
                            dist[nr][nc] = d + 1;
                            queue.push_back((nr, nc));
                        }
                    }
                }
            }
        }
        best
    }
}
