# Sort by value and close in from both ends: O(n log n). It usually finds a different pair than
# the hash-map solution; the checker accepts any valid pair.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        target = int(data[pos + 1])
        pos += 2
        a = list(map(int, data[pos:pos + n]))
        pos += n
        order = sorted(range(n), key=a.__getitem__)
        lo, hi = 0, n - 1
        answer = "-1"
        while lo < hi:
            s = a[order[lo]] + a[order[hi]]
            if s == target:
                i, j = sorted((order[lo], order[hi]))
                answer = f"{i + 1} {j + 1}"
                break
            if s < target:
                lo += 1
            else:
                hi -= 1
        out.append(answer)
    sys.stdout.write("\n".join(out) + "\n")


main()
