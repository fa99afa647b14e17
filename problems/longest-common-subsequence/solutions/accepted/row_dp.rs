impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        // best[i][j] = LCS of text1[..i] and text2[..j], kept one row at a time.
        let a = text1.as_bytes();
        let b = text2.as_bytes();
        let mut prev = vec![0i32; b.len() + 1];
        let mut cur = vec![0i32; b.len() + 1];
        for &x in a {
            for j in 0..b.len() {
                cur[j + 1] = if x == b[j] { prev[j] + 1 } else { prev[j + 1].max(cur[j]) };
            }
            std::mem::swap(&mut prev, &mut cur);
        }
        prev[b.len()]
    }
}
