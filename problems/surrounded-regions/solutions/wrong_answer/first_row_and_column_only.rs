impl Solution {
    pub fn solve(board: &mut Vec<Vec<char>>) {
        // Starts the search from the top row and left column only, forgetting the other edges.
        let (m, n) = (board.len(), board[0].len());
        let mut stack = Vec::new();
        for i in 0..m {
            for j in 0..n {
                if (i == 0 || j == 0) && board[i][j] == 'O' {
                    board[i][j] = 'S';
                    stack.push((i, j));
                }
            }
        }
        while let Some((i, j)) = stack.pop() {
            for (a, b) in [(i.wrapping_sub(1), j), (i + 1, j), (i, j.wrapping_sub(1)), (i, j + 1)] {
                if a < m && b < n && board[a][b] == 'O' {
                    board[a][b] = 'S';
                    stack.push((a, b));
                }
            }
        }
        for row in board.iter_mut() {
            for c in row.iter_mut() {
                *c = if *c == 'S' { 'O' } else { 'X' };
            }
        }
    }
}
