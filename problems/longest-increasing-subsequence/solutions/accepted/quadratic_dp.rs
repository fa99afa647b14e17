impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        // Quadratic DP: longest[i] = 1 + max(longest[j]) over j < i with nums[j] < nums[i].
        let n = nums.len();
        let mut longest = vec![1; n];
        for i in 0..n {
            for j in 0..i {
                if nums[j] < nums[i] {
                    longest[i] = longest[i].max(longest[j] + 1);
                }
            }
        }
        *longest.iter().max().unwrap()
    }
}
