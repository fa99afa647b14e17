impl Solution {
    pub fn count_bits(n: i32) -> Vec<i32> {
        // Bug: adds one for every shift, as if the dropped low bit were always 1.
        let n = n as usize;
        let mut ans = vec![0i32; n + 1];
        for i in 1..=n {
            ans[i] = ans[i >> 1] + 1;
        }
        ans
    }
}
