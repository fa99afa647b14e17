use std::collections::HashMap;

struct FunctionThrottler {
    limit: i64,
    reserved: HashMap<String, i64>,
    executions: Vec<(String, i64)>,
}


/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl FunctionThrottler {

    fn new(account_limit: i32) -> Self {
        FunctionThrottler { limit: account_limit as i64, reserved: HashMap::new(), executions: Vec::new() }
    }

    fn set_reserved(&mut self, function_name: String, reserved: i32) -> bool {
        if reserved == -1 {
            self.reserved.remove(&function_name);
            return true;
        }
        let others: i64 = self.reserved.iter().filter(|(f, _)| **f != function_name).map(|(_, r)| *r).sum();
        if others + reserved as i64 > self.limit {
            return false;
        }
        self.reserved.insert(function_name, reserved as i64);
        true
    }

    fn invoke(&mut self, function_name: String, start: i32, duration: i32) -> bool {
        let start = start as i64;
        let ok = match self.reserved.get(&function_name) {
            Some(&r) => {
                let busy = self.executions.iter().filter(|(f, end)| *f == function_name && *end > start).count();
                (busy as i64) < r
            }
            None => {
                let busy = self
                    .executions
                    .iter()
                    .filter(|(f, end)| *end > start && !self.reserved.contains_key(f))
                    .count();
                (busy as i64) < self.limit - self.reserved.values().sum::<i64>()
            }
        };
        if ok {
            self.executions.push((function_name, start + duration as i64));
        }
        ok
    }

    fn get_running(&self, function_name: String, time: i32) -> i32 {
        self.executions.iter().filter(|(f, end)| *f == function_name && *end > time as i64).count() as i32
    }
}
