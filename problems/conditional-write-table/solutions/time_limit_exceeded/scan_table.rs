use std::collections::HashMap;

struct ConditionalTable {
    items: HashMap<(String, i32), (i32, String)>,
}

impl ConditionalTable {
    fn new() -> Self {
        ConditionalTable { items: HashMap::new() }
    }

    fn put(&mut self, pk: String, sk: i32, value: i32, tag: String, condition: String, expected: i32) -> bool {
        let key = (pk, sk);
        let old = self.items.get(&key).map(|item| item.0);
        let ok = match condition.as_str() {
            "absent" => old.is_none(),
            "equals" => old == Some(expected),
            _ => true,
        };
        if ok {
            self.items.insert(key, (value, tag));
        }
        ok
    }

    fn delete(&mut self, pk: String, sk: i32) -> bool {
        self.items.remove(&(pk, sk)).is_some()
    }

    fn get(&self, pk: String, sk: i32) -> i32 {
        self.items.get(&(pk, sk)).map_or(-1, |item| item.0)
    }

    fn query(&self, pk: String, lo: i32, hi: i32, limit: i32) -> Vec<i32> {
        let mut hits: Vec<(i32, i32)> = self
            .items
            .iter()
            .filter(|((p, sk), _)| *p == pk && lo <= *sk && *sk <= hi)
            .map(|((_, sk), (v, _))| (*sk, *v))
            .collect();
        hits.sort();
        hits.into_iter().take(limit as usize).map(|(_, v)| v).collect()
    }

    fn query_index(&self, tag: String, limit: i32) -> Vec<String> {
        let mut hits: Vec<(i32, &String, i32)> = self
            .items
            .iter()
            .filter(|(_, (_, t))| *t == tag)
            .map(|((pk, sk), (v, _))| (*v, pk, *sk))
            .collect();
        hits.sort();
        hits.into_iter().take(limit as usize).map(|(_, pk, sk)| format!("{}:{}", pk, sk)).collect()
    }
}
