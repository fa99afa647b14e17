"""Generates FileSystem call sequences: python3 gen.py SEED CALLS MODE.

MODE `random`: short names from a few letters (names shared between directories), mixed calls.
`deep`: paths of nearly 100 characters. `wide`: many entries in a few directories (ls must sort
them). `appends`: few files, many appends and reads. Every call is valid: files are added only
in existing directories, reads and ls only on existing paths.
"""
import json
import random
import sys

seed, total, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
dirs, files = ["/"], []
calls, args = ["FileSystem"], [[]]


def name():
    if mode == "deep":
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(5, 12)))
    if mode == "wide":
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 4)))
    return "".join(rng.choice("abc") for _ in range(rng.randint(1, 2)))


def join(d, n):
    return d + n if d == "/" else d + "/" + n


def content():
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 50)))


taken = set(dirs)
weights = {"random": (3, 3, 2, 2), "deep": (4, 2, 2, 2), "wide": (3, 4, 1, 3), "appends": (1, 5, 4, 1)}[mode]
while len(calls) - 1 < total:
    op = rng.choices(["mkdir", "add", "read", "ls"], weights)[0]
    if op == "mkdir":
        base = max(rng.sample(dirs, min(3, len(dirs))), key=len) if mode == "deep" else rng.choice(dirs)
        path = base
        for _ in range(rng.randint(1, 3)):
            n = join(path, name())
            if n in files or len(n) > 100:
                break
            path = n
        if path == base:
            continue
        calls.append("mkdir")
        args.append([path])
        parts = path.split("/")[1:]
        for k in range(1, len(parts) + 1):
            p = "/" + "/".join(parts[:k])
            if p not in taken:
                taken.add(p)
                dirs.append(p)
    elif op == "add":
        if mode == "appends" and len(files) >= 4:
            path = rng.choice(files)
        else:
            path = join(rng.choice(dirs), name())
            if len(path) > 100 or path in taken and path not in files:
                continue
        calls.append("addContentToFile")
        args.append([path, content()])
        if path not in taken:
            taken.add(path)
            files.append(path)
    elif op == "read":
        if not files:
            continue
        calls.append("readContentFromFile")
        args.append([rng.choice(files)])
    else:
        pool = files if files and rng.random() < 0.25 else dirs
        calls.append("ls")
        args.append([rng.choice(pool)])
print(json.dumps({"calls": calls, "args": args}, separators=(",", ":")))
