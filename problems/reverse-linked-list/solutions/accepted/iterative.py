# Definition for singly-linked list.
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Walk the list once, turning each next pointer back towards the previous node.
        prev = None
        while head:
            head.next, prev, head = prev, head, head.next
        return prev
