impl Solution {
    pub fn rotate_right(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        let mut vals = Vec::new();
        let mut cur = &head;
        while let Some(node) = cur {
            vals.push(node.val);
            cur = &node.next;
        }
        if vals.is_empty() {
            return None;
        }
        let k = k as usize % vals.len();
        vals.rotate_right(k);
        let mut result = None;
        for &v in vals.iter().rev() {
            result = Some(Box::new(ListNode { val: v, next: result }));
        }
        result
    }
}
