impl Solution {
    pub fn my_pow(x: f64, n: i32) -> f64 {
        // Bug: n.abs() overflows for n = -2^31 (it wraps to -2^31 in a release build), so the
        // loop never runs and the answer is 1.
        let mut e = n.wrapping_abs();
        let mut base = x;
        let mut result = 1.0;
        while e > 0 {
            if e & 1 == 1 {
                result *= base;
            }
            base *= base;
            e >>= 1;
        }
        if n < 0 { 1.0 / result } else { result }
    }
}
