use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn lowest_common_ancestor(
        root: Option<Rc<RefCell<TreeNode>>>,
        p: Option<Rc<RefCell<TreeNode>>>,
        q: Option<Rc<RefCell<TreeNode>>>,
    ) -> Option<Rc<RefCell<TreeNode>>> {
        let node = root.as_ref()?;
        if Rc::ptr_eq(node, p.as_ref().unwrap()) || Rc::ptr_eq(node, q.as_ref().unwrap()) {
            return root;
        }
        let left = Self::lowest_common_ancestor(node.borrow().left.clone(), p.clone(), q.clone());
        let right = Self::lowest_common_ancestor(node.borrow().right.clone(), p, q);
        match (&left, &right) {
            (Some(_), Some(_)) => root,
            (Some(_), None) => left,
            _ => right,
        }
    }
}
