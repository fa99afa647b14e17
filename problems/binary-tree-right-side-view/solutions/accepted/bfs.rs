use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

impl Solution {
    pub fn right_side_view(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        let mut view = Vec::new();
        let mut queue = VecDeque::new();
        if let Some(r) = root {
            queue.push_back(r);
        }
        while !queue.is_empty() {
            let size = queue.len();
            for i in 0..size {
                let node = queue.pop_front().unwrap();
                let n = node.borrow();
                if i == size - 1 {
                    view.push(n.val);
                }
                if let Some(l) = n.left.clone() {
                    queue.push_back(l);
                }
                if let Some(r) = n.right.clone() {
                    queue.push_back(r);
                }
            }
        }
        view
    }
}
