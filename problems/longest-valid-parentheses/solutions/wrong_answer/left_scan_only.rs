impl Solution {
    pub fn longest_valid_parentheses(s: String) -> i32 {
        // Bug: only the left-to-right counting scan, which never sees a valid piece inside a run
        // that has more '(' than ')', such as "(()".
        let mut best = 0;
        let (mut open, mut close) = (0, 0);
        for c in s.bytes() {
            if c == b'(' { open += 1 } else { close += 1 }
            if open == close {
                best = best.max(2 * close);
            } else if close > open {
                open = 0;
                close = 0;
            }
        }
        best
    }
}
