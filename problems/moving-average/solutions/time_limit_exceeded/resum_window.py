import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    x = list(map(int, data[2:2 + n]))
    out = []
    for i in range(n):
        # Re-adds the whole window after every reading: O(n * k).
        lo = max(0, i - k + 1)
        out.append("%.9f" % (sum(x[lo:i + 1]) / (i + 1 - lo)))
    print("\n".join(out))


main()
