impl Solution {
    pub fn oranges_rotting(grid: Vec<Vec<i32>>) -> i32 {
        // Multi-source BFS from every rotten orange at once; each layer is one minute.
        let mut grid = grid;
        let rows = grid.len();
        let cols = grid[0].len();
        let mut frontier: Vec<(usize, usize)> = Vec::new();
        let mut fresh = 0;
        for r in 0..rows {
            for c in 0..cols {
                if grid[r][c] == 2 {
                    frontier.push((r, c));
                } else if grid[r][c] == 1 {
                    fresh += 1;
                }
            }
        }
        let mut minutes = 0;
        while !frontier.is_empty() && fresh > 0 {
            let mut next = Vec::new();
            for &(y, x) in &frontier {
                let mut cand = Vec::with_capacity(4);
                if y > 0 { cand.push((y - 1, x)); }
                if y + 1 < rows { cand.push((y + 1, x)); }
                if x > 0 { cand.push((y, x - 1)); }
                if x + 1 < cols { cand.push((y, x + 1)); }
                for (ny, nx) in cand {
                    if grid[ny][nx] == 1 {
                        grid[ny][nx] = 2;
                        fresh -= 1;
                        next.push((ny, nx));
                    }
                }
            }
            frontier = next;
            minutes += 1;
        }
        if fresh > 0 { -1 } else { minutes }
    }
}
