impl Solution {
    pub fn decode_string(s: String) -> String {
        // Recursive descent: decode a sequence until ']' or the end.
        fn decode(b: &[u8], i: &mut usize) -> String {
            let mut out = String::new();
            while *i < b.len() && b[*i] != b']' {
                if b[*i].is_ascii_digit() {
                    let mut k = 0usize;
                    while b[*i].is_ascii_digit() {
                        k = k * 10 + (b[*i] - b'0') as usize;
                        *i += 1;
                    }
                    *i += 1; // '['
                    let inner = decode(b, i);
                    *i += 1; // ']'
                    out.push_str(&inner.repeat(k));
                } else {
                    out.push(b[*i] as char);
                    *i += 1;
                }
            }
            out
        }
        let mut i = 0;
        decode(s.as_bytes(), &mut i)
    }
}
