use std::collections::HashSet;

struct LockService {
    grants: Vec<(i64, String, i64)>, // (token, client, expires) of every acquire, renew and release
    accepted: Vec<i64>,              // tokens of accepted writes
}


/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl LockService {

    fn new() -> Self {
        LockService { grants: Vec::new(), accepted: Vec::new() }
    }

    fn lease(&self, time: i64) -> Option<(i64, String)> {
        match self.grants.last() {
            Some((token, client, expires)) if time < *expires => Some((*token, client.clone())),
            _ => None,
        }
    }

    fn acquire(&mut self, client_id: String, time: i32, ttl: i32) -> i32 {
        let time = time as i64;
        if self.lease(time).is_some() {
            return -1;
        }
        let token = self.grants.iter().map(|g| g.0).collect::<HashSet<_>>().len() as i64 + 1;
        self.grants.push((token, client_id, time + ttl as i64));
        token as i32
    }

    fn renew(&mut self, client_id: String, time: i32, ttl: i32) -> bool {
        let time = time as i64;
        match self.lease(time) {
            Some((token, client)) if client == client_id => {
                self.grants.push((token, client, time + ttl as i64));
                true
            }
            _ => false,
        }
    }

    fn release(&mut self, client_id: String, time: i32) -> bool {
        let time = time as i64;
        match self.lease(time) {
            Some((token, client)) if client == client_id => {
                self.grants.push((token, client, time));
                true
            }
            _ => false,
        }
    }

    fn write(&mut self, client_id: String, token: i32, _time: i32) -> bool {
        let token = token as i64;
        if !self.grants.iter().any(|(t, c, _)| *t == token && *c == client_id) {
            return false;
        }
        if self.accepted.iter().any(|&a| a > token) {
            return false;
        }
        self.accepted.push(token);
        true
    }

    fn get_holder(&self, time: i32) -> String {
        self.lease(time as i64).map(|(_, c)| c).unwrap_or_default()
    }
}
