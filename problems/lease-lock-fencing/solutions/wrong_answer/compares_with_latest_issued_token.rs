struct LockService {
    holder: Option<String>, // client of the current lease (None when never taken or released)
    expires: i64,           // the lease is valid while time < expires
    owner: Vec<String>,     // owner[token - 1] = client the token was issued to
    highest: i64,           // highest token among accepted writes
}


/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl LockService {

    fn new() -> Self {
        LockService { holder: None, expires: 0, owner: Vec::new(), highest: 0 }
    }

    fn current(&self, time: i64) -> Option<&String> {
        self.holder.as_ref().filter(|_| time < self.expires)
    }

    fn acquire(&mut self, client_id: String, time: i32, ttl: i32) -> i32 {
        let time = time as i64;
        if self.current(time).is_some() {
            return -1;
        }
        self.owner.push(client_id.clone());
        self.holder = Some(client_id);
        self.expires = time + ttl as i64;
        self.owner.len() as i32
    }

    fn renew(&mut self, client_id: String, time: i32, ttl: i32) -> bool {
        let time = time as i64;
        if self.current(time) != Some(&client_id) {
            return false;
        }
        self.expires = time + ttl as i64;
        true
    }

    fn release(&mut self, client_id: String, time: i32) -> bool {
        if self.current(time as i64) != Some(&client_id) {
            return false;
        }
        self.holder = None;
        true
    }

    fn write(&mut self, client_id: String, token: i32, _time: i32) -> bool {
        let t = token as i64;
        if t < 1 || t > self.owner.len() as i64 || self.owner[(t - 1) as usize] != client_id {
            return false;
        }
        // Only the current lock token is valid.
        t == self.owner.len() as i64
    }

    fn get_holder(&self, time: i32) -> String {
        self.current(time as i64).cloned().unwrap_or_default()
    }
}

/**
 * Your LockService object will be instantiated and called as such:
 * let obj = LockService::new();
 * let ret_1: i32 = obj.acquire(clientId, time, ttl);
 * let ret_2: bool = obj.renew(clientId, time, ttl);
 * let ret_3: bool = obj.release(clientId, time);
 * let ret_4: bool = obj.write(clientId, token, time);
 * let ret_5: String = obj.get_holder(time);
 */
