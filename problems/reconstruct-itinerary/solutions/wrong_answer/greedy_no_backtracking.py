# Always flies to the smallest remaining destination and never reconsiders, so it can strand
# itself before every ticket is used.
class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        graph = collections.defaultdict(list)
        for a, b in tickets:
            graph[a].append(b)
        for a in graph:
            graph[a].sort(reverse=True)
        route = ["JFK"]
        while graph[route[-1]]:
            route.append(graph[route[-1]].pop())
        return route
