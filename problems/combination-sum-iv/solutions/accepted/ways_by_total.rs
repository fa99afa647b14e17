impl Solution {
    pub fn combination_sum4(nums: Vec<i32>, target: i32) -> i32 {
        // ways[t] = sum over the last number x of ways[t - x]. Counts for smaller totals may
        // overflow 32 bits; wrapping sums keep the final answer (which fits) exact.
        let t_max = target as usize;
        let mut ways = vec![0u32; t_max + 1];
        ways[0] = 1;
        for t in 1..=t_max {
            for &x in &nums {
                let x = x as usize;
                if x <= t {
                    ways[t] = ways[t].wrapping_add(ways[t - x]);
                }
            }
        }
        ways[t_max] as i32
    }
}
