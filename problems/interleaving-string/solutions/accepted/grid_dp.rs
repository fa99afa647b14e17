impl Solution {
    pub fn is_interleave(s1: String, s2: String, s3: String) -> bool {
        // ok[j] (row i): the first i letters of s1 and j of s2 can form the first i + j of s3.
        let (a, b, c) = (s1.as_bytes(), s2.as_bytes(), s3.as_bytes());
        let (n, m) = (a.len(), b.len());
        if n + m != c.len() {
            return false;
        }
        let mut ok = vec![false; m + 1];
        for i in 0..=n {
            for j in 0..=m {
                ok[j] = if i == 0 && j == 0 {
                    true
                } else {
                    (i > 0 && ok[j] && a[i - 1] == c[i + j - 1])
                        || (j > 0 && ok[j - 1] && b[j - 1] == c[i + j - 1])
                };
            }
        }
        ok[m]
    }
}
