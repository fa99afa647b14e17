impl Solution {
    pub fn search_matrix(matrix: Vec<Vec<i32>>, target: i32) -> bool {
        // First find the last row whose first value is <= target, then search inside it.
        let row = matrix.partition_point(|r| r[0] <= target);
        if row == 0 {
            return false;
        }
        matrix[row - 1].binary_search(&target).is_ok()
    }
}
