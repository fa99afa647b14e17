class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # Bug: only notices two courses that require each other (and self-loops),
        # not longer cycles.
        pairs = set()
        for a, b in prerequisites:
            if a == b or (b, a) in pairs:
                return False
            pairs.add((a, b))
        return True
