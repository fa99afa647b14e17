"""Generates interleaving-string inputs: python3 gen.py SEED N1 N2 MODE.

MODE:
  `same-fail`   s1 = a^N1, s2 = a^(N2-1) b, s3 = a^(N2-2) b a^(N1+1): the same letters, but the
                'b' comes too early (more 'a's follow it than s1 has). False, and a search without
                memory tries ~2^(N2-2) ways of splitting the leading 'a's before seeing it.
  `bad-last`    s1 = a^N1, s2 = a^(N2-1) b, s3 = a^(N1+N2-1) c: false only at the last character.
  `same-ok`     like same-fail but s3 is a real interleaving.
  `random-ok`   random letters over "ab", s3 a random interleaving.
  `random-bad`  a random interleaving with two neighbouring different characters swapped (often,
                not always, false).
"""
import json
import random
import sys

seed, n1, n2, mode = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)


def shuffle_together(a, b):
    picks = [0] * len(a) + [1] * len(b)
    rng.shuffle(picks)
    i = j = 0
    out = []
    for p in picks:
        if p == 0:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return "".join(out)


if mode in ("same-fail", "same-ok", "bad-last"):
    s1 = "a" * n1
    s2 = "a" * (n2 - 1) + "b"
    if mode == "same-ok":
        s3 = shuffle_together(s1, s2[:-1]) + "b"
    elif mode == "bad-last":
        s3 = "a" * (n1 + n2 - 1) + "c"
    else:
        s3 = "a" * (n2 - 2) + "b" + "a" * (n1 + 1)
else:
    s1 = "".join(rng.choice("ab") for _ in range(n1))
    s2 = "".join(rng.choice("ab") for _ in range(n2))
    s3 = shuffle_together(s1, s2)
    if mode == "random-bad":
        spots = [i for i in range(len(s3) - 1) if s3[i] != s3[i + 1]]
        i = rng.choice(spots)
        s3 = s3[:i] + s3[i + 1] + s3[i] + s3[i + 2:]
print(json.dumps({"s1": s1, "s2": s2, "s3": s3}))
