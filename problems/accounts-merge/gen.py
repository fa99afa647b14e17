"""Generates accounts-merge inputs: python3 gen.py SEED ACCOUNTS PEOPLE NAMES MODE.

PEOPLE people share NAMES first names (so names repeat across different people). Each person
owns some addresses and is split into several accounts. MODE `random`: every account of a person
reuses some of the person's addresses already used (so they chain together). `chain`: the
accounts of a person form a chain, account j sharing one address with account j + 1, listed in
shuffled order. `isolated`: no address is shared, every account is its own person.
"""
import json
import random
import sys

seed, count, people, nnames, mode = (int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]),
                                     int(sys.argv[4]), sys.argv[5])
rng = random.Random(seed)
first = ["Ana", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kai", "Lu", "Mo",
         "Ned", "Oz", "Pia", "Quin", "Ray", "Sol", "Tao"]
names = first[:nnames]
domains = ["x.org", "mail.com", "pm.me", "uni.edu", "co.uk"]
per_person = [count // people + (1 if i < count % people else 0) for i in range(people)]
accounts = []
serial = 0


def new_email(person):
    global serial
    serial += 1
    return "p%d.%d@%s" % (person, serial, rng.choice(domains))


for person, k in enumerate(per_person):
    if k == 0:
        continue
    name = rng.choice(names)
    if mode == "chain":
        links = [new_email(person) for _ in range(k - 1)]
        for j in range(k):
            own = [new_email(person) for _ in range(rng.randint(0, 6))]
            shared = ([links[j - 1]] if j > 0 else []) + ([links[j]] if j < k - 1 else [])
            emails = shared + own
            if not emails:
                emails = [new_email(person)]
            accounts.append([name] + emails)
    else:
        pool = []
        for j in range(k):
            size = rng.randint(1, 9)
            emails = []
            if mode == "random" and pool:
                emails.append(rng.choice(pool))
            while len(emails) < size:
                e = rng.choice(pool) if mode == "random" and pool and rng.random() < 0.3 else new_email(person)
                emails.append(e)
            pool.extend(emails)
            accounts.append([name] + emails)
rng.shuffle(accounts)
print(json.dumps({"accounts": accounts}, separators=(",", ":")))
