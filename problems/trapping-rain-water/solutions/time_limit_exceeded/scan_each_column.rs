impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        // For every column, scans both sides for the highest columns: O(n^2).
        let n = height.len();
        let mut water = 0;
        for i in 0..n {
            let left_max = *height[..=i].iter().max().unwrap();
            let right_max = *height[i..].iter().max().unwrap();
            water += left_max.min(right_max) - height[i];
        }
        water
    }
}
