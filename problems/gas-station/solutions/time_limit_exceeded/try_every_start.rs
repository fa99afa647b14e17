impl Solution {
    pub fn can_complete_circuit(gas: Vec<i32>, cost: Vec<i32>) -> i32 {
        // Drives around from every start until the tank runs dry: O(n^2).
        let n = gas.len();
        'starts: for start in 0..n {
            let mut tank = 0i64;
            for k in 0..n {
                let i = (start + k) % n;
                tank += (gas[i] - cost[i]) as i64;
                if tank < 0 {
                    continue 'starts;
                }
            }
            return start as i32;
        }
        -1
    }
}
