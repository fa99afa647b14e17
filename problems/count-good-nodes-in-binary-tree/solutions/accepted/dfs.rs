use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn good_nodes(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        fn dfs(node: &Option<Rc<RefCell<TreeNode>>>, best: i32) -> i32 {
            match node {
                None => 0,
                Some(n) => {
                    let n = n.borrow();
                    let good = if n.val >= best { 1 } else { 0 };
                    let best = best.max(n.val);
                    good + dfs(&n.left, best) + dfs(&n.right, best)
                }
            }
        }
        dfs(&root, i32::MIN)
    }
}
