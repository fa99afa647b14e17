impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        // last[b] = 1 + index of the latest occurrence of byte b (0 = not seen).
        let mut last = [0usize; 256];
        let mut lo = 0usize;
        let mut best = 0usize;
        for (i, b) in s.bytes().enumerate() {
            lo = lo.max(last[b as usize]);
            last[b as usize] = i + 1;
            best = best.max(i + 1 - lo);
        }
        best as i32
    }
}
