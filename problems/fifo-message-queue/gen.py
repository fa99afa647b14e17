"""Large fifo-message-queue call sequences: python3 gen.py SEED CALLS MODE.

MODE: all-in-flight (CALLS/2 sends to distinct groups, then receives while every earlier head
is still in flight: the worst case for scanning the queue on each receive) | hot-group (a quarter
of the sends go to one group whose head stays in flight, the rest to distinct groups) | random
(a mix of all calls over 40 groups, short timeouts, deletes of recent handles) | dedup (few
de-duplication ids, times spread over many 300-unit windows). Prints {"calls": [...], "args": [...]}.
"""
import json
import random
import sys

seed, n, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def word():
    return "".join(rng.choice(ALNUM) for _ in range(rng.randint(1, 10)))


def ident(i):
    s = ""
    while True:
        s += ALNUM[i % 36]
        i //= 36
        if i == 0:
            return s


calls, args = ["FifoQueue"], []
if mode in ("all-in-flight", "hot-group"):
    args.append([10**9])
    sends = (n - 1) // 2
    for i in range(sends):
        group = "hot" if mode == "hot-group" and i < sends // 2 else "g" + ident(i)
        calls.append("send")
        args.append([group, ident(i), word(), 0])
    t = 0
    while len(calls) < n:
        t += rng.choice((0, 0, 0, 1))
        calls.append("receive")
        args.append([t])
else:
    if mode == "random":
        timeout, groups, step = rng.randint(5, 50), ["g" + ident(i) for i in range(40)], (0, 0, 1, 1, 2)
    else:
        timeout, groups, step = rng.randint(20, 200), ["g" + ident(i) for i in range(5)], (0, 1, 3, 10, 40)
    args.append([timeout])
    t, fresh, receives = 0, 0, 0
    while len(calls) < n:
        t += rng.choice(step)
        r = rng.random()
        if r < 0.4:
            if mode == "dedup" or rng.random() < 0.1:
                dedup = ident(rng.randrange(60) if mode == "dedup" else max(0, fresh - rng.randint(1, 30)))
            else:
                dedup = ident(fresh)
                fresh += 1
            calls.append("send")
            args.append([rng.choice(groups), dedup, word(), t])
        elif r < 0.7:
            receives += 1
            calls.append("receive")
            args.append([t])
        else:
            handle = max(1, receives - rng.randint(0, 8))
            calls.append("delete")
            args.append(["r%d" % handle, t])
print(json.dumps({"calls": calls, "args": args}))
