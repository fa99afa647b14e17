use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn is_balanced(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        fn height(node: &Option<Rc<RefCell<TreeNode>>>) -> Option<i32> {
            match node {
                None => Some(0),
                Some(n) => {
                    let n = n.borrow();
                    let l = height(&n.left)?;
                    let r = height(&n.right)?;
                    if (l - r).abs() > 1 {
                        None
                    } else {
                        Some(1 + l.max(r))
                    }
                }
            }
        }
        height(&root).is_some()
    }
}
