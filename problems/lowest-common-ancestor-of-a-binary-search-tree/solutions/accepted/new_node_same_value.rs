use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    // Finds the right value but returns a fresh node holding it, not the node of the tree:
    // LeetCode compares the value a returned node prints, and the values are distinct.
    pub fn lowest_common_ancestor(
        root: Option<Rc<RefCell<TreeNode>>>,
        p: Option<Rc<RefCell<TreeNode>>>,
        q: Option<Rc<RefCell<TreeNode>>>,
    ) -> Option<Rc<RefCell<TreeNode>>> {
        let (p, q) = (p.unwrap().borrow().val, q.unwrap().borrow().val);
        let (lo, hi) = (p.min(q), p.max(q));
        let mut cur = root;
        while let Some(node) = cur {
            let v = node.borrow().val;
            if hi < v {
                cur = node.borrow().left.clone();
            } else if lo > v {
                cur = node.borrow().right.clone();
            } else {
                return Some(Rc::new(RefCell::new(TreeNode::new(v))));
            }
        }
        None
    }
}
