impl Solution {
    pub fn largest_rectangle_area(heights: Vec<i32>) -> i32 {
        // Every left end, extending right while tracking the minimum: O(n^2).
        let n = heights.len();
        let mut best = 0;
        for i in 0..n {
            let mut low = heights[i];
            for j in i..n {
                low = low.min(heights[j]);
                best = best.max(low * (j - i + 1) as i32);
            }
        }
        best
    }
}
