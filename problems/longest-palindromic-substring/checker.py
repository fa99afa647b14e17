"""Checker for longest-palindromic-substring: any palindromic substring of s of the greatest
length is accepted. Called as: python3 checker.py INPUT EXPECTED ACTUAL (JSON files)."""
import json
import sys

s = json.load(open(sys.argv[1]))["s"]
expected = json.load(open(sys.argv[2]))
actual = json.load(open(sys.argv[3]))
if not isinstance(actual, str):
    print("the answer must be a string")
    sys.exit(1)
if actual not in s:
    print("the answer is not a substring of s")
    sys.exit(1)
if actual != actual[::-1]:
    print("the answer is not a palindrome")
    sys.exit(1)
if len(actual) != len(expected):
    print("the answer has length %d, the longest palindrome has length %d" % (len(actual), len(expected)))
    sys.exit(1)
sys.exit(0)
