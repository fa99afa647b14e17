use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn min_interval(mut intervals: Vec<Vec<i32>>, queries: Vec<i32>) -> Vec<i32> {
        // Queries in increasing order; a min-heap of (size, right) of the intervals started.
        intervals.sort_unstable();
        let mut order: Vec<usize> = (0..queries.len()).collect();
        order.sort_unstable_by_key(|&j| queries[j]);
        let mut answer = vec![-1; queries.len()];
        let mut heap = BinaryHeap::new();
        let mut i = 0;
        for j in order {
            let q = queries[j];
            while i < intervals.len() && intervals[i][0] <= q {
                heap.push(Reverse((intervals[i][1] - intervals[i][0] + 1, intervals[i][1])));
                i += 1;
            }
            while let Some(&Reverse((_, right))) = heap.peek() {
                if right >= q {
                    break;
                }
                heap.pop();
            }
            if let Some(&Reverse((size, _))) = heap.peek() {
                answer[j] = size;
            }
        }
        answer
    }
}
