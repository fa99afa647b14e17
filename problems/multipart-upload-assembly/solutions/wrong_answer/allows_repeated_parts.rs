use std::collections::{BTreeMap, HashMap};
use std::ops::Bound::{Excluded, Unbounded};

struct Upload {
    key: String,
    parts: BTreeMap<i32, (String, i64)>, // part number -> (etag, size)
}

struct MultipartUploads {
    min_size: i64,
    uploads: HashMap<i32, Upload>, // active uploads only
    next_id: i32,
    objects: HashMap<String, i64>, // key -> size of the last completed object
}

impl MultipartUploads {
    fn new(min_part_size: i32) -> Self {
        MultipartUploads { min_size: min_part_size as i64, uploads: HashMap::new(), next_id: 1, objects: HashMap::new() }
    }

    fn initiate(&mut self, key: String) -> i32 {
        let id = self.next_id;
        self.next_id += 1;
        self.uploads.insert(id, Upload { key, parts: BTreeMap::new() });
        id
    }

    fn upload_part(&mut self, upload_id: i32, part_number: i32, etag: String, size: i32) -> bool {
        match self.uploads.get_mut(&upload_id) {
            None => false,
            Some(u) => {
                u.parts.insert(part_number, (etag, size as i64));
                true
            }
        }
    }

    fn complete(&mut self, upload_id: i32, part_numbers: Vec<i32>, etags: Vec<String>) -> i64 {
        let u = match self.uploads.get(&upload_id) {
            Some(u) if !part_numbers.is_empty() => u,
            _ => return -1,
        };
        let last = part_numbers.len() - 1;
        let mut total: i64 = 0;
        for (i, (n, etag)) in part_numbers.iter().zip(etags.iter()).enumerate() {
            if i > 0 && *n < part_numbers[i - 1] {
                return -1;
            }
            match u.parts.get(n) {
                Some((e, size)) if e == etag && (i == last || *size >= self.min_size) => total += size,
                _ => return -1,
            }
        }
        let u = self.uploads.remove(&upload_id).unwrap();
        self.objects.insert(u.key, total);
        total
    }

    fn abort(&mut self, upload_id: i32) -> bool {
        self.uploads.remove(&upload_id).is_some()
    }

    fn list_parts(&self, upload_id: i32, part_number_marker: i32, max_parts: i32) -> Vec<i32> {
        match self.uploads.get(&upload_id) {
            None => vec![],
            Some(u) => u
                .parts
                .range((Excluded(part_number_marker), Unbounded))
                .take(max_parts as usize)
                .map(|(n, _)| *n)
                .collect(),
        }
    }

    fn object_size(&self, key: String) -> i64 {
        *self.objects.get(&key).unwrap_or(&-1)
    }
}
