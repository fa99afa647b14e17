impl Solution {
    pub fn min_distance(word1: String, word2: String) -> i32 {
        // Plain recursion over the three edits, without remembering any result:
        // about 3^n calls on words that differ everywhere.
        fn dist(a: &[u8], b: &[u8], i: usize, j: usize) -> i32 {
            if i == a.len() {
                return (b.len() - j) as i32;
            }
            if j == b.len() {
                return (a.len() - i) as i32;
            }
            if a[i] == b[j] {
                return dist(a, b, i + 1, j + 1);
            }
            1 + dist(a, b, i + 1, j + 1).min(dist(a, b, i + 1, j)).min(dist(a, b, i, j + 1))
        }
        dist(word1.as_bytes(), word2.as_bytes(), 0, 0)
    }
}
