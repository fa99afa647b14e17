use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn inorder_successor(
        root: Option<Rc<RefCell<TreeNode>>>,
        p: Option<Rc<RefCell<TreeNode>>>,
    ) -> Option<Rc<RefCell<TreeNode>>> {
        let target = p.unwrap().borrow().val;
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
