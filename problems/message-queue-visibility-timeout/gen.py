"""Large message-queue-visibility-timeout inputs: python3 gen.py SEED Q MODE.

MODE: all-in-flight (Q/2 sends, then Q/2 receives while every earlier message is still in
flight: the worst case for scanning the queue on each receive) | random (a mix of all commands
over a pool of ids, short timeouts and windows) | dedup (few ids, long windows, many resends) |
small (the random mix over six ids, for short hand-checkable tests).
Prints the input.
"""
import random
import sys

seed, q, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def word():
    return "".join(rng.choice(ALNUM) for _ in range(rng.randint(1, 10)))


lines = []
if mode == "all-in-flight":
    v, d = 10**9, 0
    ids = set()
    while len(ids) < q // 2:
        ids.add(word())
    for mid in ids:
        lines.append("SEND 0 %s %s" % (mid, word()))
    lines += ["RECV %d" % (i // 1000) for i in range(q - len(lines))]
else:
    if mode == "random":
        pool, v, d = [word() for _ in range(800)], rng.randint(5, 60), rng.randint(0, 60)
    elif mode == "dedup":
        pool, v, d = [word() for _ in range(20)], rng.randint(5, 60), 10**6
    else:
        pool, v, d = [word() for _ in range(6)], rng.randint(2, 8), rng.randint(0, 12)
    t = 0
    for _ in range(q):
        t += rng.choice((0, 0, 1, 1, 2, 5))
        r = rng.random()
        if r < 0.4:
            lines.append("SEND %d %s %s" % (t, rng.choice(pool), word()))
        elif r < 0.75:
            lines.append("RECV %d" % t)
        else:
            lines.append("ACK %d %s" % (t, rng.choice(pool)))
print("%d %d %d\n%s" % (q, v, d, "\n".join(lines)))
