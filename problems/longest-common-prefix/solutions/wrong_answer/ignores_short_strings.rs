impl Solution {
    pub fn longest_common_prefix(strs: Vec<String>) -> String {
        // Bug: a string that ends before the prefix does is skipped instead of cutting the
        // prefix short.
        let first = strs[0].as_bytes();
        let mut len = first.len();
        for s in &strs[1..] {
            let b = s.as_bytes();
            for i in 0..len.min(b.len()) {
                if b[i] != first[i] {
                    len = i;
                    break;
                }
            }
        }
        strs[0][..len].to_string()
    }
}
