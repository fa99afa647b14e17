impl Solution {
    pub fn multiply(num1: String, num2: String) -> String {
        // Bug: parses into u128, which wraps around for products of more than 38 digits.
        let parse = |s: &str| s.bytes().fold(0u128, |acc, d| acc.wrapping_mul(10).wrapping_add((d - b'0') as u128));
        parse(&num1).wrapping_mul(parse(&num2)).to_string()
    }
}
