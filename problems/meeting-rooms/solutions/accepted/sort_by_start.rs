impl Solution {
    pub fn can_attend_meetings(mut intervals: Vec<Vec<i32>>) -> bool {
        // In start order, each meeting must begin no earlier than the previous one ends.
        intervals.sort_unstable();
        intervals.windows(2).all(|w| w[1][0] >= w[0][1])
    }
}
