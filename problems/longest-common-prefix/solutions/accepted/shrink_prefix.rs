impl Solution {
    pub fn longest_common_prefix(strs: Vec<String>) -> String {
        let mut prefix: &str = &strs[0];
        for s in &strs[1..] {
            let common = prefix
                .bytes()
                .zip(s.bytes())
                .take_while(|(a, b)| a == b)
                .count();
            prefix = &prefix[..common];
        }
        prefix.to_string()
    }
}
