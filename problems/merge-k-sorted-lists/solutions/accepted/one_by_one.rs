impl Solution {
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        // Merges each list into the growing result: O(k * N), at most about 5 * 10^7 steps for
        // 10^4 nodes, which LeetCode accepts in Rust.
        fn merge_two(mut a: Option<Box<ListNode>>, mut b: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
            let mut dummy = Box::new(ListNode::new(0));
            let mut tail = &mut dummy;
            while a.is_some() && b.is_some() {
                let take_a = a.as_ref().unwrap().val <= b.as_ref().unwrap().val;
                let src = if take_a { &mut a } else { &mut b };
                let mut node = src.take().unwrap();
                *src = node.next.take();
                tail.next = Some(node);
                tail = tail.next.as_mut().unwrap();
            }
            tail.next = if a.is_some() { a } else { b };
            dummy.next
        }
        let mut result = None;
        for head in lists {
            result = merge_two(result, head);
        }
        result
    }
}
