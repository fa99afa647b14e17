use std::collections::HashMap;

struct Ledger {
    every: usize,
    log: Vec<(String, String, i64)>, // (debited, credited, amount); "" for none
    balance: HashMap<String, i64>,
}

impl Ledger {
    fn new(snapshot_every: i32) -> Self {
        Ledger { every: snapshot_every as usize, log: Vec::new(), balance: HashMap::new() }
    }

    fn ok(&self, expected: i32) -> bool {
        expected == -1 || expected as usize == self.log.len()
    }

    fn bal(&self, a: &str) -> i64 {
        *self.balance.get(a).unwrap_or(&0)
    }

    fn deposit(&mut self, account: String, amount: i32, expected_version: i32) -> i32 {
        if !self.ok(expected_version) {
            return -1;
        }
        *self.balance.entry(account.clone()).or_insert(0) += amount as i64;
        self.log.push((String::new(), account, amount as i64));
        self.log.len() as i32
    }

    fn withdraw(&mut self, account: String, amount: i32, expected_version: i32) -> i32 {
        if !self.ok(expected_version) || self.bal(&account) < amount as i64 {
            return -1;
        }
        *self.balance.get_mut(&account).unwrap() -= amount as i64;
        self.log.push((account, String::new(), amount as i64));
        self.log.len() as i32
    }

    fn transfer(&mut self, source: String, target: String, amount: i32, expected_version: i32) -> i32 {
        if !self.ok(expected_version) || source == target || self.bal(&source) < amount as i64 {
            return -1;
        }
        *self.balance.get_mut(&source).unwrap() -= amount as i64;
        *self.balance.entry(target.clone()).or_insert(0) += amount as i64;
        self.log.push((source, target, amount as i64));
        self.log.len() as i32
    }

    fn balance_at(&self, account: String, version: i32) -> i64 {
        if version as usize > self.log.len() {
            return -1;
        }
        let mut b = 0;
        for (debit, credit, amount) in &self.log[..version as usize] {
            if *debit == account {
                b -= amount;
            }
            if *credit == account {
                b += amount;
            }
        }
        b
    }

    fn latest_snapshot(&self) -> i32 {
        (self.log.len() - self.log.len() % self.every) as i32
    }
}
