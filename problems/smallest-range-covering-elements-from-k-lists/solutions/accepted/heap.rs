use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn smallest_range(nums: Vec<Vec<i32>>) -> Vec<i32> {
        let mut heap = BinaryHeap::new();
        let mut hi = i32::MIN;
        for (i, row) in nums.iter().enumerate() {
            heap.push(Reverse((row[0], i, 0usize)));
            hi = hi.max(row[0]);
        }
        let mut best = (i32::MIN / 2, i32::MAX / 2);
        while let Some(Reverse((lo, i, j))) = heap.pop() {
            if hi - lo < best.1 - best.0 {
                best = (lo, hi);
            }
            if j + 1 == nums[i].len() {
                break;
            }
            let next = nums[i][j + 1];
            hi = hi.max(next);
            heap.push(Reverse((next, i, j + 1)));
        }
        vec![best.0, best.1]
    }
}
