impl Solution {
    pub fn max_coins(nums: Vec<i32>) -> i32 {
        // best[l][r]: most coins from the balloons strictly between l and r (padded with 1s),
        // choosing the last balloon k to burst between them.
        let mut vals = vec![1];
        vals.extend(nums);
        vals.push(1);
        let n = vals.len();
        let mut best = vec![vec![0i32; n]; n];
        for length in 2..n {
            for left in 0..n - length {
                let right = left + length;
                let mut top = 0;
                for k in left + 1..right {
                    top = top.max(best[left][k] + best[k][right] + vals[left] * vals[k] * vals[right]);
                }
                best[left][right] = top;
            }
        }
        best[0][n - 1]
    }
}
