impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        fn go(n: usize, row: usize, cols: u32, d1: u32, d2: u32, placed: &mut Vec<usize>, res: &mut Vec<Vec<String>>) {
            if row == n {
                res.push(
                    placed
                        .iter()
                        .map(|&c| {
                            let mut s = vec![b'.'; n];
                            s[c] = b'Q';
                            String::from_utf8(s).unwrap()
                        })
                        .collect(),
                );
                return;
            }
            for c in 0..n {
                let a = 1u32 << c;
                let b = 1u32 << (row + c);
                let d = 1u32 << (row + n - c);
                if cols & a != 0 || d1 & b != 0 || d2 & d != 0 {
                    continue;
                }
                placed.push(c);
                go(n, row + 1, cols | a, d1 | b, d2 | d, placed, res);
                placed.pop();
            }
        }
        let mut res = Vec::new();
        go(n as usize, 0, 0, 0, 0, &mut Vec::new(), &mut res);
        res
    }
}
