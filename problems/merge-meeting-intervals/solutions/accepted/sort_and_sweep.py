import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    starts = map(int, data[1:1 + 2 * n:2])
    ends = map(int, data[2:2 + 2 * n:2])
    meetings = sorted(zip(starts, ends))
    out = []
    block_start, block_end = meetings[0]
    for s, e in meetings[1:]:
        if s <= block_end:  # overlaps or touches the current block
            if e > block_end:
                block_end = e
        else:
            out.append(f"{block_start} {block_end}")
            block_start, block_end = s, e
    out.append(f"{block_start} {block_end}")
    sys.stdout.write("\n".join(out) + "\n")


main()
