"""Input validator for design-in-memory-file-system: at most 300 calls after the constructor;
paths of 1..100 characters, absolute, of lowercase names; content of 1..50 lowercase letters;
every call valid (see the statement's guarantees), checked by replaying the calls."""
import json
import re
import sys

PATH = re.compile(r"^/$|^(/[a-z]+)+$")


def fail(why):
    print(why)
    sys.exit(1)


doc = json.load(sys.stdin)
calls, args = doc.get("calls"), doc.get("args")
if not isinstance(calls, list) or not isinstance(args, list) or len(calls) != len(args):
    fail("calls and args must be lists of the same length")
if not calls or calls[0] != "FileSystem" or args[0] != []:
    fail("the first call must be the constructor FileSystem()")
if len(calls) - 1 > 300:
    fail("at most 300 calls after the constructor")
dirs, files = {"/"}, set()


def prefixes(path):
    parts = path.split("/")[1:]
    return ["/" + "/".join(parts[:i]) for i in range(1, len(parts) + 1)]


def parent(path):
    return path.rsplit("/", 1)[0] or "/"


for i, (name, a) in enumerate(zip(calls[1:], args[1:]), start=1):
    if not isinstance(a, list) or not a or not isinstance(a[0], str):
        fail("call %d: the first argument must be a path" % i)
    path = a[0]
    if not 1 <= len(path) <= 100 or not PATH.match(path):
        fail("call %d: %r is not an absolute path of 1..100 characters with lowercase names"
             % (i, path))
    want = 2 if name == "addContentToFile" else 1
    if len(a) != want:
        fail("call %d: %s takes %d argument(s)" % (i, name, want))
    if name == "mkdir":
        if path != "/" and any(p in files for p in prefixes(path)):
            fail("call %d: mkdir through a file" % i)
        if path != "/":
            dirs.update(prefixes(path))
    elif name == "addContentToFile":
        content = a[1]
        if not isinstance(content, str) or not 1 <= len(content) <= 50 or not content.isalpha() \
                or not content.islower() or not content.isascii():
            fail("call %d: content must be 1..50 lowercase letters" % i)
        if path == "/" or path in dirs:
            fail("call %d: %s is a directory" % (i, path))
        if parent(path) not in dirs:
            fail("call %d: the directory holding %s must exist" % (i, path))
        files.add(path)
    elif name == "readContentFromFile":
        if path not in files:
            fail("call %d: %s is not a file" % (i, path))
    elif name == "ls":
        if path not in dirs and path not in files:
            fail("call %d: %s does not exist" % (i, path))
    else:
        fail("call %d: unknown method %r" % (i, name))
