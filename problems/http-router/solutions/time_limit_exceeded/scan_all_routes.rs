use std::collections::HashSet;

struct Router {
    routes: Vec<(String, Vec<String>, String)>,
    shapes: HashSet<(String, Vec<String>)>,
}

impl Router {
    fn new() -> Self {
        Router { routes: Vec::new(), shapes: HashSet::new() }
    }

    fn add_route(&mut self, method: String, pattern: String, handler_id: String) -> bool {
        let segs: Vec<String> = pattern.split('/').filter(|s| !s.is_empty()).map(String::from).collect();
        let shape: Vec<String> = segs.iter().map(|s| if s.starts_with(':') { ":".to_string() } else { s.clone() }).collect();
        if !self.shapes.insert((method.clone(), shape)) {
            return false;
        }
        self.routes.push((method, segs, handler_id));
        true
    }

    fn matches(segs: &[String], path: &[&str]) -> Option<Vec<String>> {
        let mut out = Vec::new();
        for (i, s) in segs.iter().enumerate() {
            if s == "*" {
                out.push("*".to_string());
                out.push(path[i.min(path.len())..].join("/"));
                return Some(out);
            }
            if i >= path.len() {
                return None;
            }
            if let Some(name) = s.strip_prefix(':') {
                out.push(name.to_string());
                out.push(path[i].to_string());
            } else if s != path[i] {
                return None;
            }
        }
        if segs.len() == path.len() { Some(out) } else { None }
    }

    fn route(&self, method: String, path: String) -> Vec<String> {
        let parts: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let mut best: Option<(Vec<u8>, Vec<String>)> = None;
        let mut other = false;
        for (m, segs, handler) in &self.routes {
            if let Some(got) = Self::matches(segs, &parts) {
                if *m != method {
                    other = true;
                    continue;
                }
                let shape: Vec<u8> = segs.iter().map(|s| if s == "*" { 2 } else if s.starts_with(':') { 1 } else { 0 }).collect();
                if best.as_ref().map_or(true, |b| shape < b.0) {
                    let mut answer = vec![handler.clone()];
                    answer.extend(got);
                    best = Some((shape, answer));
                }
            }
        }
        match best {
            Some((_, answer)) => answer,
            None => vec![if other { "405" } else { "404" }.to_string()],
        }
    }
}
