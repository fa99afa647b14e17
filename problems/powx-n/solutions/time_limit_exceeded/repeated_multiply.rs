impl Solution {
    pub fn my_pow(x: f64, n: i32) -> f64 {
        // Multiplies |n| times: O(|n|), about two billion steps for the largest n.
        let (mut base, mut e) = (x, n as i64);
        if e < 0 {
            base = 1.0 / base;
            e = -e;
        }
        let mut result = 1.0;
        for _ in 0..e {
            result *= base;
        }
        result
    }
}
