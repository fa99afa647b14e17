impl Solution {
    pub fn min_distance(word1: String, word2: String) -> i32 {
        // dist[i][j] = edits turning word1[..i] into word2[..j], kept one row at a time.
        let a = word1.as_bytes();
        let b = word2.as_bytes();
        let mut prev: Vec<i32> = (0..=b.len() as i32).collect();
        let mut cur = vec![0i32; b.len() + 1];
        for i in 1..=a.len() {
            cur[0] = i as i32;
            for j in 1..=b.len() {
                cur[j] = if a[i - 1] == b[j - 1] {
                    prev[j - 1]
                } else {
                    1 + prev[j - 1].min(prev[j]).min(cur[j - 1])
                };
            }
            std::mem::swap(&mut prev, &mut cur);
        }
        prev[b.len()]
    }
}
