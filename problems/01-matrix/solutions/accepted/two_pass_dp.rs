impl Solution {
    pub fn update_matrix(mat: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let (m, n) = (mat.len(), mat[0].len());
        let inf = (m + n) as i32;
        let mut d = vec![vec![inf; n]; m];
        for r in 0..m {
            for c in 0..n {
                if mat[r][c] == 0 {
                    d[r][c] = 0;
                } else {
                    if r > 0 { d[r][c] = d[r][c].min(d[r - 1][c] + 1); }
                    if c > 0 { d[r][c] = d[r][c].min(d[r][c - 1] + 1); }
                }
            }
        }
        for r in (0..m).rev() {
            for c in (0..n).rev() {
                if r + 1 < m { d[r][c] = d[r][c].min(d[r + 1][c] + 1); }
                if c + 1 < n { d[r][c] = d[r][c].min(d[r][c + 1] + 1); }
            }
        }
        d
    }
}
