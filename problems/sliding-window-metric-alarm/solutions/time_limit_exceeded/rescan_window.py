import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, w, thr, k, p, end = map(int, data[:6])
    samples = [(int(data[6 + 2 * i]), int(data[7 + 2 * i])) for i in range(n)]
    alarm = False
    run = 0
    out = []
    for e in range(p, end // p * p + 1, p):
        # Correct, but rescans every sample at every evaluation: O(n) per evaluation.
        total = count = 0
        for t, v in samples:
            if e - w < t <= e:
                total += v
                count += 1
        breaching = count > 0 and total > thr * count
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
