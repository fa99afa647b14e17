impl Solution {
    pub fn daily_temperatures(temperatures: Vec<i32>) -> Vec<i32> {
        // From every day, walk forward to the first warmer one: O(n^2) on long plateaus.
        let n = temperatures.len();
        let mut answer = vec![0; n];
        for i in 0..n {
            for j in i + 1..n {
                if temperatures[j] > temperatures[i] {
                    answer[i] = (j - i) as i32;
                    break;
                }
            }
        }
        answer
    }
}
