use std::collections::{BTreeMap, HashMap};

/// Files by name (sorted, for prefix scans) with their size and owner (`None`: the
/// administrator); users with a capacity and the space they use; one backup per user.
struct CloudStorage {
    files: BTreeMap<String, (i64, Option<String>)>,
    capacity: HashMap<String, i64>,
    used: HashMap<String, i64>,
    backups: HashMap<String, Vec<(String, i64)>>,
}

impl CloudStorage {
    fn new() -> Self {
        CloudStorage {
            files: BTreeMap::new(),
            capacity: HashMap::new(),
            used: HashMap::new(),
            backups: HashMap::new(),
        }
    }

    fn add(&mut self, name: String, size: i64, owner: Option<String>) {
        if let Some(u) = &owner {
            *self.used.get_mut(u).unwrap() += size;
        }
        self.files.insert(name, (size, owner));
    }

    fn remove(&mut self, name: &str) -> Option<i64> {
        let (size, owner) = self.files.remove(name)?;
        if let Some(u) = owner {
            *self.used.get_mut(&u).unwrap() -= size;
        }
        Some(size)
    }

    fn owned_by(&self, user: &str) -> Vec<(String, i64)> {
        self.files
            .iter()
            .filter(|(_, (_, o))| o.as_deref() == Some(user))
            .map(|(n, (s, _))| (n.clone(), *s))
            .collect()
    }

    fn add_file(&mut self, timestamp: i32, name: String, size: i32) -> bool {
        if self.files.contains_key(&name) {
            return false;
        }
        self.add(name, size as i64, None);
        true
    }

    fn get_file_size(&self, timestamp: i32, name: String) -> Option<i32> {
        self.files.get(&name).map(|(s, _)| *s as i32)
    }

    fn delete_file(&mut self, timestamp: i32, name: String) -> Option<i32> {
        self.remove(&name).map(|s| s as i32)
    }

    fn get_largest_files(&self, timestamp: i32, prefix: String, n: i32) -> Vec<String> {
        let mut found: Vec<(&String, i64)> = self
            .files
            .range(prefix.clone()..)
            .take_while(|(name, _)| name.starts_with(&prefix))
            .map(|(name, (s, _))| (name, *s))
            .collect();
        found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        found
            .into_iter()
            .take(n as usize)
            .map(|(name, s)| format!("{}({})", name, s))
            .collect()
    }

    fn add_user(&mut self, timestamp: i32, user_id: String, capacity: i64) -> bool {
        if self.capacity.contains_key(&user_id) {
            return false;
        }
        self.capacity.insert(user_id.clone(), capacity);
        self.used.insert(user_id, 0);
        true
    }

    fn add_file_by(&mut self, timestamp: i32, user_id: String, name: String, size: i32) -> Option<i64> {
        let cap = *self.capacity.get(&user_id)?;
        if self.files.contains_key(&name) || self.used[&user_id] + size as i64 > cap {
            return None;
        }
        self.add(name, size as i64, Some(user_id.clone()));
        Some(cap - self.used[&user_id])
    }

    fn update_capacity(&mut self, timestamp: i32, user_id: String, capacity: i64) -> Option<i32> {
        *self.capacity.get_mut(&user_id)? = capacity;
        let mut mine = self.owned_by(&user_id);
        mine.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut removed = 0;
        for (name, _) in mine {
            if self.used[&user_id] <= capacity {
                break;
            }
            self.remove(&name);
            removed += 1;
        }
        Some(removed)
    }

    fn backup_user(&mut self, timestamp: i32, user_id: String) -> Option<i32> {
        if !self.capacity.contains_key(&user_id) {
            return None;
        }
        let mine = self.owned_by(&user_id);
        let count = mine.len() as i32;
        self.backups.insert(user_id, mine);
        Some(count)
    }

    fn restore_user(&mut self, timestamp: i32, user_id: String) -> Option<i32> {
        if !self.capacity.contains_key(&user_id) {
            return None;
        }
        for (name, _) in self.owned_by(&user_id) {
            self.remove(&name);
        }
        let backup = self.backups.get(&user_id).cloned().unwrap_or_default();
        let mut restored = 0;
        for (name, size) in backup {
            if !self.files.contains_key(&name) {
                self.add(name, size, Some(user_id.clone()));
                restored += 1;
            }
        }
        Some(restored)
    }
}
