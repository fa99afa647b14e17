impl Solution {
    pub fn find_duplicate(nums: Vec<i32>) -> i32 {
        // Compares every pair: O(n^2).
        let n = nums.len();
        for i in 0..n {
            for j in i + 1..n {
                if nums[i] == nums[j] {
                    return nums[i];
                }
            }
        }
        -1
    }
}
