impl Solution {
    pub fn is_match(s: String, p: String) -> bool {
        // m[i][j]: p[j..] matches s[i..], filled from the ends.
        let (s, p) = (s.as_bytes(), p.as_bytes());
        let (n, k) = (s.len(), p.len());
        let mut m = vec![vec![false; k + 1]; n + 1];
        m[n][k] = true;
        for i in (0..=n).rev() {
            for j in (0..k).rev() {
                let first = i < n && (p[j] == s[i] || p[j] == b'.');
                m[i][j] = if j + 1 < k && p[j + 1] == b'*' {
                    m[i][j + 2] || (first && m[i + 1][j])
                } else {
                    first && m[i + 1][j + 1]
                };
            }
        }
        m[0][0]
    }
}
