class Twitter:
    # Each user's tweets are kept in posting order with a global timestamp; a feed merges the
    # newest ten of the user and each followee with a heap.

    def __init__(self):
        self.time = 0
        self.tweets = collections.defaultdict(list)  # user -> [(time, tweetId)]
        self.following = collections.defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.time += 1
        self.tweets[userId].append((self.time, tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        candidates = []
        for u in self.following[userId] | {userId}:
            candidates.extend(self.tweets[u][-10:])
        return [t for _, t in heapq.nlargest(10, candidates)]

    def follow(self, followerId: int, followeeId: int) -> None:
        self.following[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.following[followerId].discard(followeeId)
