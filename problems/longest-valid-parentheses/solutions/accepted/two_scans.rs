impl Solution {
    pub fn longest_valid_parentheses(s: String) -> i32 {
        // Count opens and closes left to right (reset when closes exceed opens), then right to
        // left (reset when opens exceed closes); equal counts mark a valid piece.
        let b = s.as_bytes();
        let mut best = 0;
        let (mut open, mut close) = (0, 0);
        for &c in b {
            if c == b'(' { open += 1 } else { close += 1 }
            if open == close {
                best = best.max(2 * close);
            } else if close > open {
                open = 0;
                close = 0;
            }
        }
        open = 0;
        close = 0;
        for &c in b.iter().rev() {
            if c == b'(' { open += 1 } else { close += 1 }
            if open == close {
                best = best.max(2 * open);
            } else if open > close {
                open = 0;
                close = 0;
            }
        }
        best
    }
}
