impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let m = heights.len();
        let n = heights[0].len();
        let flood = |starts: Vec<(usize, usize)>| -> Vec<Vec<bool>> {
            let mut seen = vec![vec![false; n]; m];
            let mut stack = Vec::new();
            for (r, c) in starts {
                if !seen[r][c] {
                    seen[r][c] = true;
                    stack.push((r, c));
                }
            }
            while let Some((r, c)) = stack.pop() {
                let dirs = [(1i32, 0i32), (-1, 0), (0, 1), (0, -1)];
                for (dr, dc) in dirs {
                    let nr = r as i32 + dr;
                    let nc = c as i32 + dc;
                    if nr < 0 || nc < 0 || nr >= m as i32 || nc >= n as i32 {
                        continue;
                    }
                    let (nr, nc) = (nr as usize, nc as usize);
                    if !seen[nr][nc] && heights[nr][nc] >= heights[r][c] {
                        seen[nr][nc] = true;
                        stack.push((nr, nc));
                    }
                }
            }
            seen
        };
        let mut pac = Vec::new();
        let mut atl = Vec::new();
        for c in 0..n {
            pac.push((0, c));
            atl.push((m - 1, c));
        }
        for r in 0..m {
            pac.push((r, 0));
            atl.push((r, n - 1));
        }
        let p = flood(pac);
        let a = flood(atl);
        let mut res = Vec::new();
        for r in 0..m {
            for c in 0..n {
                if p[r][c] && a[r][c] {
                    res.push(vec![r as i32, c as i32]);
                }
            }
        }
        res
    }
}
