impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        // best(i) = max(best(i - 1), best(i - 2) + nums[i]), kept in two variables.
        let (mut skip, mut take) = (0, 0);
        for x in nums {
            let next_take = skip + x;
            skip = skip.max(take);
            take = next_take;
        }
        skip.max(take)
    }
}
