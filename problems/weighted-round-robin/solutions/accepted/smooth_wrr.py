import sys


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    # name -> [weight, current]; a dict keeps insertion order, which is the tie-break order,
    # and a removed then re-added name goes to the end.
    servers = {}
    out = []
    pos = 1
    for _ in range(q):
        cmd = data[pos]
        if cmd == b"PICK":
            pos += 1
            if not servers:
                out.append("NONE")
                continue
            total = 0
            best = None
            best_cur = 0
            for name, s in servers.items():
                w = s[0]
                total += w
                s[1] += w
                if best is None or s[1] > best_cur:
                    best, best_cur = name, s[1]
            servers[best][1] -= total
            out.append(best.decode())
        elif cmd == b"ADD":
            name, w = data[pos + 1], int(data[pos + 2])
            pos += 3
            if name not in servers:
                servers[name] = [w, 0]
        elif cmd == b"WEIGHT":
            name, w = data[pos + 1], int(data[pos + 2])
            pos += 3
            if name in servers:
                servers[name][0] = w
        else:  # REMOVE
            servers.pop(data[pos + 1], None)
            pos += 2
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


main()
