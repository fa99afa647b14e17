"""Generates word-ladder inputs: python3 gen.py SEED N LENGTH LETTERS MODE.

N dictionary words of LENGTH letters over the first LETTERS letters.
MODE `dense`: random distinct words (few letters: every word has many neighbours, so there are
countless routes). `chain`: a long random walk of one-letter changes plus random filler words;
endWord is the end of the walk. `missing`: like dense, but endWord is left out of the dictionary.
`cut`: endWord is in the dictionary, but every word next to it is removed.
"""
import json
import random
import sys

seed, n, length, k, mode = (int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]),
                            int(sys.argv[4]), sys.argv[5])
rng = random.Random(seed)
alpha = "abcdefghijklmnopqrstuvwxyz"[:k]


def rand_word():
    return "".join(rng.choice(alpha) for _ in range(length))


def neighbours(w):
    return {w[:i] + c + w[i + 1:] for i in range(length) for c in alpha if c != w[i]}


words = []
have = set()


def add(w):
    if w not in have:
        have.add(w)
        words.append(w)


begin = rand_word()
if mode == "chain":
    cur = begin
    visited = {begin}
    path = []
    while len(path) < n // 2:
        options = [w for w in neighbours(cur) if w not in visited]
        if not options:
            break
        cur = rng.choice(options)
        visited.add(cur)
        path.append(cur)
    for w in path:
        add(w)
    end = path[-1]
else:
    # the word farthest from beginWord in letters: every letter changed
    end = "".join(rng.choice([c for c in alpha if c != b]) for b in begin)
    add(end)
while len(words) < n:
    w = rand_word()
    if w != begin:
        add(w)
if mode == "missing":
    words.remove(end)
    while len(words) < n:
        w = rand_word()
        if w != begin and w != end and w not in have:
            have.add(w)
            words.append(w)
if mode == "cut":
    near = neighbours(end)
    words = [w for w in words if w not in near]
rng.shuffle(words)
print(json.dumps({"beginWord": begin, "endWord": end, "wordList": words}, separators=(",", ":")))
