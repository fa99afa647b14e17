impl Solution {
    pub fn maximal_square(matrix: Vec<Vec<char>>) -> i32 {
        // side of the largest all-ones square ending at each cell, one row at a time.
        let n = matrix[0].len();
        let mut prev = vec![0i32; n + 1];
        let mut best = 0;
        for row in &matrix {
            let mut cur = vec![0i32; n + 1];
            for j in 0..n {
                if row[j] == '1' {
                    cur[j + 1] = 1 + cur[j].min(prev[j]).min(prev[j + 1]);
                    best = best.max(cur[j + 1]);
                }
            }
            prev = cur;
        }
        best * best
    }
}
