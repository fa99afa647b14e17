import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    k = int(data[1])
    x = list(map(int, data[2:2 + n]))
    out = []
    window = 0  # exact integer sum of the last min(i, k) readings
    for i in range(n):
        window += x[i]
        if i >= k:
            window -= x[i - k]
        out.append("%.9f" % (window / min(i + 1, k)))
    sys.stdout.write("\n".join(out) + "\n")


main()
