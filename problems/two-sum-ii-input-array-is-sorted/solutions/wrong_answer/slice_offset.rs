impl Solution {
    pub fn two_sum(numbers: Vec<i32>, target: i32) -> Vec<i32> {
        // Bug: binary-searches the partner in the slice after i, but forgets that the index it
        // gets back is relative to that slice.
        for (i, &x) in numbers.iter().enumerate() {
            if let Ok(j) = numbers[i + 1..].binary_search(&(target - x)) {
                return vec![i as i32 + 1, j as i32 + 1];
            }
        }
        vec![]
    }
}
