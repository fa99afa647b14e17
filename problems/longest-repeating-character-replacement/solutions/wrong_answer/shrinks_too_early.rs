impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        // Bug: shrinks when the window needs exactly k changes (>= instead of >), so it never
        // uses the last allowed change.
        let b = s.as_bytes();
        let mut count = [0i32; 26];
        let mut best_freq = 0;
        let mut left = 0usize;
        let mut best = 0;
        for right in 0..b.len() {
            let c = (b[right] - b'A') as usize;
            count[c] += 1;
            best_freq = best_freq.max(count[c]);
            while left <= right && (right - left + 1) as i32 - best_freq >= k && k > 0 {
                count[(b[left] - b'A') as usize] -= 1;
                left += 1;
            }
            best = best.max((right + 1 - left) as i32);
        }
        best
    }
}
