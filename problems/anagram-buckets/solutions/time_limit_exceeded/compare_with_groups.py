import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    keys = []    # sorted letters of each group's first word
    groups = []
    for w in data[1:1 + n]:
        key = sorted(w)
        # Compares the word with every group found so far: O(n * groups).
        for i, k in enumerate(keys):
            if k == key:
                groups[i].append(w)
                break
        else:
            keys.append(key)
            groups.append([w])
    print("\n".join(" ".join(g) for g in groups))


main()
