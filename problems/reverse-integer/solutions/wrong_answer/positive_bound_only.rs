impl Solution {
    pub fn reverse(x: i32) -> i32 {
        // Bug: compares the 64-bit result with i32::MAX only, so a negative result below
        // i32::MIN is truncated instead of giving 0.
        let mut x = x as i64;
        let mut r: i64 = 0;
        while x != 0 {
            r = r * 10 + x % 10;
            x /= 10;
        }
        if r > i32::MAX as i64 {
            0
        } else {
            r as i32
        }
    }
}
