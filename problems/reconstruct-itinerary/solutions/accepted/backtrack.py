class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        graph = collections.defaultdict(list)
        for a, b in sorted(tickets):
            graph[a].append(b)
        route = ["JFK"]

        def dfs(u):
            if len(route) == len(tickets) + 1:
                return True
            options = graph[u]
            for i in range(len(options)):
                v = options[i]
                if v is None or (i > 0 and options[i - 1] == v):
                    continue
                options[i] = None
                route.append(v)
                if dfs(v):
                    return True
                route.pop()
                options[i] = v
            return False

        dfs("JFK")
        return route
