use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

impl Solution {
    // Steps k times to every neighbour without remembering where it came from, so it also
    // returns nodes at distance k - 2, k - 4, ...
    pub fn distance_k(
        root: Option<Rc<RefCell<TreeNode>>>,
        target: Option<Rc<RefCell<TreeNode>>>,
        k: i32,
    ) -> Vec<i32> {
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
        let mut level = vec![target.unwrap().borrow().val];
        for _ in 0..k {
            let mut next: Vec<i32> = level.iter().flat_map(|u| adj[u].clone()).collect();
            next.sort();
            next.dedup();
            level = next;
        }
        level
    }
}
