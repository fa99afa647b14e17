impl Solution {
    pub fn check_valid_string(s: String) -> bool {
        // Track the range [lo, hi] of possible numbers of unclosed '(' so far.
        let (mut lo, mut hi) = (0i32, 0i32);
        for c in s.chars() {
            match c {
                '(' => {
                    lo += 1;
                    hi += 1;
                }
                ')' => {
                    lo -= 1;
                    hi -= 1;
                }
                _ => {
                    lo -= 1;
                    hi += 1;
                }
            }
            if hi < 0 {
                return false;
            }
            lo = lo.max(0);
        }
        lo == 0
    }
}
