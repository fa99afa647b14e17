# Each round scans every prerequisite pair to find the courses whose prerequisites are all done,
# and takes them: O(rounds * pairs), and a chain of prerequisites makes numCourses rounds.
class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        done = [False] * numCourses
        order = []
        while len(order) < numCourses:
            blocked = [False] * numCourses
            for course, pre in prerequisites:
                if not done[pre]:
                    blocked[course] = True
            free = [c for c in range(numCourses) if not done[c] and not blocked[c]]
            if not free:
                return []
            for c in free:
                done[c] = True
                order.append(c)
        return order
