impl Solution {
    pub fn count_substrings(s: String) -> i32 {
        // Each palindrome has one centre (a character or a gap); count them by growing outwards.
        let b = s.as_bytes();
        let n = b.len() as i32;
        let mut count = 0;
        for center in 0..(2 * n - 1) {
            let (mut lo, mut hi) = (center / 2, (center + 1) / 2);
            while lo >= 0 && hi < n && b[lo as usize] == b[hi as usize] {
                count += 1;
                lo -= 1;
                hi += 1;
            }
        }
        count
    }
}
