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
        queue = collections.deque([source])
        rides = 0
        while queue:
            rides += 1
            for _ in range(len(queue)):
                stop = queue.popleft()
                for bus in buses_at[stop]:
                    if used_bus[bus]:
                        continue
                    used_bus[bus] = True
                    for nxt in routes[bus]:
                        if nxt == target:
                            return rides
                        if nxt not in seen_stop:
                            seen_stop.add(nxt)
                            queue.append(nxt)
        return -1
