use std::collections::HashSet;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        // Checks every substring for repeated characters: O(n^3).
        let b = s.as_bytes();
        let n = b.len();
        let mut best = 0;
        for i in 0..n {
            for j in i + 1..=n {
                let distinct: HashSet<u8> = b[i..j].iter().copied().collect();
                if distinct.len() == j - i {
                    best = best.max(j - i);
                }
            }
        }
        best as i32
    }
}
