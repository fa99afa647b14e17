impl Solution {
    pub fn car_fleet(target: i32, position: Vec<i32>, speed: Vec<i32>) -> i32 {
        // Bug: walks the cars in input order instead of from the front of the road.
        let mut fleets = 0;
        let mut lead = 0.0f64;
        for (p, s) in position.into_iter().zip(speed) {
            let t = (target - p) as f64 / s as f64;
            if t > lead {
                fleets += 1;
                lead = t;
            }
        }
        fleets
    }
}
