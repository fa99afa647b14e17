impl Solution {
    pub fn num_distinct(s: String, t: String) -> i32 {
        // Use s[i] for t[j] or skip it, without memoisation: exponential.
        fn count(s: &[u8], t: &[u8], i: usize, j: usize) -> i32 {
            if j == t.len() {
                return 1;
            }
            if s.len() - i < t.len() - j {
                return 0;
            }
            let mut total = count(s, t, i + 1, j);
            if s[i] == t[j] {
                total = total.wrapping_add(count(s, t, i + 1, j + 1));
            }
            total
        }
        count(s.as_bytes(), t.as_bytes(), 0, 0)
    }
}
