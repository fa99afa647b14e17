import sys
from itertools import accumulate


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    # prefix[i] = a_1 + ... + a_i, so sum(a_l..a_r) = prefix[r] - prefix[l - 1].
    prefix = list(accumulate(map(int, data[2:2 + n]), initial=0))
    ls = data[2 + n::2]
    rs = data[3 + n::2]
    out = [str(prefix[int(r)] - prefix[int(l) - 1]) for l, r in zip(ls, rs)]
    sys.stdout.write("\n".join(out) + "\n")


main()
