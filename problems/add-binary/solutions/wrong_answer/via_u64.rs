impl Solution {
    pub fn add_binary(a: String, b: String) -> String {
        // Bug: parses into u64, which wraps around for numbers of more than 64 bits.
        let parse = |s: &str| s.bytes().fold(0u64, |acc, d| acc.wrapping_shl(1) | (d - b'0') as u64);
        format!("{:b}", parse(&a).wrapping_add(parse(&b)))
    }
}
