use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

impl Solution {
    pub fn build_tree(preorder: Vec<i32>, inorder: Vec<i32>) -> Option<Rc<RefCell<TreeNode>>> {
        fn build(
            pre: &[i32],
            pos: &HashMap<i32, usize>,
            next: &mut usize,
            lo: usize,
            hi: usize,
        ) -> Option<Rc<RefCell<TreeNode>>> {
            if lo >= hi {
                return None;
            }
            let val = pre[*next];
            *next += 1;
            let mid = pos[&val];
            let mut node = TreeNode::new(val);
            node.left = build(pre, pos, next, lo, mid);
            node.right = build(pre, pos, next, mid + 1, hi);
            Some(Rc::new(RefCell::new(node)))
        }
        let pos: HashMap<i32, usize> = inorder.iter().enumerate().map(|(i, &v)| (v, i)).collect();
        let mut next = 0;
        build(&preorder, &pos, &mut next, 0, inorder.len())
    }
}
