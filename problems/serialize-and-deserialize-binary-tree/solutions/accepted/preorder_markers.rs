// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
use std::cell::RefCell;
use std::rc::Rc;

struct Codec {}

/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn serialize(&self, root: Option<Rc<RefCell<TreeNode>>>) -> String {
        let mut out = Vec::new();
        let mut stack = vec![root];
        while let Some(slot) = stack.pop() {
            match slot {
                None => out.push("#".to_string()),
                Some(node) => {
                    let node = node.borrow();
                    out.push(node.val.to_string());
                    stack.push(node.right.clone());
                    stack.push(node.left.clone());
                }
            }
        }
        out.join(",")
    }

    fn deserialize(&self, data: String) -> Option<Rc<RefCell<TreeNode>>> {
        let mut tokens = data.split(',');
        Self::build(&mut tokens)
    }

    fn build<'a>(tokens: &mut impl Iterator<Item = &'a str>) -> Option<Rc<RefCell<TreeNode>>> {
        match tokens.next() {
            None | Some("#") => None,
            Some(tok) => {
                let node = Rc::new(RefCell::new(TreeNode::new(tok.parse().unwrap())));
                let left = Self::build(tokens);
                let right = Self::build(tokens);
                node.borrow_mut().left = left;
                node.borrow_mut().right = right;
                Some(node)
            }
        }
    }
}

/**
 * Your Codec object will be instantiated and called as such:
 * let obj = Codec::new();
 * let data: String = obj.serialize(strs);
 * let ans: Option<Rc<RefCell<TreeNode>>> = obj.deserialize(data);
 */
