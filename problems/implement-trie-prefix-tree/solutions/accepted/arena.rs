// Nodes live in one Vec; each holds the indices of its 26 children (0 = none, since the root
// at index 0 is never anyone's child).
struct Trie {
    next: Vec<[u32; 26]>,
    end: Vec<bool>,
}


/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl Trie {

    fn new() -> Self {
        Trie { next: vec![[0; 26]], end: vec![false] }
    }

    fn insert(&mut self, word: String) {
        let mut node = 0usize;
        for b in word.bytes() {
            let c = (b - b'a') as usize;
            if self.next[node][c] == 0 {
                self.next.push([0; 26]);
                self.end.push(false);
                self.next[node][c] = (self.next.len() - 1) as u32;
            }
            node = self.next[node][c] as usize;
        }
        self.end[node] = true;
    }

    fn find(&self, s: &str) -> Option<usize> {
        let mut node = 0usize;
        for b in s.bytes() {
            let c = (b - b'a') as usize;
            if self.next[node][c] == 0 {
                return None;
            }
            node = self.next[node][c] as usize;
        }
        Some(node)
    }

    fn search(&self, word: String) -> bool {
        self.find(&word).map_or(false, |n| self.end[n])
    }

    fn starts_with(&self, prefix: String) -> bool {
        self.find(&prefix).is_some()
    }
}

/**
 * Your Trie object will be instantiated and called as such:
 * let obj = Trie::new();
 * obj.insert(word);
 * let ret_2: bool = obj.search(word);
 * let ret_3: bool = obj.starts_with(prefix);
 */
