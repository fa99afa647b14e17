impl Solution {
    pub fn rotate(matrix: &mut Vec<Vec<i32>>) {
        let n = matrix.len();
        for layer in 0..n / 2 {
            let last = n - 1 - layer;
            for k in 0..last - layer {
                let top = matrix[layer][layer + k];
                matrix[layer][layer + k] = matrix[last - k][layer];
                matrix[last - k][layer] = matrix[last][last - k];
                matrix[last][last - k] = matrix[layer + k][last];
                matrix[layer + k][last] = top;
            }
        }
    }
}
