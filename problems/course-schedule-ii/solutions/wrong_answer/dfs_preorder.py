# Emits a course when the DFS first reaches it instead of when it finishes, which is not a
# topological order once a course is reachable along two paths.
class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        after = [[] for _ in range(numCourses)]
        indegree = [0] * numCourses
        for course, pre in prerequisites:
            after[pre].append(course)
            indegree[course] += 1
        state = [0] * numCourses
        order = []

        def dfs(u):
            state[u] = 1
            order.append(u)
            for v in after[u]:
                if state[v] == 1:
                    return False
                if state[v] == 0 and not dfs(v):
                    return False
            state[u] = 2
            return True

        for c in range(numCourses):
            if indegree[c] == 0 and state[c] == 0 and not dfs(c):
                return []
        return order if len(order) == numCourses else []
