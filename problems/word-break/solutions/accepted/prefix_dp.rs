use std::collections::HashSet;

impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        // ok[i]: the first i letters split into words. Only word lengths from the list matter.
        let words: HashSet<&str> = word_dict.iter().map(|w| w.as_str()).collect();
        let mut lengths: Vec<usize> = words.iter().map(|w| w.len()).collect();
        lengths.sort_unstable();
        lengths.dedup();
        let n = s.len();
        let mut ok = vec![false; n + 1];
        ok[0] = true;
        for i in 1..=n {
            for &l in &lengths {
                if l > i {
                    break;
                }
                if ok[i - l] && words.contains(&s[i - l..i]) {
                    ok[i] = true;
                    break;
                }
            }
        }
        ok[n]
    }
}
