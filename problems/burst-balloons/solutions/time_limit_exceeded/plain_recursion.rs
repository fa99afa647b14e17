impl Solution {
    pub fn max_coins(nums: Vec<i32>) -> i32 {
        // The interval recursion without memoisation: exponential.
        fn best(v: &[i32], l: usize, r: usize) -> i32 {
            let mut top = 0;
            for k in l + 1..r {
                top = top.max(best(v, l, k) + best(v, k, r) + v[l] * v[k] * v[r]);
            }
            top
        }
        let mut vals = vec![1];
        vals.extend(nums);
        vals.push(1);
        best(&vals, 0, vals.len() - 1)
    }
}
