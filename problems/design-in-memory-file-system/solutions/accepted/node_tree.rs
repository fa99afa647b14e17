use std::collections::BTreeMap;

#[derive(Default)]
struct Node {
    children: BTreeMap<String, Node>,
    content: Option<String>,
}

struct FileSystem {
    root: Node,
}

/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl FileSystem {
    fn new() -> Self {
        FileSystem { root: Node::default() }
    }

    fn find(&self, path: &str) -> &Node {
        let mut node = &self.root;
        for part in path.split('/').filter(|p| !p.is_empty()) {
            node = &node.children[part];
        }
        node
    }

    fn make(&mut self, path: &str) -> &mut Node {
        let mut node = &mut self.root;
        for part in path.split('/').filter(|p| !p.is_empty()) {
            node = node.children.entry(part.to_string()).or_default();
        }
        node
    }

    fn ls(&self, path: String) -> Vec<String> {
        let node = self.find(&path);
        if node.content.is_some() {
            return vec![path.rsplit('/').next().unwrap().to_string()];
        }
        node.children.keys().cloned().collect()
    }

    fn mkdir(&mut self, path: String) {
        self.make(&path);
    }

    fn add_content_to_file(&mut self, file_path: String, content: String) {
        let file = self.make(&file_path);
        file.content.get_or_insert_with(String::new).push_str(&content);
    }

    fn read_content_from_file(&self, file_path: String) -> String {
        self.find(&file_path).content.clone().unwrap_or_default()
    }
}
