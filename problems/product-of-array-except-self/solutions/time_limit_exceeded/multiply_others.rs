impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        // Multiplies all the other entries for each position: O(n^2).
        let n = nums.len();
        (0..n)
            .map(|i| nums[..i].iter().product::<i32>() * nums[i + 1..].iter().product::<i32>())
            .collect()
    }
}
