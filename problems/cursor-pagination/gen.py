"""Large cursor-pagination inputs: python3 gen.py SEED CALLS MODE.

MODE `mix`: adds, removes and page requests of 1..30 items at random (cursors from earlier
pages, or made up), with few distinct createdAt values so that ties are common; `scroll`: half the
calls add items, then clients scroll through the whole feed with pages of 1..20 items, starting
again at the top when it ends (the feed is sorted once per page by a naive solution).
"""
import json
import random
import sys

seed, total, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
calls, args = ["Feed"], [[]]
present = {}  # id -> createdAt
ids = []      # ids present, for random removal
next_id = 1


def add(created):
    global next_id
    next_id += rng.randint(1, 1000)
    present[next_id] = created
    ids.append(next_id)
    calls.append("addItem")
    args.append([created, next_id])


if mode == "scroll":
    while len(calls) < total // 2:
        add(rng.randint(0, 10**9))
    feed = sorted(((c, i) for i, c in present.items()), reverse=True)
    pos = 0
    while len(calls) < total:
        size = rng.randint(1, 20)
        cursor = "" if pos == 0 else "%d:%d" % feed[pos - 1]
        calls.append("getPage")
        args.append([cursor, size])
        pos = 0 if pos + size >= len(feed) else pos + size
else:
    cursors = [""]
    while len(calls) < total:
        r = rng.random()
        if r < 0.45 or not ids:
            add(rng.randint(0, 2000))
        elif r < 0.6:
            k = rng.randrange(len(ids))
            ids[k], ids[-1] = ids[-1], ids[k]
            gone = ids.pop()
            del present[gone]
            calls.append("removeItem")
            args.append([gone])
        elif r < 0.63:
            calls.append("removeItem")
            args.append([rng.randint(1, 10**9)])
        else:
            if rng.random() < 0.7 and ids:
                i = rng.choice(ids)
                cursor = "%d:%d" % (present[i], i)
            elif rng.random() < 0.5:
                cursor = "%d:%d" % (rng.randint(0, 2000), rng.randint(0, 10**9))
            else:
                cursor = ""
            calls.append("getPage")
            args.append([cursor, rng.randint(1, 30)])
print(json.dumps({"calls": calls, "args": args}, separators=(",", ":")))
