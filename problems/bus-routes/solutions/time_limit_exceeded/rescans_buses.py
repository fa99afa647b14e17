# BFS over stops that never marks a bus as ridden, so a long route is scanned again from every
# one of its stops: O(stops * route length).
class Solution:
    def numBusesToDestination(self, routes: List[List[int]], source: int, target: int) -> int:
        if source == target:
            return 0
        buses_at = collections.defaultdict(list)
        for bus, stops in enumerate(routes):
            for stop in stops:
                buses_at[stop].append(bus)
        seen_stop = {source}
        queue = collections.deque([(source, 0)])
        while queue:
            stop, rides = queue.popleft()
            for bus in buses_at[stop]:
                for nxt in routes[bus]:
                    if nxt == target:
                        return rides + 1
                    if nxt not in seen_stop:
                        seen_stop.add(nxt)
                        queue.append((nxt, rides + 1))
        return -1
