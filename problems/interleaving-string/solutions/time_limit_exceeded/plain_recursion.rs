impl Solution {
    pub fn is_interleave(s1: String, s2: String, s3: String) -> bool {
        // Tries s1 then s2 at every step without remembering failures: exponential.
        fn can(a: &[u8], b: &[u8], c: &[u8], i: usize, j: usize) -> bool {
            if i == a.len() && j == b.len() {
                return true;
            }
            let k = i + j;
            (i < a.len() && a[i] == c[k] && can(a, b, c, i + 1, j))
                || (j < b.len() && b[j] == c[k] && can(a, b, c, i, j + 1))
        }
        s1.len() + s2.len() == s3.len() && can(s1.as_bytes(), s2.as_bytes(), s3.as_bytes(), 0, 0)
    }
}
