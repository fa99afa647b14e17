use std::collections::HashMap;

#[derive(Default)]
struct Node {
    literal: HashMap<String, usize>,
    param: Option<usize>,
    end: HashMap<String, (String, Vec<String>)>,  // method -> (handler, parameter names)
    wild: HashMap<String, (String, Vec<String>)>, // routes ending here with "*"
}

struct Router {
    nodes: Vec<Node>,
}

impl Router {
    fn new() -> Self {
        Router { nodes: vec![Node::default()] }
    }

    fn add_route(&mut self, method: String, pattern: String, handler_id: String) -> bool {
        let mut at = 0;
        let mut names: Vec<String> = Vec::new();
        for seg in pattern.split('/').filter(|s| !s.is_empty()) {
            if seg == "*" {
                if self.nodes[at].wild.contains_key(&method) {
                    return false;
                }
                names.push("*".to_string());
                self.nodes[at].wild.insert(method, (handler_id, names));
                return true;
            }
            let next = if let Some(name) = seg.strip_prefix(':') {
                names.push(name.to_string());
                self.nodes[at].param
            } else {
                self.nodes[at].literal.get(seg).copied()
            };
            at = match next {
                Some(n) => n,
                None => {
                    self.nodes.push(Node::default());
                    let n = self.nodes.len() - 1;
                    if seg.starts_with(':') {
                        self.nodes[at].param = Some(n);
                    } else {
                        self.nodes[at].literal.insert(seg.to_string(), n);
                    }
                    n
                }
            };
        }
        if self.nodes[at].end.contains_key(&method) {
            return false;
        }
        self.nodes[at].end.insert(method, (handler_id, names));
        true
    }

    // Literal before parameter before wildcard, so the first route found has the smallest shape.
    // Routes of other methods met on the way set `other` (for 405).
    fn find(&self, at: usize, segs: &[&str], i: usize, values: &mut Vec<String>, method: &str, other: &mut bool) -> Option<(String, Vec<String>)> {
        let node = &self.nodes[at];
        if i == segs.len() {
            if let Some((h, names)) = node.end.get(method) {
                return Some((h.clone(), names.clone()));
            }
            if let Some((h, names)) = node.wild.get(method) {
                values.push(String::new());
                return Some((h.clone(), names.clone()));
            }
            if !node.end.is_empty() || !node.wild.is_empty() {
                *other = true;
            }
            return None;
        }
        if let Some(&child) = node.literal.get(segs[i]) {
            if let Some(found) = self.find(child, segs, i + 1, values, method, other) {
                return Some(found);
            }
        }
        if let Some(child) = node.param {
            values.push(segs[i].to_string());
            if let Some(found) = self.find(child, segs, i + 1, values, method, other) {
                return Some(found);
            }
            values.pop();
        }
        if let Some((h, names)) = node.wild.get(method) {
            values.push(segs[i..].join("/"));
            return Some((h.clone(), names.clone()));
        }
        if !node.wild.is_empty() {
            *other = true;
        }
        None
    }

    fn route(&self, method: String, path: String) -> Vec<String> {
        let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let mut values = Vec::new();
        let mut other = false;
        match self.find(0, &segs, 0, &mut values, &method, &mut other) {
            Some((handler, names)) => {
                let mut answer = vec![handler];
                for (name, value) in names.into_iter().zip(values) {
                    answer.push(name);
                    answer.push(value);
                }
                answer
            }
            None => vec![if other { "405" } else { "404" }.to_string()],
        }
    }
}
