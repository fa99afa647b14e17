impl Solution {
    pub fn next_permutation(nums: &mut Vec<i32>) {
        // Uses > instead of >= when looking for the pivot: equal neighbours stop the scan.
        let n = nums.len();
        let mut i = n - 1;
        while i > 0 && nums[i - 1] > nums[i] {
            i -= 1;
        }
        if i > 0 {
            let mut j = n - 1;
            while nums[j] <= nums[i - 1] && j > i - 1 {
                j -= 1;
            }
            nums.swap(i - 1, j);
        }
        nums[i..].reverse();
    }
}
