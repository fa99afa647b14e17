impl Solution {
    pub fn min_cost_climbing_stairs(cost: Vec<i32>) -> i32 {
        // Plain recursion without memoisation: about 1.6^n calls.
        fn climb(cost: &[i32], i: usize) -> i32 {
            if i >= cost.len() {
                return 0;
            }
            cost[i] + climb(cost, i + 1).min(climb(cost, i + 2))
        }
        climb(&cost, 0).min(climb(&cost, 1))
    }
}
