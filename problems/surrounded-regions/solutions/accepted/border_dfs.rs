impl Solution {
    pub fn solve(board: &mut Vec<Vec<char>>) {
        let (m, n) = (board.len(), board[0].len());
        let mut stack = Vec::new();
        for i in 0..m {
            for j in 0..n {
                if (i == 0 || i == m - 1 || j == 0 || j == n - 1) && board[i][j] == 'O' {
                    board[i][j] = 'S';
                    stack.push((i, j));
                }
            }
        }
        while let Some((i, j)) = stack.pop() {
            let mut visit = |a: usize, b: usize, board: &mut Vec<Vec<char>>| {
                if board[a][b] == 'O' {
                    board[a][b] = 'S';
                    stack.push((a, b));
                }
            };
            if i > 0 { visit(i - 1, j, board); }
            if i + 1 < m { visit(i + 1, j, board); }
            if j > 0 { visit(i, j - 1, board); }
            if j + 1 < n { visit(i, j + 1, board); }
        }
        for row in board.iter_mut() {
            for c in row.iter_mut() {
                *c = if *c == 'S' { 'O' } else { 'X' };
            }
        }
    }
}
