impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        let n = height.len();
        // right_max[i] = highest column in height[i..].
        let mut right_max = vec![0; n + 1];
        for i in (0..n).rev() {
            right_max[i] = right_max[i + 1].max(height[i]);
        }
        let mut left_max = 0;
        let mut water = 0;
        for i in 0..n {
            left_max = left_max.max(height[i]);
            water += left_max.min(right_max[i]) - height[i];
        }
        water
    }
}
