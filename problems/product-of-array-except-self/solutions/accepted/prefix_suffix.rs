impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        let n = nums.len();
        let mut answer = vec![1i32; n];
        let mut running = 1i32;
        for i in 0..n {
            answer[i] = running;
            running = running * nums[i];
        }
        running = 1;
        for i in (0..n).rev() {
            answer[i] *= running;
            running = running * nums[i];
        }
        answer
    }
}
