impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        // Flood-fill each unvisited land cell with an explicit stack.
        let rows = grid.len();
        let cols = grid[0].len();
        let mut seen = vec![vec![false; cols]; rows];
        let mut count = 0;
        let mut stack: Vec<(usize, usize)> = Vec::new();
        for r in 0..rows {
            for c in 0..cols {
                if grid[r][c] != '1' || seen[r][c] {
                    continue;
                }
                count += 1;
                seen[r][c] = true;
                stack.push((r, c));
                while let Some((y, x)) = stack.pop() {
                    let mut visit = |ny: usize, nx: usize, stack: &mut Vec<(usize, usize)>| {
                        if grid[ny][nx] == '1' && !seen[ny][nx] {
                            seen[ny][nx] = true;
                            stack.push((ny, nx));
                        }
                    };
                    if y > 0 { visit(y - 1, x, &mut stack); }
                    if y + 1 < rows { visit(y + 1, x, &mut stack); }
                    if x > 0 { visit(y, x - 1, &mut stack); }
                    if x + 1 < cols { visit(y, x + 1, &mut stack); }
                }
            }
        }
        count
    }
}
