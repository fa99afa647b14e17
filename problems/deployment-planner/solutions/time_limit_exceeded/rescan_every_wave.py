import sys
from collections import deque


def main():
    data = sys.stdin.read().split("\n")
    n, p = map(int, data[0].split())
    deps = {}
    for i in range(n):
        parts = data[1 + i].split()
        deps[parts[0]] = parts[2:]
    failed = set(data[1 + n].split()[1:])
    names = sorted(deps)

    # A service is on a cycle when it can reach itself; try them in name order.
    for s in names:
        # BFS from s over dependencies, remembering the lexicographically smallest shortest paths.
        path = {}
        queue = deque()
        for w in sorted(deps[s]):
            if w not in path:
                path[w] = [s, w]
                queue.append(w)
        found = None
        while queue:
            v = queue.popleft()
            if v == s:
                found = path[v]
                break
            for w in sorted(deps[v]):
                if w not in path:
                    path[w] = path[v] + [w]
                    queue.append(w)
        if found:
            print("cycle: " + " -> ".join(found))
            return

    ok = set()
    attempted = set()
    out = []
    while True:
        # Rescan every service to find the ready ones.
        ready = [v for v in names if v not in attempted and all(d in ok for d in deps[v])]
        if not ready:
            break
        wave = ready[:p]
        for v in wave:
            attempted.add(v)
            if v not in failed:
                ok.add(v)
        out.append("wave %d: %s" % (len(out) + 1, " ".join(v + ("!" if v in failed else "") for v in wave)))
    blocked = [v for v in names if v not in attempted]
    out.append("blocked: " + (" ".join(blocked) if blocked else "-"))
    print("\n".join(out))


main()
