impl Solution {
    pub fn search_matrix(matrix: Vec<Vec<i32>>, target: i32) -> bool {
        // Bug: picks the row by its first value with `<` instead of `<=`, so a target equal to the
        // first value of a row is looked for in the row above.
        let row = matrix.partition_point(|r| r[0] < target);
        if row == 0 {
            return false;
        }
        matrix[row - 1].binary_search(&target).is_ok()
    }
}
