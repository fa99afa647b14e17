"""Large multipart-upload-assembly call sequences: python3 gen.py SEED CALLS MODE.

MODE: list-heavy (one upload gets all 10^4 part numbers, some of them twice, then listParts pages
through it over and over, and the upload is completed with every part: the worst case for sorting
the parts on each listing, and a size far beyond 32 bits) | random (many uploads over a few keys,
all methods; complete lists are mostly right, sometimes broken in one way: out of order, a
repeated part, a stale etag, a missing part, a small middle part) | small (part numbers 1..6, for
short tests). Prints {"calls", "args"}.
"""
import json
import random
import sys

seed, total, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
HEX = "0123456789abcdef"
BIG = 10**9


def etag():
    return "".join(rng.choice(HEX) for _ in range(rng.randint(1, 8)))


calls, args = ["MultipartUploads"], []
if mode == "list-heavy":
    args.append([BIG // 2])
    calls.append("initiate")
    args.append(["videos/big.mp4"])
    numbers = list(range(1, 10**4 + 1))
    rng.shuffle(numbers)
    numbers += rng.sample(numbers, 500)  # re-uploads replace the first upload
    tags = {}
    for n in numbers:
        tags[n] = etag()
        calls.append("uploadPart")
        args.append([1, n, tags[n], rng.randint(BIG // 2, BIG)])
    while len(calls) < total - 2:
        calls.append("listParts")
        args.append([1, rng.randint(0, 10**4), rng.randint(1, 5)])
    order = sorted(tags)
    calls += ["complete", "objectSize"]
    args += [[1, order, [tags[n] for n in order]], ["videos/big.mp4"]]
else:
    if mode == "random":
        min_size, max_num, keys, max_size = rng.randint(1, BIG), 60, ["k%d.bin" % i for i in range(30)], BIG
    else:
        min_size, max_num, keys, max_size = 5, 6, ["a", "b/c"], 9
    args.append([min_size])
    uploads = {}  # id -> {part: (etag, size)} as the generator last saw it
    next_id = 1
    recent = []  # the last eight upload ids
    listed = 0
    while len(calls) < total:
        r = rng.random()
        ids = recent
        if r < 0.08 or not ids:
            calls.append("initiate")
            args.append([rng.choice(keys)])
            uploads[next_id] = {}
            recent = (recent + [next_id])[-8:]
            next_id += 1
            continue
        uid = rng.choice(ids) if rng.random() < 0.95 else rng.randint(0, next_id + 1)
        parts = uploads.get(uid, {})
        if r < 0.6:
            n = rng.randint(1, max_num)
            e = etag() if rng.random() < 0.7 or n not in parts else parts[n][0]
            size = rng.choice((min_size, max(1, min_size - 1), rng.randint(1, max_size),
                               rng.randint(min(min_size, max_size), max_size)))
            parts[n] = (e, size)
            calls.append("uploadPart")
            args.append([uid, n, e, size])
        elif r < 0.75:
            order = sorted(parts)
            if order:
                k = rng.randint(1, len(order))
                start = rng.randint(0, len(order) - k)
                order = order[start:start + k]
                order = [n for i, n in enumerate(order) if i == len(order) - 1 or parts[n][1] >= min_size] \
                    if rng.random() < 0.7 else order
            tags = [parts[n][0] for n in order]
            flaw = rng.random()
            if order and flaw < 0.25:
                what = rng.randint(0, 4)
                i = rng.randrange(len(order))
                if what == 0 and len(order) > 1:
                    order[i], order[i - 1] = order[i - 1], order[i]
                    tags[i], tags[i - 1] = tags[i - 1], tags[i]
                elif what == 1:
                    order.insert(i, order[i])
                    tags.insert(i, tags[i])
                elif what == 2:
                    tags[i] = tags[i] + "0"
                elif what == 3 and len(order) < max_num:
                    missing = [n for n in range(1, max_num + 1) if n not in parts]
                    if missing:
                        order.append(max(missing))
                        tags.append(etag())
                        order, tags = map(list, zip(*sorted(zip(order, tags))))
            if listed + len(order) > 2 * 10**5:
                order, tags = [], []
            listed += len(order)
            calls.append("complete")
            args.append([uid, order, tags])
        elif r < 0.8:
            calls.append("abort")
            args.append([uid])
        elif r < 0.93:
            calls.append("listParts")
            args.append([uid, rng.randint(0, max_num), rng.randint(1, 4)])
        else:
            calls.append("objectSize")
            args.append([rng.choice(keys + ["zz"])])
print(json.dumps({"calls": calls, "args": args}))
