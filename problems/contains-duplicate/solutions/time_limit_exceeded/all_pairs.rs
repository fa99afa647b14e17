impl Solution {
    pub fn contains_duplicate(nums: Vec<i32>) -> bool {
        // Compares every pair of positions: O(n^2) when all values are different.
        for i in 0..nums.len() {
            for j in i + 1..nums.len() {
                if nums[i] == nums[j] {
                    return true;
                }
            }
        }
        false
    }
}
