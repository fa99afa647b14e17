impl Solution {
    pub fn reverse_bits(x: u32) -> u32 {
        // Stops as soon as the remaining bits are zero: the result is not shifted all the way.
        let mut n = x;
        let mut out = 0u32;
        while n != 0 {
            out = (out << 1) | (n & 1);
            n >>= 1;
        }
        out
    }
}
