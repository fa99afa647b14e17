impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        // Keep the largest and the smallest product of a block ending here: a negative factor
        // swaps their roles.
        let (mut best, mut hi, mut lo) = (nums[0], nums[0], nums[0]);
        for &x in &nums[1..] {
            if x < 0 {
                std::mem::swap(&mut hi, &mut lo);
            }
            hi = x.max(hi * x);
            lo = x.min(lo * x);
            best = best.max(hi);
        }
        best
    }
}
