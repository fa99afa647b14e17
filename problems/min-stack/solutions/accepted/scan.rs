struct MinStack {
    items: Vec<i32>,
}

impl MinStack {
    fn new() -> Self {
        MinStack { items: Vec::new() }
    }

    fn push(&mut self, val: i32) {
        self.items.push(val);
    }

    fn pop(&mut self) {
        self.items.pop();
    }

    fn top(&self) -> i32 {
        *self.items.last().unwrap()
    }

    fn get_min(&self) -> i32 {
        // Scans the whole stack: O(n) per call, but fast enough in Rust at 3 * 10^4 calls.
        *self.items.iter().min().unwrap()
    }
}
