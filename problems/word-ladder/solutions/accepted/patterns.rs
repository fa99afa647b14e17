use std::collections::{HashMap, VecDeque};

impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        let Some(target) = word_list.iter().position(|w| *w == end_word) else {
            return 0;
        };
        // node 0..n-1: the dictionary; node n: beginWord
        let n = word_list.len();
        let mut words: Vec<&[u8]> = word_list.iter().map(|w| w.as_bytes()).collect();
        words.push(begin_word.as_bytes());
        let mut buckets: HashMap<Vec<u8>, Vec<usize>> = HashMap::new();
        for (id, w) in words.iter().enumerate() {
            for i in 0..w.len() {
                let mut key = w.to_vec();
                key[i] = b'*';
                buckets.entry(key).or_default().push(id);
            }
        }
        let mut dist = vec![0i32; n + 1];
        dist[n] = 1;
        let mut queue = VecDeque::from(vec![n]);
        while let Some(u) = queue.pop_front() {
            for i in 0..words[u].len() {
                let mut key = words[u].to_vec();
                key[i] = b'*';
                if let Some(list) = buckets.get_mut(&key) {
                    for v in std::mem::take(list) {
                        if dist[v] == 0 {
                            dist[v] = dist[u] + 1;
                            if v == target {
                                return dist[v];
                            }
                            queue.push_back(v);
                        }
                    }
                }
            }
        }
        0
    }
}
