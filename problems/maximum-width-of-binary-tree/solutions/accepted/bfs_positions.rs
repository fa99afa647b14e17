use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

impl Solution {
    pub fn width_of_binary_tree(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut best: u64 = 0;
        let mut queue: VecDeque<(Rc<RefCell<TreeNode>>, u64)> = VecDeque::new();
        if let Some(r) = root {
            queue.push_back((r, 0));
        }
        while !queue.is_empty() {
            let base = queue.front().unwrap().1;
            let last = queue.back().unwrap().1;
            best = best.max(last - base + 1);
            for _ in 0..queue.len() {
                let (node, pos) = queue.pop_front().unwrap();
                let pos = pos - base;
                let n = node.borrow();
                if let Some(l) = n.left.clone() {
                    queue.push_back((l, 2 * pos));
                }
                if let Some(r) = n.right.clone() {
                    queue.push_back((r, 2 * pos + 1));
                }
            }
        }
        best as i32
    }
}
