impl Solution {
    pub fn longest_increasing_path(matrix: Vec<Vec<i32>>) -> i32 {
        // Depth-first search from every cell without memoisation: exponential in the worst case.
        fn longest(g: &Vec<Vec<i32>>, i: usize, j: usize) -> i32 {
            let (m, n) = (g.len(), g[0].len());
            let mut best = 1;
            let moves = [(i.wrapping_sub(1), j), (i + 1, j), (i, j.wrapping_sub(1)), (i, j + 1)];
            for &(a, b) in &moves {
                if a < m && b < n && g[a][b] > g[i][j] {
                    best = best.max(1 + longest(g, a, b));
                }
            }
            best
        }
        let mut answer = 0;
        for i in 0..matrix.len() {
            for j in 0..matrix[0].len() {
                answer = answer.max(longest(&matrix, i, j));
            }
        }
        answer
    }
}
