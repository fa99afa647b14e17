impl Solution {
    pub fn is_match(s: String, p: String) -> bool {
        // The recursion without memoisation: exponential in general, but with strings of at
        // most 20 characters it stays fast in Rust (accepted, as on LeetCode).
        fn m(s: &[u8], p: &[u8]) -> bool {
            if p.is_empty() {
                return s.is_empty();
            }
            let first = !s.is_empty() && (p[0] == s[0] || p[0] == b'.');
            if p.len() >= 2 && p[1] == b'*' {
                m(s, &p[2..]) || (first && m(&s[1..], p))
            } else {
                first && m(&s[1..], &p[1..])
            }
        }
        m(s.as_bytes(), p.as_bytes())
    }
}
