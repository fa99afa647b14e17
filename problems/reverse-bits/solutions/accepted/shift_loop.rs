impl Solution {
    pub fn reverse_bits(x: u32) -> u32 {
        let mut n = x;
        let mut out = 0u32;
        for _ in 0..32 {
            out = (out << 1) | (n & 1);
            n >>= 1;
        }
        out
    }
}
