impl Solution {
    pub fn can_complete_circuit(gas: Vec<i32>, cost: Vec<i32>) -> i32 {
        // Restart after every station where the tank runs dry; the total decides feasibility.
        let (mut total, mut tank, mut start) = (0i64, 0i64, 0usize);
        for i in 0..gas.len() {
            let d = (gas[i] - cost[i]) as i64;
            total += d;
            tank += d;
            if tank < 0 {
                start = i + 1;
                tank = 0;
            }
        }
        if total < 0 { -1 } else { start as i32 }
    }
}
