impl Solution {
    pub fn sort_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        fn len(mut node: &Option<Box<ListNode>>) -> usize {
            let mut n = 0;
            while let Some(x) = node {
                n += 1;
                node = &x.next;
            }
            n
        }
        fn merge(mut a: Option<Box<ListNode>>, mut b: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
            let mut dummy = Box::new(ListNode::new(0));
            let mut tail = &mut dummy;
            loop {
                match (a, b) {
                    (Some(mut x), Some(mut y)) => {
                        if x.val <= y.val {
                            a = x.next.take();
                            b = Some(y);
                            tail.next = Some(x);
                        } else {
                            b = y.next.take();
                            a = Some(x);
                            tail.next = Some(y);
                        }
                        tail = tail.next.as_mut().unwrap();
                    }
                    (rest_a, rest_b) => {
                        tail.next = rest_a.or(rest_b);
                        break;
                    }
                }
            }
            dummy.next
        }
        fn sort(mut head: Option<Box<ListNode>>, n: usize) -> Option<Box<ListNode>> {
            if n <= 1 {
                return head;
            }
            let mut cur = head.as_mut().unwrap();
            for _ in 0..n / 2 - 1 {
                cur = cur.next.as_mut().unwrap();
            }
            let second = cur.next.take();
            merge(sort(head, n / 2), sort(second, n - n / 2))
        }
        let n = len(&head);
        sort(head, n)
    }
}
