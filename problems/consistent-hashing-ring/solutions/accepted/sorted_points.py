import sys
from bisect import bisect_left


def fnv1a(s):
    h = 2166136261
    for b in s:
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def main():
    lines = sys.stdin.buffer.read().split(b"\n")
    q = int(lines[0])
    nodes = {}       # name -> number of virtual nodes
    points = []      # sorted (position, name, i)
    positions = []   # positions[k] == points[k][0], for a fast bisect on integers
    out = []
    for line in lines[1:1 + q]:
        parts = line.split()
        cmd = parts[0]
        if cmd == b"GET":
            if not points:
                out.append("NONE")
                continue
            k = bisect_left(positions, fnv1a(parts[1]))
            if k == len(points):
                k = 0  # wrap around
            out.append(points[k][1])
        elif cmd == b"ADD":
            name = parts[1].decode()
            if name in nodes:
                continue
            v = int(parts[2])
            nodes[name] = v
            mine = [(fnv1a(b"%s#%d" % (parts[1], i)), name, i) for i in range(v)]
            points = sorted(points + mine)  # two sorted runs: a linear merge
            positions = [p[0] for p in points]
        else:
            name = parts[1].decode()
            if nodes.pop(name, None) is None:
                continue
            points = [p for p in points if p[1] != name]
            positions = [p[0] for p in points]
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


main()
