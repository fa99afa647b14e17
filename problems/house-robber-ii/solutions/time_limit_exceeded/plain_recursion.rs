impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        // Plain recursion without memoisation: about 1.6^n calls per pass.
        fn best(houses: &[i32], i: usize) -> i32 {
            if i >= houses.len() {
                return 0;
            }
            best(houses, i + 1).max(houses[i] + best(houses, i + 2))
        }
        let n = nums.len();
        if n == 1 {
            return nums[0];
        }
        best(&nums[..n - 1], 0).max(best(&nums[1..], 0))
    }
}
