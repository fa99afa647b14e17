use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

impl Solution {
    pub fn distance_k(
        root: Option<Rc<RefCell<TreeNode>>>,
        target: Option<Rc<RefCell<TreeNode>>>,
        k: i32,
    ) -> Vec<i32> {
        // Values are distinct: build an undirected graph on them.
        let mut adj: HashMap<i32, Vec<i32>> = HashMap::new();
        let mut stack = vec![root.unwrap()];
        while let Some(node) = stack.pop() {
            let n = node.borrow();
            adj.entry(n.val).or_default();
            for child in [n.left.clone(), n.right.clone()].into_iter().flatten() {
                let c = child.borrow().val;
                adj.entry(n.val).or_default().push(c);
                adj.entry(c).or_default().push(n.val);
                stack.push(child.clone());
            }
        }
        let start = target.unwrap().borrow().val;
        let mut dist = HashMap::from([(start, 0)]);
        let mut q = VecDeque::from([start]);
        let mut out = vec![];
        while let Some(u) = q.pop_front() {
            let d = dist[&u];
            if d == k {
                out.push(u);
                continue;
            }
            for &w in &adj[&u] {
                if !dist.contains_key(&w) {
                    dist.insert(w, d + 1);
                    q.push_back(w);
                }
            }
        }
        out
    }
}
