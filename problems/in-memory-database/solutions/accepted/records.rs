use std::collections::{BTreeMap, HashMap};

/// A field's value and the time it expires at (`None`: never).
#[derive(Clone)]
struct Entry {
    value: String,
    expires_at: Option<i64>,
}

impl Entry {
    fn live(&self, timestamp: i64) -> bool {
        self.expires_at.map_or(true, |e| e > timestamp)
    }
}

/// A backup: per record, per field, the value and the time it had left.
type Snapshot = HashMap<String, BTreeMap<String, (String, Option<i64>)>>;

struct InMemoryDB {
    records: HashMap<String, BTreeMap<String, Entry>>,
    backups: Vec<(i64, Snapshot)>,
}

impl InMemoryDB {
    fn new() -> Self {
        InMemoryDB { records: HashMap::new(), backups: Vec::new() }
    }

    fn live(&self, timestamp: i32, key: &str, field: &str) -> Option<&Entry> {
        self.records
            .get(key)?
            .get(field)
            .filter(|e| e.live(timestamp as i64))
    }

    fn put(&mut self, key: String, field: String, value: String, expires_at: Option<i64>) {
        self.records
            .entry(key)
            .or_default()
            .insert(field, Entry { value, expires_at });
    }

    fn set(&mut self, timestamp: i32, key: String, field: String, value: String) {
        self.put(key, field, value, None);
    }

    fn get(&self, timestamp: i32, key: String, field: String) -> Option<String> {
        self.live(timestamp, &key, &field).map(|e| e.value.clone())
    }

    fn compare_and_set(&mut self, timestamp: i32, key: String, field: String, expected: String, new_value: String) -> bool {
        match self.live(timestamp, &key, &field) {
            Some(e) if e.value == expected => {
                self.put(key, field, new_value, None);
                true
            }
            _ => false,
        }
    }

    fn delete(&mut self, timestamp: i32, key: String, field: String) -> bool {
        if self.live(timestamp, &key, &field).is_none() {
            return false;
        }
        let fields = self.records.get_mut(&key).unwrap();
        fields.remove(&field);
        if fields.is_empty() {
            self.records.remove(&key);
        }
        true
    }

    fn scan(&self, timestamp: i32, key: String) -> Vec<String> {
        self.scan_by_prefix(timestamp, key, String::new())
    }

    fn scan_by_prefix(&self, timestamp: i32, key: String, prefix: String) -> Vec<String> {
        let Some(fields) = self.records.get(&key) else { return vec![] };
        fields
            .range(prefix.clone()..)
            .take_while(|(f, _)| f.starts_with(&prefix))
            .filter(|(_, e)| e.live(timestamp as i64))
            .map(|(f, e)| format!("{}({})", f, e.value))
            .collect()
    }

    fn set_with_ttl(&mut self, timestamp: i32, key: String, field: String, value: String, ttl: i32) {
        self.put(key, field, value, Some(timestamp as i64 + ttl as i64));
    }

    fn compare_and_set_with_ttl(&mut self, timestamp: i32, key: String, field: String, expected: String, new_value: String, ttl: i32) -> bool {
        match self.live(timestamp, &key, &field) {
            Some(e) if e.value == expected => {
                self.put(key, field, new_value, Some(timestamp as i64 + ttl as i64));
                true
            }
            _ => false,
        }
    }

    fn backup(&mut self, timestamp: i32) -> i32 {
        let t = timestamp as i64;
        let mut snapshot = Snapshot::new();
        for (key, fields) in &self.records {
            let live: BTreeMap<_, _> = fields
                .iter()
                .filter(|(_, e)| e.live(t))
                .map(|(f, e)| (f.clone(), (e.value.clone(), e.expires_at.map(|x| x - t))))
                .collect();
            if !live.is_empty() {
                snapshot.insert(key.clone(), live);
            }
        }
        let count = snapshot.len() as i32;
        self.backups.push((t, snapshot));
        count
    }

    fn restore(&mut self, timestamp: i32, timestamp_to_restore: i32) {
        let t = timestamp as i64;
        let chosen = self
            .backups
            .iter()
            .rev()
            .find(|(at, _)| *at <= timestamp_to_restore as i64)
            .map(|(_, s)| s.clone())
            .unwrap_or_default();
        self.records = chosen
            .into_iter()
            .map(|(key, fields)| {
                let fields = fields
                    .into_iter()
                    .map(|(f, (value, left))| (f, Entry { value, expires_at: left.map(|l| t + l) }))
                    .collect();
                (key, fields)
            })
            .collect();
    }
}
