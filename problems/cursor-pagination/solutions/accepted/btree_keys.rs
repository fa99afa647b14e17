use std::collections::{BTreeSet, HashMap};

struct Feed {
    keys: BTreeSet<(i32, i32)>, // (created_at, id); the feed is this order reversed
    created: HashMap<i32, i32>, // id -> created_at
}


/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl Feed {

    fn new() -> Self {
        Feed { keys: BTreeSet::new(), created: HashMap::new() }
    }

    fn add_item(&mut self, created_at: i32, id: i32) {
        self.created.insert(id, created_at);
        self.keys.insert((created_at, id));
    }

    fn remove_item(&mut self, id: i32) {
        if let Some(c) = self.created.remove(&id) {
            self.keys.remove(&(c, id));
        }
    }

    fn get_page(&self, cursor: String, page_size: i32) -> Vec<String> {
        let take = page_size as usize;
        let page: Vec<&(i32, i32)> = if cursor.is_empty() {
            self.keys.iter().rev().take(take).collect()
        } else {
            let (c, i) = cursor.split_once(':').unwrap();
            let bound = (c.parse::<i32>().unwrap(), i.parse::<i32>().unwrap());
            self.keys.range(..bound).rev().take(take).collect()
        };
        page.into_iter().map(|(c, i)| format!("{}:{}", c, i)).collect()
    }
}

/**
 * Your Feed object will be instantiated and called as such:
 * let obj = Feed::new();
 * obj.add_item(createdAt, id);
 * obj.remove_item(id);
 * let ret_3: Vec<String> = obj.get_page(cursor, pageSize);
 */
