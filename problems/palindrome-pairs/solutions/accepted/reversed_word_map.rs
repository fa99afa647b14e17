use std::collections::HashMap;

impl Solution {
    pub fn palindrome_pairs(words: Vec<String>) -> Vec<Vec<i32>> {
        fn is_pal(s: &[u8]) -> bool {
            s.iter().eq(s.iter().rev())
        }
        let mut index: HashMap<Vec<u8>, usize> = HashMap::new();
        for (i, w) in words.iter().enumerate() {
            index.insert(w.bytes().rev().collect(), i);
        }
        let mut out = vec![];
        for (i, w) in words.iter().enumerate() {
            let w = w.as_bytes();
            for k in 0..=w.len() {
                let (pre, suf) = w.split_at(k);
                if is_pal(suf) {
                    if let Some(&j) = index.get(pre) {
                        if j != i {
                            out.push(vec![i as i32, j as i32]);
                        }
                    }
                }
                if k > 0 && is_pal(pre) {
                    if let Some(&j) = index.get(suf) {
                        if j != i {
                            out.push(vec![j as i32, i as i32]);
                        }
                    }
                }
            }
        }
        out
    }
}
