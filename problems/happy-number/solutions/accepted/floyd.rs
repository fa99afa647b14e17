impl Solution {
    pub fn is_happy(n: i32) -> bool {
        fn next(mut n: i32) -> i32 {
            let mut s = 0;
            while n > 0 {
                let d = n % 10;
                s += d * d;
                n /= 10;
            }
            s
        }
        // Floyd's cycle detection: the fast walker meets the slow one inside the loop; the walk
        // is happy if that loop is the fixed point 1.
        let (mut slow, mut fast) = (n, next(n));
        while fast != 1 && slow != fast {
            slow = next(slow);
            fast = next(next(fast));
        }
        fast == 1
    }
}
