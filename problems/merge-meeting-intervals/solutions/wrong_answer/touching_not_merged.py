import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    meetings = sorted(zip(map(int, data[1:1 + 2 * n:2]), map(int, data[2:2 + 2 * n:2])))
    out = []
    block_start, block_end = meetings[0]
    for s, e in meetings[1:]:
        # Bug: meetings that only touch (s == block_end) start a new block.
        if s < block_end:
            block_end = max(block_end, e)
        else:
            out.append(f"{block_start} {block_end}")
            block_start, block_end = s, e
    out.append(f"{block_start} {block_end}")
    print("\n".join(out))


main()
