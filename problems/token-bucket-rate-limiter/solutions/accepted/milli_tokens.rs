use std::collections::HashMap;

struct RateLimiter {
    // Thousandths of a token: a bucket holds at most capacity * 1000 units and gains
    // refill_rate units per millisecond.
    max_units: i64,
    rate: i64,
    buckets: HashMap<String, (i64, i64)>, // client -> (units, last timestamp)
}


/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl RateLimiter {

    fn new(capacity: i32, refill_rate: i32) -> Self {
        RateLimiter { max_units: capacity as i64 * 1000, rate: refill_rate as i64, buckets: HashMap::new() }
    }

    fn allow(&mut self, client_id: String, timestamp: i32) -> bool {
        let now = timestamp as i64;
        let (max_units, rate) = (self.max_units, self.rate);
        let state = self.buckets.entry(client_id).or_insert((max_units, now));
        let mut units = (state.0 + (now - state.1) * rate).min(max_units);
        let allowed = units >= 1000;
        if allowed {
            units -= 1000;
        }
        *state = (units, now);
        allowed
    }
}

/**
 * Your RateLimiter object will be instantiated and called as such:
 * let obj = RateLimiter::new(capacity, refillRate);
 * let ret_1: bool = obj.allow(clientId, timestamp);
 */
