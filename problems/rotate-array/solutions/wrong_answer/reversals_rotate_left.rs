impl Solution {
    pub fn rotate(nums: &mut Vec<i32>, k: i32) {
        // Reverses the first k and the rest before reversing the whole: that rotates left.
        let n = nums.len();
        let k = k as usize % n;
        nums[..k].reverse();
        nums[k..].reverse();
        nums.reverse();
    }
}
