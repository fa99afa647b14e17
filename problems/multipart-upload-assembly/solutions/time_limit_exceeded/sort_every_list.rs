use std::collections::HashMap;

struct MultipartUploads {
    min_size: i64,
    uploads: Vec<(String, bool, HashMap<i32, (String, i64)>)>, // (key, active, parts)
    objects: HashMap<String, i64>,
}

impl MultipartUploads {
    fn new(min_part_size: i32) -> Self {
        MultipartUploads { min_size: min_part_size as i64, uploads: Vec::new(), objects: HashMap::new() }
    }

    fn active(&mut self, id: i32) -> Option<&mut (String, bool, HashMap<i32, (String, i64)>)> {
        if id < 1 {
            return None;
        }
        self.uploads.get_mut(id as usize - 1).filter(|u| u.1)
    }

    fn initiate(&mut self, key: String) -> i32 {
        self.uploads.push((key, true, HashMap::new()));
        self.uploads.len() as i32
    }

    fn upload_part(&mut self, upload_id: i32, part_number: i32, etag: String, size: i32) -> bool {
        match self.active(upload_id) {
            None => false,
            Some(u) => {
                u.2.insert(part_number, (etag, size as i64));
                true
            }
        }
    }

    fn complete(&mut self, upload_id: i32, part_numbers: Vec<i32>, etags: Vec<String>) -> i64 {
        let min_size = self.min_size;
        let u = match self.active(upload_id) {
            Some(u) if !part_numbers.is_empty() => u,
            _ => return -1,
        };
        if part_numbers.windows(2).any(|w| w[0] >= w[1]) {
            return -1;
        }
        let mut total = 0;
        for (i, (n, e)) in part_numbers.iter().zip(&etags).enumerate() {
            match u.2.get(n) {
                Some((etag, size)) if etag == e && (i + 1 == part_numbers.len() || *size >= min_size) => total += size,
                _ => return -1,
            }
        }
        u.1 = false;
        let key = u.0.clone();
        self.objects.insert(key, total);
        total
    }

    fn abort(&mut self, upload_id: i32) -> bool {
        match self.active(upload_id) {
            None => false,
            Some(u) => {
                u.1 = false;
                true
            }
        }
    }

    fn list_parts(&mut self, upload_id: i32, part_number_marker: i32, max_parts: i32) -> Vec<i32> {
        match self.active(upload_id) {
            None => vec![],
            Some(u) => {
                let mut numbers: Vec<i32> = u.2.keys().copied().collect();
                numbers.sort();
                numbers.into_iter().filter(|&n| n > part_number_marker).take(max_parts as usize).collect()
            }
        }
    }

    fn object_size(&self, key: String) -> i64 {
        *self.objects.get(&key).unwrap_or(&-1)
    }
}
