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
        a = data[pos:pos + n]
        pos += n
        first = {}  # value -> first (0-based) index where it occurs
        answer = "-1"
        for j, tok in enumerate(a):
            v = int(tok)
            i = first.get(target - v)
            if i is not None:
                answer = f"{i + 1} {j + 1}"
                break
            if v not in first:
                first[v] = j
        out.append(answer)
    sys.stdout.write("\n".join(out) + "\n")


main()
