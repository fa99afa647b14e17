impl Solution {
    pub fn middle_node(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut n = 0;
        let mut cur = &head;
        while let Some(node) = cur {
            n += 1;
            cur = &node.next;
        }
        let mut cur = head;
        for _ in 0..n / 2 {
            cur = cur.unwrap().next;
        }
        cur
    }
}
