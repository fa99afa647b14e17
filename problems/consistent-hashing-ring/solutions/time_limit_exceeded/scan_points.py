import sys


def fnv1a(s):
    h = 2166136261
    for b in s.encode():
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def main():
    lines = sys.stdin.read().split("\n")
    q = int(lines[0])
    nodes = {}
    points = []  # unsorted
    out = []
    for line in lines[1:1 + q]:
        parts = line.split()
        if parts[0] == "GET":
            if not points:
                out.append("NONE")
                continue
            key = (fnv1a(parts[1]),)
            # Correct, but looks at every point for every lookup.
            best = None
            first = None
            for p in points:
                if first is None or p < first:
                    first = p
                if p >= key and (best is None or p < best):
                    best = p
            out.append((best or first)[1])
        elif parts[0] == "ADD":
            if parts[1] in nodes:
                continue
            nodes[parts[1]] = int(parts[2])
            points += [(fnv1a(f"{parts[1]}#{i}"), parts[1], i) for i in range(int(parts[2]))]
        else:
            if nodes.pop(parts[1], None) is not None:
                points = [p for p in points if p[1] != parts[1]]
    print("\n".join(out))


main()
