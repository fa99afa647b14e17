use std::collections::HashMap;

struct DetectSquares {
    copies: HashMap<(i32, i32), i32>,
}

impl DetectSquares {
    fn new() -> Self {
        DetectSquares { copies: HashMap::new() }
    }

    fn add(&mut self, point: Vec<i32>) {
        *self.copies.entry((point[0], point[1])).or_insert(0) += 1;
    }

    fn count(&self, point: Vec<i32>) -> i32 {
        // Every kept point on a diagonal through the query is a possible opposite corner.
        let (x, y) = (point[0], point[1]);
        let get = |p: (i32, i32)| *self.copies.get(&p).unwrap_or(&0);
        let mut total = 0;
        for (&(px, py), &k) in &self.copies {
            if px != x && (px - x).abs() == (py - y).abs() {
                total += k * get((x, py)) * get((px, y));
            }
        }
        total
    }
}
