impl Solution {
    pub fn odd_even_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        // Detach nodes one by one, alternately onto the odd and the even chain.
        let mut odd_dummy = Box::new(ListNode::new(0));
        let mut even_dummy = Box::new(ListNode::new(0));
        let mut odd_tail = &mut odd_dummy;
        let mut even_tail = &mut even_dummy;
        let mut cur = head;
        let mut is_odd = true;
        while let Some(mut node) = cur {
            cur = node.next.take();
            if is_odd {
                odd_tail.next = Some(node);
                odd_tail = odd_tail.next.as_mut().unwrap();
            } else {
                even_tail.next = Some(node);
                even_tail = even_tail.next.as_mut().unwrap();
            }
            is_odd = !is_odd;
        }
        odd_tail.next = even_dummy.next;
        odd_dummy.next
    }
}
