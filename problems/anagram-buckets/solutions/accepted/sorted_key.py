import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    groups = {}  # sorted letters -> words, in order of first appearance
    for w in data[1:1 + n]:
        key = bytes(sorted(w))
        group = groups.get(key)
        if group is None:
            groups[key] = [w]
        else:
            group.append(w)
    sys.stdout.write("\n".join(b" ".join(g).decode() for g in groups.values()) + "\n")


main()
