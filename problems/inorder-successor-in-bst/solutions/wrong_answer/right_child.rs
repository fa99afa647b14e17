use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    // Takes p's right child itself instead of the leftmost node below it.
    pub fn inorder_successor(
        root: Option<Rc<RefCell<TreeNode>>>,
        p: Option<Rc<RefCell<TreeNode>>>,
    ) -> Option<Rc<RefCell<TreeNode>>> {
        let p = p.unwrap();
        if let Some(r) = p.borrow().right.clone() {
            return Some(r);
        }
        let target = p.borrow().val;
        let mut best = None;
        let mut cur = root;
        while let Some(node) = cur {
            if node.borrow().val > target {
                cur = node.borrow().left.clone();
                best = Some(node);
            } else {
                cur = node.borrow().right.clone();
            }
        }
        best
    }
}
