# Counts the changes between buses, one less than the buses boarded.
class Solution:
    def numBusesToDestination(self, routes: List[List[int]], source: int, target: int) -> int:
        if source == target:
            return 0
        buses_at = collections.defaultdict(list)
        for bus, stops in enumerate(routes):
            for stop in stops:
                buses_at[stop].append(bus)
        used_bus = [False] * len(routes)
        seen_stop = {source}
        queue = collections.deque([(source, 0)])
        while queue:
            stop, rides = queue.popleft()
            for bus in buses_at[stop]:
                if used_bus[bus]:
                    continue
                used_bus[bus] = True
                for nxt in routes[bus]:
                    if nxt == target:
                        return rides
                    if nxt not in seen_stop:
                        seen_stop.add(nxt)
                        queue.append((nxt, rides + 1))
        return -1
