import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    groups = {}
    for w in data[1:1 + n]:
        # Bug: the key is the set of letters, so `aab` and `abb` land in the same group.
        key = "".join(sorted(set(w)))
        groups.setdefault(key, []).append(w)
    print("\n".join(" ".join(g) for g in groups.values()))


main()
