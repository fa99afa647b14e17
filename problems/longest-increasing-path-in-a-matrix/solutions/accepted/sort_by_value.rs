impl Solution {
    pub fn longest_increasing_path(matrix: Vec<Vec<i32>>) -> i32 {
        // Visit cells from the largest value down: every larger neighbour is already final.
        let (m, n) = (matrix.len(), matrix[0].len());
        let mut cells: Vec<(i32, usize, usize)> = Vec::with_capacity(m * n);
        for i in 0..m {
            for j in 0..n {
                cells.push((matrix[i][j], i, j));
            }
        }
        cells.sort_unstable_by(|a, b| b.0.cmp(&a.0));
        let mut best = vec![vec![1i32; n]; m];
        let mut answer = 1;
        for &(v, i, j) in &cells {
            let mut here = 1;
            let moves = [(i.wrapping_sub(1), j), (i + 1, j), (i, j.wrapping_sub(1)), (i, j + 1)];
            for &(a, b) in &moves {
                if a < m && b < n && matrix[a][b] > v {
                    here = here.max(best[a][b] + 1);
                }
            }
            best[i][j] = here;
            answer = answer.max(here);
        }
        answer
    }
}
