impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        // Plain backtracking, without pruning: tries every path from every cell.
        fn dfs(b: &mut Vec<Vec<char>>, w: &[char], i: usize, j: usize, k: usize) -> bool {
            if b[i][j] != w[k] {
                return false;
            }
            if k + 1 == w.len() {
                return true;
            }
            let (m, n) = (b.len(), b[0].len());
            b[i][j] = '#';
            let found = (i + 1 < m && dfs(b, w, i + 1, j, k + 1))
                || (i > 0 && dfs(b, w, i - 1, j, k + 1))
                || (j + 1 < n && dfs(b, w, i, j + 1, k + 1))
                || (j > 0 && dfs(b, w, i, j - 1, k + 1));
            b[i][j] = w[k];
            found
        }
        let mut board = board;
        let w: Vec<char> = word.chars().collect();
        for i in 0..board.len() {
            for j in 0..board[0].len() {
                if dfs(&mut board, &w, i, j, 0) {
                    return true;
                }
            }
        }
        false
    }
}
