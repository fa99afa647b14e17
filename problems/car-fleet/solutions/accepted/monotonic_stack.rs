impl Solution {
    pub fn car_fleet(target: i32, position: Vec<i32>, speed: Vec<i32>) -> i32 {
        let mut cars: Vec<(i32, i32)> = position.into_iter().zip(speed).collect();
        cars.sort_unstable_by(|a, b| b.0.cmp(&a.0));
        // Stack of fleet arrival times, compared exactly as fractions (dist / speed) in i64.
        let mut stack: Vec<(i64, i64)> = Vec::new();
        for (p, s) in cars {
            let (d, v) = ((target - p) as i64, s as i64);
            match stack.last() {
                // d / v <= d0 / v0  <=>  d * v0 <= d0 * v
                Some(&(d0, v0)) if d * v0 <= d0 * v => {}
                _ => stack.push((d, v)),
            }
        }
        stack.len() as i32
    }
}
