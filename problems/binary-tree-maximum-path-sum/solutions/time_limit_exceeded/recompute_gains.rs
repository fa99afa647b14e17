use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn max_path_sum(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // O(n * height): the downward gains are recomputed for every node.
        fn down(node: &Option<Rc<RefCell<TreeNode>>>) -> i32 {
            match node {
                None => 0,
                Some(n) => {
                    let n = n.borrow();
                    n.val + 0.max(down(&n.left)).max(down(&n.right))
                }
            }
        }
        let mut best = i32::MIN;
        let mut stack = vec![root.clone()];
        while let Some(Some(node)) = stack.pop() {
            let n = node.borrow();
            best = best.max(n.val + down(&n.left).max(0) + down(&n.right).max(0));
            if n.left.is_some() {
                stack.push(n.left.clone());
            }
            if n.right.is_some() {
                stack.push(n.right.clone());
            }
        }
        best
    }
}
