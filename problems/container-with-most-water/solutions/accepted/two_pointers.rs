impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        let (mut i, mut j) = (0usize, height.len() - 1);
        let mut best = 0;
        while i < j {
            let area = (j - i) as i32 * height[i].min(height[j]);
            best = best.max(area);
            if height[i] < height[j] {
                i += 1;
            } else {
                j -= 1;
            }
        }
        best
    }
}
