impl Solution {
    pub fn sort_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        // Insertion sort: O(n^2) comparisons.
        let mut dummy = Box::new(ListNode::new(0));
        let mut cur = head;
        while let Some(mut node) = cur {
            cur = node.next.take();
            let mut prev = &mut dummy;
            while prev.next.as_ref().map_or(false, |x| x.val <= node.val) {
                prev = prev.next.as_mut().unwrap();
            }
            node.next = prev.next.take();
            prev.next = Some(node);
        }
        dummy.next
    }
}
