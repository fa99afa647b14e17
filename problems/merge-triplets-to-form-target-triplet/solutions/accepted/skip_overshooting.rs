impl Solution {
    pub fn merge_triplets(triplets: Vec<Vec<i32>>, target: Vec<i32>) -> bool {
        // Merge every triplet that never exceeds the target and compare the result.
        let mut best = [0; 3];
        for t in &triplets {
            if (0..3).all(|k| t[k] <= target[k]) {
                for k in 0..3 {
                    best[k] = best[k].max(t[k]);
                }
            }
        }
        best[..] == target[..]
    }
}
