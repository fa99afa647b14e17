use std::collections::HashMap;

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut counts: HashMap<i32, usize> = HashMap::new();
        for &x in &nums {
            *counts.entry(x).or_insert(0) += 1;
        }
        // buckets[c] holds the values that occur exactly c times.
        let mut buckets: Vec<Vec<i32>> = vec![Vec::new(); nums.len() + 1];
        for (&v, &c) in &counts {
            buckets[c].push(v);
        }
        let mut out = Vec::with_capacity(k as usize);
        for bucket in buckets.iter().rev() {
            for &v in bucket {
                if out.len() == k as usize {
                    return out;
                }
                out.push(v);
            }
        }
        out
    }
}
