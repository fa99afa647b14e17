use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

struct TTLStore {
    entries: HashMap<String, (i32, i64)>,        // key -> (value, expires_at)
    expiry: BinaryHeap<Reverse<(i64, String)>>, // min-heap; may hold outdated entries
}


/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl TTLStore {

    fn new() -> Self {
        TTLStore { entries: HashMap::new(), expiry: BinaryHeap::new() }
    }

    fn expire(&mut self, now: i64) {
        while let Some(Reverse((at, _))) = self.expiry.peek() {
            if *at > now {
                break;
            }
            let Reverse((at, key)) = self.expiry.pop().unwrap();
            if self.entries.get(&key).map_or(false, |e| e.1 == at) {
                self.entries.remove(&key);
            }
        }
    }

    fn set(&mut self, key: String, value: i32, ttl: i32, timestamp: i32) {
        let now = timestamp as i64;
        self.expire(now);
        // set_time + ttl can exceed i32::MAX.
        let at = now + ttl as i64;
        self.entries.insert(key.clone(), (value, at));
        self.expiry.push(Reverse((at, key)));
    }

    fn get(&mut self, key: String, timestamp: i32) -> i32 {
        self.expire(timestamp as i64);
        self.entries.get(&key).map_or(-1, |e| e.0)
    }

    fn count_live(&mut self, timestamp: i32) -> i32 {
        self.expire(timestamp as i64);
        self.entries.len() as i32
    }
}

/**
 * Your TTLStore object will be instantiated and called as such:
 * let obj = TTLStore::new();
 * obj.set(key, value, ttl, timestamp);
 * let ret_2: i32 = obj.get(key, timestamp);
 * let ret_3: i32 = obj.count_live(timestamp);
 */
