impl Solution {
    pub fn largest_rectangle_area(heights: Vec<i32>) -> i32 {
        // Bug: measures the width from the popped bar itself instead of from the bar below it on
        // the stack, missing the part of the rectangle to the left of the popped bar.
        let n = heights.len();
        let mut stack: Vec<usize> = Vec::new();
        let mut best = 0;
        for i in 0..=n {
            let h = if i < n { heights[i] } else { 0 };
            while let Some(&top) = stack.last() {
                if heights[top] < h {
                    break;
                }
                stack.pop();
                best = best.max(heights[top] * (i - top) as i32);
            }
            stack.push(i);
        }
        best
    }
}
