impl Solution {
    pub fn solve_sudoku(board: &mut Vec<Vec<char>>) {
        let mut rows = [0u16; 9];
        let mut cols = [0u16; 9];
        let mut boxes = [0u16; 9];
        let mut empty = vec![];
        for r in 0..9 {
            for c in 0..9 {
                if let Some(d) = board[r][c].to_digit(10) {
                    let bit = 1 << d;
                    rows[r] |= bit;
                    cols[c] |= bit;
                    boxes[r / 3 * 3 + c / 3] |= bit;
                } else {
                    empty.push((r, c));
                }
            }
        }
        fn solve(
            k: usize,
            empty: &[(usize, usize)],
            board: &mut Vec<Vec<char>>,
            rows: &mut [u16; 9],
            cols: &mut [u16; 9],
            boxes: &mut [u16; 9],
        ) -> bool {
            if k == empty.len() {
                return true;
            }
            let (r, c) = empty[k];
            let b = r / 3 * 3 + c / 3;
            for d in 1..=9u32 {
                let bit = 1u16 << d;
                if (rows[r] | cols[c] | boxes[b]) & bit != 0 {
                    continue;
                }
                rows[r] |= bit;
                cols[c] |= bit;
                boxes[b] |= bit;
                board[r][c] = char::from_digit(d, 10).unwrap();
                if solve(k + 1, empty, board, rows, cols, boxes) {
                    return true;
                }
                rows[r] ^= bit;
                cols[c] ^= bit;
                boxes[b] ^= bit;
            }
            board[r][c] = '.';
            false
        }
        solve(0, &empty, board, &mut rows, &mut cols, &mut boxes);
    }
}
