use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct KthLargest {
    k: usize,
    heap: BinaryHeap<Reverse<i32>>, // the k largest scores, smallest on top
}

impl KthLargest {
    fn new(k: i32, nums: Vec<i32>) -> Self {
        let mut s = KthLargest { k: k as usize, heap: BinaryHeap::new() };
        for x in nums {
            s.push(x);
        }
        s
    }

    fn push(&mut self, val: i32) {
        self.heap.push(Reverse(val));
        if self.heap.len() > self.k {
            self.heap.pop();
        }
    }

    fn add(&mut self, val: i32) -> i32 {
        self.push(val);
        self.heap.peek().unwrap().0
    }
}
