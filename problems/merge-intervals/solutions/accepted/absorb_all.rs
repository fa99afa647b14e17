impl Solution {
    pub fn merge(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        // Each new interval is checked against every interval merged so far: O(n^2), about
        // 5 * 10^7 steps at n = 10^4, which is fast enough in Rust.
        let mut result: Vec<(i32, i32)> = Vec::new();
        for iv in &intervals {
            let (mut s, mut e) = (iv[0], iv[1]);
            let mut keep = Vec::with_capacity(result.len() + 1);
            for &(a, b) in &result {
                if b < s || e < a {
                    keep.push((a, b));
                } else {
                    s = s.min(a);
                    e = e.max(b);
                }
            }
            keep.push((s, e));
            result = keep;
        }
        result.into_iter().map(|(a, b)| vec![a, b]).collect()
    }
}
