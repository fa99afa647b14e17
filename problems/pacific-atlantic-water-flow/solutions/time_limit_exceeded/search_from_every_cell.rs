// From every square, walk downhill and see which oceans the water reaches: O((m*n)^2).
impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let m = heights.len();
        let n = heights[0].len();
        let mut res = Vec::new();
        for sr in 0..m {
            for sc in 0..n {
                let mut seen = vec![vec![false; n]; m];
                let (mut pac, mut atl) = (false, false);
                let mut stack = vec![(sr, sc)];
                seen[sr][sc] = true;
                while let Some((r, c)) = stack.pop() {
                    if r == 0 || c == 0 {
                        pac = true;
                    }
                    if r == m - 1 || c == n - 1 {
                        atl = true;
                    }
                    if pac && atl {
                        break;
                    }
                    let mut next = Vec::with_capacity(4);
                    if r > 0 { next.push((r - 1, c)); }
                    if c > 0 { next.push((r, c - 1)); }
                    if r + 1 < m { next.push((r + 1, c)); }
                    if c + 1 < n { next.push((r, c + 1)); }
                    for (nr, nc) in next {
                        if !seen[nr][nc] && heights[nr][nc] <= heights[r][c] {
                            seen[nr][nc] = true;
                            stack.push((nr, nc));
                        }
                    }
                }
                if pac && atl {
                    res.push(vec![sr as i32, sc as i32]);
                }
            }
        }
        res
    }
}
