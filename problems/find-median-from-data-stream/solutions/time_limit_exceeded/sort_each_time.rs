struct MedianFinder {
    nums: Vec<i32>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { nums: Vec::new() }
    }

    fn add_num(&mut self, num: i32) {
        self.nums.push(num);
    }

    fn find_median(&self) -> f64 {
        // Sorts a copy of everything on every query: O(n log n) per findMedian.
        let mut s = self.nums.clone();
        s.sort();
        let n = s.len();
        if n % 2 == 1 {
            s[n / 2] as f64
        } else {
            (s[n / 2 - 1] as f64 + s[n / 2] as f64) / 2.0
        }
    }
}
