impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        // Grow outwards from each of the 2n - 1 centres (characters and gaps).
        let b = s.as_bytes();
        let n = b.len() as i64;
        let (mut best_lo, mut best_len) = (0usize, 1usize);
        for center in 0..(2 * n - 1) {
            let (mut lo, mut hi) = (center / 2, (center + 1) / 2);
            while lo >= 0 && hi < n && b[lo as usize] == b[hi as usize] {
                lo -= 1;
                hi += 1;
            }
            let len = (hi - lo - 1) as usize;
            if len > best_len {
                best_len = len;
                best_lo = (lo + 1) as usize;
            }
        }
        s[best_lo..best_lo + best_len].to_string()
    }
}
