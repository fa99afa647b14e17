impl Solution {
    pub fn car_fleet(target: i32, position: Vec<i32>, speed: Vec<i32>) -> i32 {
        // A car leads a fleet if it is slower to arrive than every car ahead of it: checking all
        // cars ahead for every car is O(n^2).
        let n = position.len();
        let times: Vec<f64> = (0..n).map(|i| (target - position[i]) as f64 / speed[i] as f64).collect();
        let mut fleets = 0;
        for i in 0..n {
            let mut leads = true;
            for j in 0..n {
                if position[j] > position[i] && times[j] >= times[i] {
                    leads = false;
                    break;
                }
            }
            if leads {
                fleets += 1;
            }
        }
        fleets
    }
}
