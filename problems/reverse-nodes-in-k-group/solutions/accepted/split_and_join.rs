impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        let k = k as usize;
        // Detach the nodes one by one, reverse every full group, then relink.
        let mut nodes: Vec<Box<ListNode>> = Vec::new();
        let mut cur = head;
        while let Some(mut node) = cur {
            cur = node.next.take();
            nodes.push(node);
        }
        let full = nodes.len() / k * k;
        for chunk in nodes[..full].chunks_mut(k) {
            chunk.reverse();
        }
        let mut result: Option<Box<ListNode>> = None;
        while let Some(mut node) = nodes.pop() {
            node.next = result;
            result = Some(node);
        }
        result
    }
}
