impl Solution {
    pub fn permute(nums: Vec<i32>) -> Vec<Vec<i32>> {
        fn go(nums: &mut Vec<i32>, k: usize, out: &mut Vec<Vec<i32>>) {
            if k == nums.len() {
                out.push(nums.clone());
                return;
            }
            for i in k..nums.len() {
                nums.swap(k, i);
                go(nums, k + 1, out);
                nums.swap(k, i);
            }
        }
        let mut nums = nums;
        let mut out = Vec::new();
        go(&mut nums, 0, &mut out);
        out
    }
}
