import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    blocks = []
    # Adds meetings one at a time, comparing each with every block so far: O(n * blocks).
    for i in range(n):
        s, e = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        keep = []
        for bs, be in blocks:
            if bs <= e and s <= be:
                s, e = min(s, bs), max(e, be)
            else:
                keep.append((bs, be))
        keep.append((s, e))
        blocks = keep
    blocks.sort()
    print("\n".join(f"{s} {e}" for s, e in blocks))


main()
