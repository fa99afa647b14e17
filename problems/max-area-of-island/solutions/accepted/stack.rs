impl Solution {
    pub fn max_area_of_island(grid: Vec<Vec<i32>>) -> i32 {
        let mut grid = grid;
        let (m, n) = (grid.len(), grid[0].len());
        let mut best = 0;
        for sr in 0..m {
            for sc in 0..n {
                if grid[sr][sc] != 1 {
                    continue;
                }
                grid[sr][sc] = 0;
                let mut stack = vec![(sr, sc)];
                let mut area = 0;
                while let Some((r, c)) = stack.pop() {
                    area += 1;
                    if r > 0 && grid[r - 1][c] == 1 {
                        grid[r - 1][c] = 0;
                        stack.push((r - 1, c));
                    }
                    if r + 1 < m && grid[r + 1][c] == 1 {
                        grid[r + 1][c] = 0;
                        stack.push((r + 1, c));
                    }
                    if c > 0 && grid[r][c - 1] == 1 {
                        grid[r][c - 1] = 0;
                        stack.push((r, c - 1));
                    }
                    if c + 1 < n && grid[r][c + 1] == 1 {
                        grid[r][c + 1] = 0;
                        stack.push((r, c + 1));
                    }
                }
                best = best.max(area);
            }
        }
        best
    }
}
