impl Solution {
    pub fn find_max_length(nums: Vec<i32>) -> i32 {
        // Balances lie in [-n, n]: an array indexed by balance + n replaces a hash map.
        let n = nums.len();
        let mut first = vec![i64::MIN; 2 * n + 1];
        first[n] = -1;
        let mut balance = n;
        let mut best = 0i64;
        for (i, &x) in nums.iter().enumerate() {
            if x == 1 { balance += 1 } else { balance -= 1 }
            if first[balance] == i64::MIN {
                first[balance] = i as i64;
            } else {
                best = best.max(i as i64 - first[balance]);
            }
        }
        best as i32
    }
}
