import sys

A = 6364136223846793005
C = 1442695040888963407
MASK = (1 << 64) - 1


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    out = []
    pos = 1
    for _ in range(q):
        base, factor, cap, attempts, x = map(int, data[pos:pos + 5])
        pos += 5
        if attempts == 1:
            out.append("-")
            continue
        ceiling = min(cap, base)
        delays = []
        for _ in range(attempts - 1):
            x = (A * x + C) & MASK
            delays.append(str((x >> 33) % (ceiling + 1)))
            # Grow from the previous ceiling: it never exceeds cap, so the product stays small.
            ceiling = min(cap, ceiling * factor)
        out.append(" ".join(delays))
    sys.stdout.write("\n".join(out) + "\n")


main()
