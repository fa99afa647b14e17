use rand::Rng;
use std::collections::HashMap;

struct RandomizedSet {
    vals: Vec<i32>,
    index: HashMap<i32, usize>,
}

/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
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

    fn get_random(&self) -> i32 {
        let i = rand::thread_rng().gen_range(0..self.vals.len());
        self.vals[i]
    }
}

/**
 * Your RandomizedSet object will be instantiated and called as such:
 * let obj = RandomizedSet::new();
 * let ret_1: bool = obj.insert(val);
 * let ret_2: bool = obj.remove(val);
 * let ret_3: i32 = obj.get_random();
 */
