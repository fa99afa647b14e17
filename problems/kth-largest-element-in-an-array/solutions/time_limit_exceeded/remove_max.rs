impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        // Removes the maximum k - 1 times: O(n * k).
        let mut nums = nums;
        for _ in 0..k - 1 {
            let best = *nums.iter().max().unwrap();
            let pos = nums.iter().position(|&x| x == best).unwrap();
            nums.remove(pos);
        }
        *nums.iter().max().unwrap()
    }
}
