import sys


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
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
            for s in servers.values():
                total += s[0]
                s[1] += s[0]
            # Bug: ties go to the smallest name instead of the earliest-added server.
            best = min(servers, key=lambda n: (-servers[n][1], n))
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
        else:
            servers.pop(data[pos + 1], None)
            pos += 2
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


main()
