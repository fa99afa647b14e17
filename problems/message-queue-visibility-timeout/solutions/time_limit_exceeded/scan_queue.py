import sys


def main():
    data = sys.stdin.buffer.read().split()
    q, vt, dw = int(data[0]), int(data[1]), int(data[2])
    queue = []       # messages in send order: [id, body, receive count, visible_at]
    by_id = {}
    last_send = {}
    out = []
    pos = 3
    for _ in range(q):
        cmd = data[pos]
        t = int(data[pos + 1])
        if cmd == b"SEND":
            mid, body = data[pos + 2], data[pos + 3]
            pos += 4
            s = last_send.get(mid)
            if mid in by_id or (s is not None and t < s + dw):
                out.append("DUP")
                continue
            last_send[mid] = t
            m = [mid, body, 0, t]
            queue.append(m)
            by_id[mid] = m
            out.append("OK")
        elif cmd == b"RECV":
            pos += 2
            # Correct, but looks at every message in the queue on every receive.
            visible = [i for i, m in enumerate(queue) if m[3] <= t]
            if not visible:
                out.append("EMPTY")
                continue
            m = queue[visible[0]]
            m[2] += 1
            m[3] = t + vt
            out.append(f"{m[0].decode()} {m[1].decode()} {m[2]}")
        else:
            mid = data[pos + 2]
            pos += 3
            m = by_id.get(mid)
            if m is None:
                out.append("UNKNOWN")
            elif m[2] > 0 and t < m[3]:
                del by_id[mid]
                queue.remove(m)
                out.append("ACKED")
            else:
                out.append("NOT_IN_FLIGHT")
    sys.stdout.write("\n".join(out) + "\n")


main()
