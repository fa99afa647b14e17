impl Solution {
    pub fn partition(s: String) -> Vec<Vec<String>> {
        let b = s.as_bytes();
        let n = b.len();
        // pal[i][j]: s[i..=j] is a palindrome
        let mut pal = vec![vec![false; n]; n];
        for i in (0..n).rev() {
            for j in i..n {
                pal[i][j] = b[i] == b[j] && (j - i < 2 || pal[i + 1][j - 1]);
            }
        }
        fn go(s: &str, pal: &Vec<Vec<bool>>, start: usize, path: &mut Vec<String>, res: &mut Vec<Vec<String>>) {
            if start == s.len() {
                res.push(path.clone());
                return;
            }
            for end in start..s.len() {
                if pal[start][end] {
                    path.push(s[start..=end].to_string());
                    go(s, pal, end + 1, path, res);
                    path.pop();
                }
            }
        }
        let mut res = Vec::new();
        go(&s, &pal, 0, &mut Vec::new(), &mut res);
        res
    }
}
