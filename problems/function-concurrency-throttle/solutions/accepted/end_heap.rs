use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

struct FunctionThrottler {
    limit: i64,
    reserved: HashMap<String, i64>,
    total_reserved: i64,
    // Function names become small ids so that the heap holds integers.
    ids: HashMap<String, usize>,
    running: Vec<i64>,
    shared_running: i64,
    ends: BinaryHeap<Reverse<(i64, usize)>>,
    names: Vec<String>,
}


/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl FunctionThrottler {

    fn new(account_limit: i32) -> Self {
        FunctionThrottler {
            limit: account_limit as i64,
            reserved: HashMap::new(),
            total_reserved: 0,
            ids: HashMap::new(),
            running: Vec::new(),
            shared_running: 0,
            ends: BinaryHeap::new(),
            names: Vec::new(),
        }
    }

    fn id(&mut self, name: &str) -> usize {
        if let Some(&i) = self.ids.get(name) {
            return i;
        }
        let i = self.running.len();
        self.ids.insert(name.to_string(), i);
        self.running.push(0);
        self.names.push(name.to_string());
        i
    }

    // Executions ending at or before `time` no longer run.
    fn advance(&mut self, time: i64) {
        while let Some(&Reverse((end, f))) = self.ends.peek() {
            if end > time {
                break;
            }
            self.ends.pop();
            self.running[f] -= 1;
            if !self.reserved.contains_key(&self.names[f]) {
                self.shared_running -= 1;
            }
        }
    }

    fn set_reserved(&mut self, function_name: String, reserved: i32) -> bool {
        let f = self.id(&function_name);
        let old = self.reserved.get(&function_name).copied();
        if reserved == -1 {
            if let Some(r) = old {
                self.reserved.remove(&function_name);
                self.total_reserved -= r;
                self.shared_running += self.running[f];
            }
            return true;
        }
        let others = self.total_reserved - old.unwrap_or(0);
        if others + reserved as i64 > self.limit {
            return false;
        }
        if old.is_none() {
            self.shared_running -= self.running[f];
        }
        self.reserved.insert(function_name, reserved as i64);
        self.total_reserved = others + reserved as i64;
        true
    }

    fn invoke(&mut self, function_name: String, start: i32, duration: i32) -> bool {
        let start = start as i64;
        self.advance(start);
        let f = self.id(&function_name);
        let ok = match self.reserved.get(&function_name) {
            Some(&r) => self.running[f] < r,
            None => self.shared_running < self.limit - self.total_reserved,
        };
        if ok {
            if !self.reserved.contains_key(&function_name) {
                self.shared_running += 1;
            }
            self.running[f] += 1;
            self.ends.push(Reverse((start + duration as i64, f)));
        }
        ok
    }

    fn get_running(&mut self, function_name: String, time: i32) -> i32 {
        self.advance(time as i64);
        match self.ids.get(&function_name) {
            Some(&f) => self.running[f] as i32,
            None => 0,
        }
    }
}

/**
 * Your FunctionThrottler object will be instantiated and called as such:
 * let obj = FunctionThrottler::new(accountLimit);
 * let ret_1: bool = obj.set_reserved(functionName, reserved);
 * let ret_2: bool = obj.invoke(functionName, start, duration);
 * let ret_3: i32 = obj.get_running(functionName, time);
 */
