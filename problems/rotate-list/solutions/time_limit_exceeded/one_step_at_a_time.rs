impl Solution {
    pub fn rotate_right(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        // Rotates by one position k times, without reducing k modulo the length.
        let mut vals = Vec::new();
        let mut cur = &head;
        while let Some(node) = cur {
            vals.push(node.val);
            cur = &node.next;
        }
        if vals.len() > 1 {
            for _ in 0..k {
                let last = vals.pop().unwrap();
                vals.insert(0, last);
            }
        }
        let mut result = None;
        for &v in vals.iter().rev() {
            result = Some(Box::new(ListNode { val: v, next: result }));
        }
        result
    }
}
