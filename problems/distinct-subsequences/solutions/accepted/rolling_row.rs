impl Solution {
    pub fn num_distinct(s: String, t: String) -> i32 {
        // ways[j]: ways to spell t[..j] with the part of s read so far. Counts for prefixes of t
        // can overflow 32 bits; only sums are taken, so wrapping arithmetic keeps the final
        // answer (which fits) exact.
        let t = t.as_bytes();
        let mut ways = vec![0u32; t.len() + 1];
        ways[0] = 1;
        for &c in s.as_bytes() {
            for j in (1..=t.len()).rev() {
                if t[j - 1] == c {
                    ways[j] = ways[j].wrapping_add(ways[j - 1]);
                }
            }
        }
        ways[t.len()] as i32
    }
}
