impl Solution {
    pub fn missing_number(nums: Vec<i32>) -> i32 {
        // Bug: XORs the indices 0..n-1 and the values, but never n.
        let mut ans = 0;
        for (i, &x) in nums.iter().enumerate() {
            ans ^= i as i32 ^ x;
        }
        ans
    }
}
