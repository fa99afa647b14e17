// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
use std::rc::Rc;
use std::cell::RefCell;
impl Solution {
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        // Bounds in i64 so that the extreme i32 values are still strictly inside.
        fn ok(node: &Option<Rc<RefCell<TreeNode>>>, low: i64, high: i64) -> bool {
            match node {
                None => true,
                Some(n) => {
                    let n = n.borrow();
                    let v = n.val as i64;
                    low < v && v < high && ok(&n.left, low, v) && ok(&n.right, v, high)
                }
            }
        }
        ok(&root, i64::MIN, i64::MAX)
    }
}
