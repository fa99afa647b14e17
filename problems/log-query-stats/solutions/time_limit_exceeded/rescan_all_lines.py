import sys


def main():
    data = sys.stdin.read().split("\n")
    n, q = map(int, data[0].split())
    rows = []
    for i in range(1, n + 1):
        ts, level, service, lat = data[i].split()
        rows.append((int(ts), service, level, int(lat)))
    out = []
    for i in range(n + 1, n + 1 + q):
        _, agg, _, field, lo, hi = data[i].split()
        lo, hi = int(lo), int(hi)
        f = 1 if field == "service" else 2
        # Rescan every line for every query.
        seen = {}
        for row in rows:
            if lo <= row[0] < hi:
                seen.setdefault(row[f], []).append(row[3])
        items = []
        for key in sorted(seen):
            vals = seen[key]
            if agg == "count":
                v = len(vals)
            elif agg == "sum(latency_ms)":
                v = sum(vals)
            else:
                p = int(agg[1:agg.index("(")])
                vals.sort()
                v = vals[(p * len(vals) + 99) // 100 - 1]
            items.append("%s=%d" % (key, v))
        out.append(" ".join(items) if items else "none")
    print("\n".join(out))


main()
