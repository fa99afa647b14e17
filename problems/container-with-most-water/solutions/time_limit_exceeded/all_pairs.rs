impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        // Tries every pair of walls: O(n^2).
        let n = height.len();
        let mut best = 0;
        for i in 0..n {
            for j in i + 1..n {
                best = best.max(height[i].min(height[j]) * (j - i) as i32);
            }
        }
        best
    }
}
