use std::collections::{BTreeMap, HashMap};

/// Per flag: the values of its versions; the current value of the flags that exist (sorted by
/// name, for listing); the rollout (value, percent) of a flag that has one.
struct FlagService {
    versions: HashMap<String, Vec<String>>,
    current: BTreeMap<String, String>,
    rollout: HashMap<String, (String, i32)>,
}

impl FlagService {
    fn new() -> Self {
        FlagService { versions: HashMap::new(), current: BTreeMap::new(), rollout: HashMap::new() }
    }

    fn write(&mut self, name: String, value: String) -> i32 {
        let v = self.versions.entry(name.clone()).or_default();
        v.push(value.clone());
        let number = v.len() as i32;
        self.rollout.remove(&name);
        self.current.insert(name, value);
        number
    }

    fn set_flag(&mut self, timestamp: i32, name: String, value: String) -> i32 {
        self.write(name, value)
    }

    fn get_flag(&self, timestamp: i32, name: String) -> Option<String> {
        self.current.get(&name).cloned()
    }

    fn delete_flag(&mut self, timestamp: i32, name: String) -> bool {
        self.rollout.remove(&name);
        self.current.remove(&name).is_some()
    }

    fn list_flags(&self, timestamp: i32, prefix: String) -> Vec<String> {
        self.current
            .range(prefix.clone()..)
            .take_while(|(n, _)| n.starts_with(&prefix))
            .map(|(n, v)| format!("{}={}", n, v))
            .collect()
    }

    fn get_version(&self, timestamp: i32, name: String, version: i32) -> Option<String> {
        let values = self.versions.get(&name)?;
        if version < 1 {
            return None;
        }
        values.get(version as usize - 1).cloned()
    }

    fn rollback(&mut self, timestamp: i32, name: String, version: i32) -> Option<i32> {
        let value = self.get_version(timestamp, name.clone(), version)?;
        Some(self.write(name, value))
    }

    fn set_rollout(&mut self, timestamp: i32, name: String, value: String, percent: i32) -> bool {
        if !self.current.contains_key(&name) {
            return false;
        }
        self.rollout.insert(name, (value, percent));
        true
    }

    fn evaluate(&self, timestamp: i32, name: String, user_id: String) -> Option<String> {
        let base = self.current.get(&name)?;
        if let Some((value, percent)) = self.rollout.get(&name) {
            let bucket: u64 = user_id
                .bytes()
                .enumerate()
                .map(|(i, c)| (i as u64 + 1) * c as u64)
                .sum::<u64>()
                % 100;
            if (bucket as i32) < *percent {
                return Some(value.clone());
            }
        }
        Some(base.clone())
    }
}
