// LeetCode's ListNode and TreeNode, at the root of the compiled prelude (or pasted at the crate
// root of a generated Rust harness when the user's file defines or implements for a node). The
// definitions are LeetCode's, with full paths instead of `use` lines so nothing here conflicts
// with the user's own imports, and `ListNode::new` public, so that a solution linking the
// compiled prelude can call it as LeetCode's own crate can. The generator may take the two
// halves separately: everything before the line `// ---- TreeNode ----` is ListNode.

// Definition for singly-linked list.
#[derive(PartialEq, Eq, Clone, Debug)]
pub struct ListNode {
    pub val: i32,
    pub next: Option<Box<ListNode>>,
}

impl ListNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        ListNode { next: None, val }
    }
}

// ---- TreeNode ----
// Definition for a binary tree node.
#[derive(Debug, PartialEq, Eq)]
pub struct TreeNode {
    pub val: i32,
    pub left: Option<std::rc::Rc<std::cell::RefCell<TreeNode>>>,
    pub right: Option<std::rc::Rc<std::cell::RefCell<TreeNode>>>,
}

impl TreeNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        TreeNode {
            val,
            left: None,
            right: None,
        }
    }
}
