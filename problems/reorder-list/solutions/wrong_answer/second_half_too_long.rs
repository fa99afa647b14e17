impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        let mut nodes = Vec::new();
        let mut cur = head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            nodes.push(node);
        }
        let n = nodes.len();
        // Puts the middle node of an even-length list into the back half: (n - 1) / 2 front
        // nodes instead of (n + 1) / 2, so the back half has one node too many.
        let mut back: Vec<Box<ListNode>> = nodes.split_off((n - 1) / 2);
        let mut front = nodes;
        let mut order = Vec::with_capacity(n);
        front.reverse();
        while !front.is_empty() || !back.is_empty() {
            if let Some(node) = front.pop() {
                order.push(node);
            }
            if let Some(node) = back.pop() {
                order.push(node);
            }
        }
        let mut next = None;
        while let Some(mut node) = order.pop() {
            node.next = next;
            next = Some(node);
        }
        *head = next;
    }
}
