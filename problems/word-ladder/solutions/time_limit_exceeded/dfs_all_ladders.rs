// Depth-first search over every ladder, keeping the shortest found so far: exponential when the
// dictionary offers many routes.
impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        fn differ_by_one(a: &[u8], b: &[u8]) -> bool {
            a.iter().zip(b).filter(|(x, y)| x != y).count() == 1
        }
        fn dfs(cur: &[u8], end: &[u8], words: &[&[u8]], used: &mut Vec<bool>, depth: i32, best: &mut i32) {
            if cur == end {
                *best = (*best).min(depth);
                return;
            }
            if depth + 1 >= *best {
                return;
            }
            for i in 0..words.len() {
                if !used[i] && differ_by_one(cur, words[i]) {
                    used[i] = true;
                    dfs(words[i], end, words, used, depth + 1, best);
                    used[i] = false;
                }
            }
        }
        let words: Vec<&[u8]> = word_list.iter().map(|w| w.as_bytes()).collect();
        if !words.contains(&end_word.as_bytes()) {
            return 0;
        }
        let mut best = i32::MAX;
        let mut used = vec![false; words.len()];
        dfs(begin_word.as_bytes(), end_word.as_bytes(), &words, &mut used, 1, &mut best);
        if best == i32::MAX { 0 } else { best }
    }
}
