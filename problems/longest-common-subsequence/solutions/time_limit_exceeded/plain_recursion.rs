impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        // Plain recursion without remembering results: on a mismatch it tries dropping a letter
        // from either string, about 2^(m+n) calls on strings with little in common.
        fn lcs(a: &[u8], b: &[u8], i: usize, j: usize) -> i32 {
            if i == a.len() || j == b.len() {
                return 0;
            }
            if a[i] == b[j] {
                return 1 + lcs(a, b, i + 1, j + 1);
            }
            lcs(a, b, i + 1, j).max(lcs(a, b, i, j + 1))
        }
        lcs(text1.as_bytes(), text2.as_bytes(), 0, 0)
    }
}
