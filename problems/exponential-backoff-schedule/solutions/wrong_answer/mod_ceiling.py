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
        delays = []
        for i in range(1, attempts):
            ceiling = min(cap, base * factor ** (i - 1))
            x = (A * x + C) & MASK
            # Bug: "between 0 and the ceiling" read as excluding the ceiling itself.
            delays.append(str((x >> 33) % ceiling))
        out.append(" ".join(delays))
    sys.stdout.write("\n".join(out) + "\n")


main()
