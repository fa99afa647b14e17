impl Solution {
    pub fn check_valid_string(s: String) -> bool {
        // Tries '(', ')' and nothing for every wildcard, without memoisation: up to 3^k.
        fn can(b: &[u8], i: usize, open: i32) -> bool {
            if open < 0 {
                return false;
            }
            if i == b.len() {
                return open == 0;
            }
            match b[i] {
                b'(' => can(b, i + 1, open + 1),
                b')' => can(b, i + 1, open - 1),
                _ => can(b, i + 1, open + 1) || can(b, i + 1, open - 1) || can(b, i + 1, open),
            }
        }
        can(s.as_bytes(), 0, 0)
    }
}
