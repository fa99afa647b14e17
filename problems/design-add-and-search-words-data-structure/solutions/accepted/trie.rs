#[derive(Default)]
struct Node {
    children: [Option<Box<Node>>; 26],
    end: bool,
}

struct WordDictionary {
    root: Node,
}

impl WordDictionary {
    fn new() -> Self {
        WordDictionary { root: Node::default() }
    }

    fn add_word(&mut self, word: String) {
        let mut node = &mut self.root;
        for b in word.bytes() {
            node = node.children[(b - b'a') as usize].get_or_insert_with(Default::default);
        }
        node.end = true;
    }

    fn search(&self, word: String) -> bool {
        fn dfs(node: &Node, w: &[u8]) -> bool {
            match w.split_first() {
                None => node.end,
                Some((&b'.', rest)) => node.children.iter().flatten().any(|c| dfs(c, rest)),
                Some((&b, rest)) => node.children[(b - b'a') as usize]
                    .as_ref()
                    .map_or(false, |c| dfs(c, rest)),
            }
        }
        dfs(&self.root, word.as_bytes())
    }
}
