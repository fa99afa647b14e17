use std::collections::HashSet;

impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        // Plain recursion: try every word as the next piece, without remembering which
        // suffixes already failed. Exponential on inputs like "aaaa...ab".
        fn can(s: &str, words: &HashSet<String>) -> bool {
            if s.is_empty() {
                return true;
            }
            (1..=s.len()).any(|j| words.contains(&s[..j]) && can(&s[j..], words))
        }
        let words: HashSet<String> = word_dict.into_iter().collect();
        can(&s, &words)
    }
}
