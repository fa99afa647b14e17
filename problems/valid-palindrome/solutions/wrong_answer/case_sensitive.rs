impl Solution {
    pub fn is_palindrome(s: String) -> bool {
        // Bug: compares letters without folding case, so "Aba" is rejected.
        let kept: Vec<u8> = s.bytes().filter(|c| c.is_ascii_alphanumeric()).collect();
        kept.iter().eq(kept.iter().rev())
    }
}
