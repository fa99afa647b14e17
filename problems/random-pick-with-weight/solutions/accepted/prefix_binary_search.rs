use rand::Rng;

struct Solution {
    prefix: Vec<i64>,
}

impl Solution {
    fn new(w: Vec<i32>) -> Self {
        let mut prefix = Vec::with_capacity(w.len());
        let mut sum = 0i64;
        for x in w {
            sum += x as i64;
            prefix.push(sum);
        }
        Solution { prefix }
    }

    fn pick_index(&self) -> i32 {
        let total = *self.prefix.last().unwrap();
        let r = rand::thread_rng().gen_range(0..total);
        // The first prefix sum above r.
        self.prefix.partition_point(|&p| p <= r) as i32
    }
}
