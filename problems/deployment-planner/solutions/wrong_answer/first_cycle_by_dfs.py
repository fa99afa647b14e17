import sys
import heapq


def main():
    data = sys.stdin.read().split("\n")
    n, p = map(int, data[0].split())
    rows = [data[1 + i].split() for i in range(n)]
    names = sorted(r[0] for r in rows)
    idx = {name: i for i, name in enumerate(names)}
    deps = [None] * n
    for r in rows:
        deps[idx[r[0]]] = sorted(idx[x] for x in r[2:])
    failed = [False] * n
    for name in data[1 + n].split()[1:]:
        failed[idx[name]] = True

    # Reports the first cycle a depth-first search meets, visiting services and dependencies
    # in name order: not always the shortest cycle through the smallest service on a cycle.
    color = [0] * n
    for root in range(n):
        if color[root]:
            continue
        path = [root]
        color[root] = 1
        iters = [iter(deps[root])]
        while iters:
            w = next(iters[-1], None)
            if w is None:
                color[path.pop()] = 2
                iters.pop()
            elif color[w] == 1:
                cyc = path[path.index(w):] + [w]
                print("cycle: " + " -> ".join(names[v] for v in cyc))
                return
            elif color[w] == 0:
                color[w] = 1
                path.append(w)
                iters.append(iter(deps[w]))

    dependents = [[] for _ in range(n)]
    waiting = [len(d) for d in deps]
    for v in range(n):
        for u in deps[v]:
            dependents[u].append(v)
    ready = [v for v in range(n) if waiting[v] == 0]
    heapq.heapify(ready)
    attempted = [False] * n
    out = []
    while ready:
        wave = [heapq.heappop(ready) for _ in range(min(p, len(ready)))]
        out.append("wave %d: %s" % (len(out) + 1, " ".join(names[v] + ("!" if failed[v] else "") for v in wave)))
        for v in wave:
            attempted[v] = True
            if failed[v]:
                continue
            for w in dependents[v]:
                waiting[w] -= 1
                if waiting[w] == 0:
                    heapq.heappush(ready, w)
    blocked = [names[v] for v in range(n) if not attempted[v]]
    out.append("blocked: " + (" ".join(blocked) if blocked else "-"))
    print("\n".join(out))


main()
