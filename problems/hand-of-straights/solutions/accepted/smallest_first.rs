use std::collections::BTreeMap;

impl Solution {
    pub fn is_n_straight_hand(hand: Vec<i32>, group_size: i32) -> bool {
        // The smallest remaining card must start a straight; take all its copies' straights.
        if hand.len() % group_size as usize != 0 {
            return false;
        }
        let mut count: BTreeMap<i32, i32> = BTreeMap::new();
        for c in hand {
            *count.entry(c).or_insert(0) += 1;
        }
        let cards: Vec<i32> = count.keys().copied().collect();
        for card in cards {
            let k = count[&card];
            if k == 0 {
                continue;
            }
            for nxt in card..card + group_size {
                match count.get_mut(&nxt) {
                    Some(c) if *c >= k => *c -= k,
                    _ => return false,
                }
            }
        }
        true
    }
}
