use std::collections::HashMap;

struct Feed {
    items: HashMap<i32, i32>, // id -> created_at
}

impl Feed {
    fn new() -> Self {
        Feed { items: HashMap::new() }
    }

    fn add_item(&mut self, created_at: i32, id: i32) {
        self.items.insert(id, created_at);
    }

    fn remove_item(&mut self, id: i32) {
        self.items.remove(&id);
    }

    fn get_page(&self, cursor: String, page_size: i32) -> Vec<String> {
        // Correct, but filters and sorts the whole feed for every page.
        let bound = if cursor.is_empty() {
            (i32::MAX, i32::MAX)
        } else {
            let (c, i) = cursor.split_once(':').unwrap();
            (c.parse().unwrap(), i.parse().unwrap())
        };
        let mut rest: Vec<(i32, i32)> = self
            .items
            .iter()
            .map(|(&id, &c)| (c, id))
            .filter(|&k| k < bound)
            .collect();
        rest.sort_by(|a, b| b.cmp(a));
        rest.iter().take(page_size as usize).map(|(c, i)| format!("{}:{}", c, i)).collect()
    }
}
