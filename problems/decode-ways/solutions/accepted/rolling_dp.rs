impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        // ways(i) = ways(i-1) if s[i-1] is a code + ways(i-2) if s[i-2..i] is a code.
        let b = s.as_bytes();
        let (mut two_back, mut one_back) = (0i32, 1i32);
        for i in 1..=b.len() {
            let mut cur = if b[i - 1] != b'0' { one_back } else { 0 };
            if i >= 2 && (b[i - 2] == b'1' || (b[i - 2] == b'2' && b[i - 1] <= b'6')) {
                cur += two_back;
            }
            two_back = one_back;
            one_back = cur;
        }
        one_back
    }
}
