use std::collections::HashSet;

struct Trie {
    words: HashSet<String>,
}

impl Trie {
    fn new() -> Self {
        Trie { words: HashSet::new() }
    }

    fn insert(&mut self, word: String) {
        self.words.insert(word);
    }

    fn search(&self, word: String) -> bool {
        self.words.contains(&word)
    }

    fn starts_with(&self, prefix: String) -> bool {
        // Scans every stored word: O(number of words) per query.
        self.words.iter().any(|w| w.starts_with(&prefix))
    }
}
