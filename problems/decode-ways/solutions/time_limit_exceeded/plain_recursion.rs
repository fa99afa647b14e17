impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        // Plain recursion without memoisation: tries every split, about fib(n) calls.
        fn ways(b: &[u8], i: usize) -> i32 {
            if i == b.len() {
                return 1;
            }
            if b[i] == b'0' {
                return 0;
            }
            let mut total = ways(b, i + 1);
            if i + 1 < b.len() && (b[i] == b'1' || (b[i] == b'2' && b[i + 1] <= b'6')) {
                total += ways(b, i + 2);
            }
            total
        }
        ways(s.as_bytes(), 0)
    }
}
