impl Solution {
    // Tries digits in every empty cell and checks the rules only once the board is full.
    pub fn solve_sudoku(board: &mut Vec<Vec<char>>) {
        let mut empty = vec![];
        for r in 0..9 {
            for c in 0..9 {
                if board[r][c] == '.' {
                    empty.push((r, c));
                }
            }
        }
        fn valid(b: &Vec<Vec<char>>) -> bool {
            for i in 0..9 {
                let (mut row, mut col, mut bx) = ([false; 10], [false; 10], [false; 10]);
                for k in 0..9 {
                    let a = b[i][k].to_digit(10).unwrap() as usize;
                    let c = b[k][i].to_digit(10).unwrap() as usize;
                    let x = b[i / 3 * 3 + k / 3][i % 3 * 3 + k % 3].to_digit(10).unwrap() as usize;
                    if row[a] || col[c] || bx[x] {
                        return false;
                    }
                    row[a] = true;
                    col[c] = true;
                    bx[x] = true;
                }
            }
            true
        }
        fn fill(k: usize, empty: &[(usize, usize)], b: &mut Vec<Vec<char>>) -> bool {
            if k == empty.len() {
                return valid(b);
            }
            let (r, c) = empty[k];
            for ch in "123456789".chars() {
                b[r][c] = ch;
                if fill(k + 1, empty, b) {
                    return true;
                }
            }
            b[r][c] = '.';
            false
        }
        fill(0, &empty, board);
    }
}
