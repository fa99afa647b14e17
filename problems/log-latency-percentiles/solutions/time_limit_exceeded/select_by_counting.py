import sys


def kth(values, r):
    # The r-th smallest (1-based): the value with fewer than r values below it and at least r
    # values at or below it. Correct, but quadratic.
    for v in values:
        below = 0
        at_or_below = 0
        for w in values:
            if w < v:
                below += 1
            if w <= v:
                at_or_below += 1
        if below < r <= at_or_below:
            return v


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    groups = {}
    for i in range(n):
        groups.setdefault(data[2 + 4 * i], []).append(int(data[4 + 4 * i]))
    out = []
    for endpoint in sorted(groups):
        lat = groups[endpoint]
        m = len(lat)
        ps = [kth(lat, (p * m + 99) // 100) for p in (50, 95, 99)]
        out.append(f"{endpoint} {m} {ps[0]} {ps[1]} {ps[2]}")
    print("\n".join(out))


main()
