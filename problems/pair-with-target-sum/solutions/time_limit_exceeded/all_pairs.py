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
        answer = "-1"
        # Tries every pair: O(n^2).
        for i in range(n):
            for j in range(i + 1, n):
                if a[i] + a[j] == target:
                    answer = f"{i + 1} {j + 1}"
                    break
            if answer != "-1":
                break
        out.append(answer)
    print("\n".join(out))


main()
