impl Solution {
    pub fn is_palindrome(x: i32) -> bool {
        // Bug: reverses half the digits without first rejecting numbers that end in 0, so 10
        // (x = 0, rev = 1 at the end) is taken for a palindrome.
        if x < 0 {
            return false;
        }
        let (mut x, mut rev) = (x, 0);
        while x > rev {
            rev = rev * 10 + x % 10;
            x /= 10;
        }
        x == rev || x == rev / 10
    }
}
