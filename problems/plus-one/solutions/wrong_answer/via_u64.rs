impl Solution {
    pub fn plus_one(digits: Vec<i32>) -> Vec<i32> {
        // Bug: converts the digits to a u64, which silently wraps around for numbers with more
        // than 19 digits in a release build.
        let mut n: u64 = 0;
        for &d in &digits {
            n = n.wrapping_mul(10).wrapping_add(d as u64);
        }
        n = n.wrapping_add(1);
        n.to_string().bytes().map(|b| (b - b'0') as i32).collect()
    }
}
