"""Generates design-twitter calls: python3 gen.py SEED CALLS USERS MODE.

Tweet ids are a random permutation, so their size says nothing about their age. MODE:
`mixed` (posts, feeds, follows and unfollows at random), `celebrities` (everyone follows a few
busy posters, with unfollows and re-follows), `feeds` (a burst of posts by many users, then
mostly feed reads by users who follow many people).
"""
import json
import random
import sys

seed, ncalls, users, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
ids = list(range(10001))
rng.shuffle(ids)
calls, args = ["Twitter"], [[]]


def two_users():
    a = rng.randint(1, users)
    b = rng.randint(1, users - 1)
    return [a, b if b < a else b + 1]


def add(c, a):
    calls.append(c)
    args.append(a)


if mode == "celebrities":
    stars = rng.sample(range(1, users + 1), 5)
    weights = {"postTweet": 30, "getNewsFeed": 45, "follow": 15, "unfollow": 10}
elif mode == "feeds":
    weights = {"postTweet": 25, "getNewsFeed": 60, "follow": 12, "unfollow": 3}
else:
    weights = {"postTweet": 30, "getNewsFeed": 30, "follow": 25, "unfollow": 15}
names = list(weights)
while len(calls) - 1 < ncalls:
    c = rng.choices(names, weights=[weights[x] for x in names])[0]
    if c == "postTweet":
        if not ids:
            continue
        u = rng.choice(stars) if mode == "celebrities" and rng.random() < 0.7 else rng.randint(1, users)
        add(c, [u, ids.pop()])
    elif c == "getNewsFeed":
        add(c, [rng.randint(1, users)])
    else:
        a, b = two_users()
        if mode == "celebrities" and rng.random() < 0.8:
            b = rng.choice(stars)
            if b == a:
                continue
        add(c, [a, b])
print(json.dumps({"calls": calls, "args": args}))
