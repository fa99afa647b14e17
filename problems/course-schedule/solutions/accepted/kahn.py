class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # Kahn's algorithm: repeatedly take a course with no unfinished prerequisite.
        after = [[] for _ in range(numCourses)]
        missing = [0] * numCourses
        for course, before in prerequisites:
            after[before].append(course)
            missing[course] += 1
        ready = [c for c in range(numCourses) if missing[c] == 0]
        done = 0
        while ready:
            c = ready.pop()
            done += 1
            for nxt in after[c]:
                missing[nxt] -= 1
                if missing[nxt] == 0:
                    ready.append(nxt)
        return done == numCourses
