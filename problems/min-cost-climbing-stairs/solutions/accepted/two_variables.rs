impl Solution {
    pub fn min_cost_climbing_stairs(cost: Vec<i32>) -> i32 {
        // best(i) = min(best(i-1) + cost[i-1], best(i-2) + cost[i-2]); best(0) = best(1) = 0.
        let (mut two_back, mut one_back) = (0, 0);
        for i in 2..=cost.len() {
            let cur = (one_back + cost[i - 1]).min(two_back + cost[i - 2]);
            two_back = one_back;
            one_back = cur;
        }
        one_back
    }
}
