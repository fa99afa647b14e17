import sys
import heapq
from collections import deque


def main():
    data = sys.stdin.read().split("\n")
    n, p = map(int, data[0].split())
    rows = [data[1 + i].split() for i in range(n)]
    # Number the services in byte order of their names: comparing ids compares names.
    names = sorted(r[0] for r in rows)
    idx = {name: i for i, name in enumerate(names)}
    deps = [None] * n
    for r in rows:
        deps[idx[r[0]]] = [idx[x] for x in r[2:]]
    failed = [False] * n
    for name in data[1 + n].split()[1:]:
        failed[idx[name]] = True

    dependents = [[] for _ in range(n)]
    for v in range(n):
        for u in deps[v]:
            dependents[u].append(v)

    # Kahn's algorithm: every service gets removed unless the graph has a cycle.
    waiting = [len(d) for d in deps]
    order = [v for v in range(n) if waiting[v] == 0]
    for v in order:
        for w in dependents[v]:
            waiting[w] -= 1
            if waiting[w] == 0:
                order.append(w)
    if len(order) < n:
        cycle = find_cycle(n, deps, dependents, waiting)
        print("cycle: " + " -> ".join(names[v] for v in cycle))
        return

    waiting = [len(d) for d in deps]
    ready = [v for v in range(n) if waiting[v] == 0]
    heapq.heapify(ready)
    attempted = [False] * n
    out = []
    while ready:
        # Releases dependents as soon as a service is deployed, so they may join the same wave.
        wave = []
        while ready and len(wave) < p:
            v = heapq.heappop(ready)
            wave.append(v)
            attempted[v] = True
            if failed[v]:
                continue
            for w in dependents[v]:
                waiting[w] -= 1
                if waiting[w] == 0:
                    heapq.heappush(ready, w)
        out.append("wave %d: %s" % (len(out) + 1, " ".join(names[v] + ("!" if failed[v] else "") for v in wave)))
    blocked = [names[v] for v in range(n) if not attempted[v]]
    out.append("blocked: " + (" ".join(blocked) if blocked else "-"))
    print("\n".join(out))


def find_cycle(n, deps, rev, left):
    """The shortest cycle through the smallest service on any cycle, lexicographically smallest
    among those. Only services that Kahn's algorithm left (left[v] > 0) can lie on a cycle."""
    # Tarjan's strongly connected components, iteratively.
    index = [-1] * n
    low = [0] * n
    on_stack = [False] * n
    stack = []
    comp_size = {}
    comp = [-1] * n
    counter = 0
    for root in range(n):
        if index[root] != -1 or left[root] == 0:
            continue
        work = [(root, 0)]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack[root] = True
        while work:
            v, i = work[-1]
            if i < len(deps[v]):
                work[-1] = (v, i + 1)
                w = deps[v][i]
                if index[w] == -1:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack[w] = True
                    work.append((w, 0))
                elif on_stack[w]:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    u = work[-1][0]
                    low[u] = min(low[u], low[v])
                if low[v] == index[v]:
                    size = 0
                    while True:
                        w = stack.pop()
                        on_stack[w] = False
                        comp[w] = v
                        size += 1
                        if w == v:
                            break
                    comp_size[v] = size
    start = next(v for v in range(n) if left[v] and (comp_size[comp[v]] > 1 or v in deps[v]))
    # dist[v]: fewest steps from v to start, following dependencies (BFS on reversed edges).
    dist = [-1] * n
    dist[start] = 0
    queue = deque([start])
    while queue:
        v = queue.popleft()
        for u in rev[v]:
            if dist[u] == -1:
                dist[u] = dist[v] + 1
                queue.append(u)
    length = 1 + min(dist[w] for w in deps[start] if dist[w] != -1)
    cycle = [start]
    cur, steps = start, length
    while steps > 0:
        cur = min(w for w in deps[cur] if dist[w] == steps - 1)
        cycle.append(cur)
        steps -= 1
    return cycle


main()
