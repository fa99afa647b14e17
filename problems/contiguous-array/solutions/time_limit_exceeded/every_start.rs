impl Solution {
    pub fn find_max_length(nums: Vec<i32>) -> i32 {
        // Every start, every end, with a running balance: O(n^2).
        let n = nums.len();
        let mut best = 0;
        for i in 0..n {
            let mut balance = 0i32;
            for j in i..n {
                balance += if nums[j] == 1 { 1 } else { -1 };
                if balance == 0 {
                    best = best.max(j - i + 1);
                }
            }
        }
        best as i32
    }
}
