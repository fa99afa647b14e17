class Twitter:
    # Bug: takes a larger tweet id for a newer tweet; ids are not given out in time order.

    def __init__(self):
        self.tweets = collections.defaultdict(list)
        self.following = collections.defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.tweets[userId].append(tweetId)

    def getNewsFeed(self, userId: int) -> List[int]:
        candidates = []
        for u in self.following[userId] | {userId}:
            candidates.extend(self.tweets[u])
        return sorted(candidates, reverse=True)[:10]

    def follow(self, followerId: int, followeeId: int) -> None:
        self.following[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.following[followerId].discard(followeeId)
