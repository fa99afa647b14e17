impl Solution {
    pub fn find_words(board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
        // Runs a separate backtracking search for every word.
        fn dfs(b: &mut Vec<Vec<char>>, r: i32, c: i32, w: &[char]) -> bool {
            if w.is_empty() {
                return true;
            }
            if r < 0 || c < 0 || r as usize >= b.len() || c as usize >= b[0].len() {
                return false;
            }
            let (ru, cu) = (r as usize, c as usize);
            if b[ru][cu] != w[0] {
                return false;
            }
            b[ru][cu] = '#';
            let ok = dfs(b, r + 1, c, &w[1..])
                || dfs(b, r - 1, c, &w[1..])
                || dfs(b, r, c + 1, &w[1..])
                || dfs(b, r, c - 1, &w[1..]);
            b[ru][cu] = w[0];
            ok
        }
        let mut b = board;
        let mut out = Vec::new();
        for w in words {
            let chars: Vec<char> = w.chars().collect();
            let mut ok = false;
            'outer: for r in 0..b.len() {
                for c in 0..b[0].len() {
                    if dfs(&mut b, r as i32, c as i32, &chars) {
                        ok = true;
                        break 'outer;
                    }
                }
            }
            if ok {
                out.push(w);
            }
        }
        out
    }
}
