import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    groups = {}
    # Fields of line i are data[1 + 4i .. 4 + 4i]: timestamp, endpoint, status, latency.
    for endpoint, latency in zip(data[2:2 + 4 * n:4], data[4:4 + 4 * n:4]):
        lat = groups.get(endpoint)
        if lat is None:
            groups[endpoint] = lat = []
        lat.append(int(latency))
    out = []
    for endpoint in sorted(groups):  # bytes compare in ASCII order
        lat = groups[endpoint]
        lat.sort()
        m = len(lat)
        # Nearest rank: r = ceil(P * m / 100), 1-based.
        p50, p95, p99 = (lat[(p * m + 99) // 100 - 1] for p in (50, 95, 99))
        out.append(b"%s %d %d %d %d" % (endpoint, m, p50, p95, p99))
    sys.stdout.buffer.write(b"\n".join(out) + b"\n")


main()
