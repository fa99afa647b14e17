use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn path_sum(root: Option<Rc<RefCell<TreeNode>>>, target_sum: i32) -> Vec<Vec<i32>> {
        fn dfs(
            node: &Option<Rc<RefCell<TreeNode>>>,
            remaining: i32,
            path: &mut Vec<i32>,
            result: &mut Vec<Vec<i32>>,
        ) {
            if let Some(n) = node {
                let n = n.borrow();
                path.push(n.val);
                let remaining = remaining - n.val;
                if n.left.is_none() && n.right.is_none() && remaining == 0 {
                    result.push(path.clone());
                }
                dfs(&n.left, remaining, path, result);
                dfs(&n.right, remaining, path, result);
                path.pop();
            }
        }
        let mut result = Vec::new();
        dfs(&root, target_sum, &mut Vec::new(), &mut result);
        result
    }
}
