impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        let mut board = board;
        let mut w: Vec<char> = word.chars().collect();
        let (m, n) = (board.len(), board[0].len());
        let count = |c: char, b: &Vec<Vec<char>>| b.iter().flatten().filter(|&&x| x == c).count();
        // Give up at once if the board lacks some letter of the word often enough.
        for &c in &w {
            if count(c, &board) < w.iter().filter(|&&x| x == c).count() {
                return false;
            }
        }
        // Start from the rarer end.
        if count(w[0], &board) > count(w[w.len() - 1], &board) {
            w.reverse();
        }
        fn dfs(b: &mut Vec<Vec<char>>, w: &[char], i: usize, j: usize, k: usize) -> bool {
            if b[i][j] != w[k] {
                return false;
            }
            if k + 1 == w.len() {
                return true;
            }
            b[i][j] = '#';
            let (m, n) = (b.len(), b[0].len());
            let found = (i > 0 && dfs(b, w, i - 1, j, k + 1))
                || (i + 1 < m && dfs(b, w, i + 1, j, k + 1))
                || (j > 0 && dfs(b, w, i, j - 1, k + 1))
                || (j + 1 < n && dfs(b, w, i, j + 1, k + 1));
            b[i][j] = w[k];
            found
        }
        for i in 0..m {
            for j in 0..n {
                if dfs(&mut board, &w, i, j, 0) {
                    return true;
                }
            }
        }
        false
    }
}
