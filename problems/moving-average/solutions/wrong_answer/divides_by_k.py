import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    x = list(map(int, data[2:2 + n]))
    out = []
    window = 0
    for i in range(n):
        window += x[i]
        if i >= k:
            window -= x[i - k]
        # Bug: divides by k even while fewer than k readings have arrived.
        out.append("%.9f" % (window / k))
    print("\n".join(out))


main()
