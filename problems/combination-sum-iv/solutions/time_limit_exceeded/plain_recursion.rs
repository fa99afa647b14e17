impl Solution {
    pub fn combination_sum4(nums: Vec<i32>, target: i32) -> i32 {
        // Tries every next number, without memoisation: exponential.
        fn count(nums: &[i32], rest: i32) -> i32 {
            if rest == 0 {
                return 1;
            }
            let mut total = 0i32;
            for &x in nums {
                if x <= rest {
                    total = total.wrapping_add(count(nums, rest - x));
                }
            }
            total
        }
        count(&nums, target)
    }
}
