impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        // Every start, every end: O(n^2).
        let mut best = nums[0];
        for i in 0..nums.len() {
            let mut total = 0;
            for j in i..nums.len() {
                total += nums[j];
                best = best.max(total);
            }
        }
        best
    }
}
