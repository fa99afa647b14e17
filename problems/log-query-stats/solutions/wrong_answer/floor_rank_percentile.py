import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split(b"\n")
    n, q = map(int, data[0].split())
    # groups[field][key] -> list of (timestamp, latency)
    groups = ({}, {})
    for i in range(1, n + 1):
        ts, level, service, lat = data[i].split()
        t, l = int(ts), int(lat)
        groups[0].setdefault(service, []).append((t, l))
        groups[1].setdefault(level, []).append((t, l))
    # For each group: sorted timestamps, latencies in that order, prefix sums.
    index = ({}, {})
    for f in range(2):
        for key, rows in groups[f].items():
            rows.sort()
            times = [t for t, _ in rows]
            lats = [l for _, l in rows]
            pre = [0]
            s = 0
            for l in lats:
                s += l
                pre.append(s)
            index[f][key] = (times, lats, pre)
    order = ([sorted(index[0])], [sorted(index[1])])
    out = []
    for i in range(n + 1, n + 1 + q):
        parts = data[i].split()
        agg, field = parts[1], parts[3]
        lo, hi = int(parts[4]), int(parts[5])
        f = 0 if field == b"service" else 1
        items = []
        for key in order[f][0]:
            times, lats, pre = index[f][key]
            a = bisect_left(times, lo)
            b = bisect_left(times, hi)
            if a >= b:
                continue
            if agg == b"count":
                v = b - a
            elif agg == b"sum(latency_ms)":
                v = pre[b] - pre[a]
            else:
                p = int(agg[1:agg.index(b"(")])
                window = sorted(lats[a:b])
                r = max(1, p * (b - a) // 100)
                v = window[r - 1]
            items.append(key.decode() + "=" + str(v))
        out.append(" ".join(items) if items else "none")
    sys.stdout.write("\n".join(out) + "\n")


main()
