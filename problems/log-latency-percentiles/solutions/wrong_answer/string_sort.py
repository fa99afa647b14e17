import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    groups = {}
    for i in range(n):
        # Bug: latencies kept as strings, so "9" sorts after "10".
        groups.setdefault(data[2 + 4 * i], []).append(data[4 + 4 * i])
    out = []
    for endpoint in sorted(groups):
        lat = sorted(groups[endpoint])
        m = len(lat)
        ps = [lat[(p * m + 99) // 100 - 1] for p in (50, 95, 99)]
        out.append(f"{endpoint} {m} {ps[0]} {ps[1]} {ps[2]}")
    print("\n".join(out))


main()
