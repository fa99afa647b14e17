import sys


def main():
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, target = int(data[pos]), int(data[pos + 1])
        a = list(map(int, data[pos + 2:pos + 2 + n]))
        pos += 2 + n
        # Bug: every value is stored before the lookups, so a value equal to half the target
        # pairs with itself.
        where = {v: i for i, v in enumerate(a)}
        answer = "-1"
        for i, v in enumerate(a):
            j = where.get(target - v)
            if j is not None:
                answer = f"{min(i, j) + 1} {max(i, j) + 1}"
                break
        out.append(answer)
    print("\n".join(out))


main()
