impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        // Divide and conquer: the best block is in the left half, the right half, or crosses
        // the middle. O(n log n).
        fn best(nums: &[i32]) -> i64 {
            if nums.len() == 1 {
                return nums[0] as i64;
            }
            let mid = nums.len() / 2;
            let (mut s, mut left) = (0i64, i64::MIN);
            for &x in nums[..mid].iter().rev() {
                s += x as i64;
                left = left.max(s);
            }
            let (mut s, mut right) = (0i64, i64::MIN);
            for &x in &nums[mid..] {
                s += x as i64;
                right = right.max(s);
            }
            best(&nums[..mid]).max(best(&nums[mid..])).max(left + right)
        }
        best(&nums) as i32
    }
}
