use std::cell::RefCell;
use std::rc::Rc;

struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    // Writes -1 for a missing child: a node whose value is -1 comes back as a missing one.
    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        let mut out = Vec::new();
        let mut stack = vec![root];
        while let Some(slot) = stack.pop() {
            match slot {
                None => out.push(-1),
                Some(node) => {
                    let node = node.borrow();
                    out.push(node.val);
                    stack.push(node.right.clone());
                    stack.push(node.left.clone());
                }
            }
        }
        out.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(" ")
    }

    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        let vals: Vec<i32> = data.split(' ').map(|t| t.parse().unwrap()).collect();
        let mut i = 0;
        Self::build(&vals, &mut i)
    }

    fn build(vals: &[i32], i: &mut usize) -> Option<Rc<RefCell<TreeNode>>> {
        if *i >= vals.len() {
            return None;
        }
        let v = vals[*i];
        *i += 1;
        if v == -1 {
            return None;
        }
        let node = Rc::new(RefCell::new(TreeNode::new(v)));
        let left = Self::build(vals, i);
        let right = Self::build(vals, i);
        node.borrow_mut().left = left;
        node.borrow_mut().right = right;
        Some(node)
    }
}
