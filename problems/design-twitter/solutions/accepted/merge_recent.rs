use std::collections::{BinaryHeap, HashMap, HashSet};

struct Twitter {
    time: u32,
    tweets: HashMap<i32, Vec<(u32, i32)>>, // user -> (time, tweet id), oldest first
    following: HashMap<i32, HashSet<i32>>,
}

impl Twitter {
    fn new() -> Self {
        Twitter { time: 0, tweets: HashMap::new(), following: HashMap::new() }
    }

    fn post_tweet(&mut self, user_id: i32, tweet_id: i32) {
        self.time += 1;
        self.tweets.entry(user_id).or_default().push((self.time, tweet_id));
    }

    fn get_news_feed(&self, user_id: i32) -> Vec<i32> {
        // k-way merge from the newest end of each user's list.
        let mut heap = BinaryHeap::new();
        let mut users: Vec<i32> = vec![user_id];
        if let Some(f) = self.following.get(&user_id) {
            users.extend(f.iter().copied().filter(|&u| u != user_id));
        }
        for u in users {
            if let Some(list) = self.tweets.get(&u) {
                if let Some(&(t, id)) = list.last() {
                    heap.push((t, id, u, list.len() - 1));
                }
            }
        }
        let mut feed = Vec::new();
        while feed.len() < 10 {
            let Some((_, id, u, i)) = heap.pop() else { break };
            feed.push(id);
            if i > 0 {
                let (t, id) = self.tweets[&u][i - 1];
                heap.push((t, id, u, i - 1));
            }
        }
        feed
    }

    fn follow(&mut self, follower_id: i32, followee_id: i32) {
        self.following.entry(follower_id).or_default().insert(followee_id);
    }

    fn unfollow(&mut self, follower_id: i32, followee_id: i32) {
        if let Some(f) = self.following.get_mut(&follower_id) {
            f.remove(&followee_id);
        }
    }
}
