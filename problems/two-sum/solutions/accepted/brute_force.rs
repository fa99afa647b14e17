impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        // Tries every pair: O(n^2). Sums are taken in i64, since two values of 10^9 overflow i32.
        let n = nums.len();
        for i in 0..n {
            for j in i + 1..n {
                if nums[i] as i64 + nums[j] as i64 == target as i64 {
                    return vec![i as i32, j as i32];
                }
            }
        }
        vec![]
    }
}
