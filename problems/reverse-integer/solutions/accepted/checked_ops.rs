impl Solution {
    pub fn reverse(x: i32) -> i32 {
        // Build the reversal with the sign kept on every digit (Rust's % keeps the sign of x),
        // using checked arithmetic to detect the 32-bit overflow.
        let mut x = x;
        let mut r: i32 = 0;
        while x != 0 {
            let d = x % 10;
            x /= 10;
            r = match r.checked_mul(10).and_then(|v| v.checked_add(d)) {
                Some(v) => v,
                None => return 0,
            };
        }
        r
    }
}
