class Solution:
    def copyRandomList(self, head: 'Optional[Node]') -> 'Optional[Node]':
        # Puts each copy right after its original, sets the random pointers, then splits.
        node = head
        while node:
            node.next = Node(node.val, node.next)
            node = node.next.next
        node = head
        while node:
            if node.random:
                node.next.random = node.random.next
            node = node.next.next
        dummy = tail = Node(0)
        node = head
        while node:
            tail.next = node.next
            tail = tail.next
            node.next = tail.next
            node = node.next
        return dummy.next
