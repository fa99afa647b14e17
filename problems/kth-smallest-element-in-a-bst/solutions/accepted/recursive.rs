use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn kth_smallest(root: Option<Rc<RefCell<TreeNode>>>, k: i32) -> i32 {
        fn walk(node: &Option<Rc<RefCell<TreeNode>>>, k: &mut i32, ans: &mut i32) {
            if let Some(n) = node {
                let n = n.borrow();
                walk(&n.left, k, ans);
                if *k == 0 {
                    return;
                }
                *k -= 1;
                if *k == 0 {
                    *ans = n.val;
                    return;
                }
                walk(&n.right, k, ans);
            }
        }
        let (mut k, mut ans) = (k, -1);
        walk(&root, &mut k, &mut ans);
        ans
    }
}
