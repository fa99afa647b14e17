use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

impl Solution {
    pub fn path_sum(root: Option<Rc<RefCell<TreeNode>>>, target_sum: i32) -> i32 {
        fn dfs(
            node: &Option<Rc<RefCell<TreeNode>>>,
            total: i64,
            target: i64,
            seen: &mut HashMap<i64, i32>,
        ) -> i32 {
            match node {
                None => 0,
                Some(n) => {
                    let n = n.borrow();
                    let total = total + n.val as i64;
                    let mut count = *seen.get(&(total - target)).unwrap_or(&0);
                    *seen.entry(total).or_insert(0) += 1;
                    count += dfs(&n.left, total, target, seen) + dfs(&n.right, total, target, seen);
                    *seen.get_mut(&total).unwrap() -= 1;
                    count
                }
            }
        }
        let mut seen = HashMap::new();
        seen.insert(0i64, 1);
        dfs(&root, 0, target_sum as i64, &mut seen)
    }
}
