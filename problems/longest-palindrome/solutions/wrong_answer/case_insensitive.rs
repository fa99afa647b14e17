impl Solution {
    pub fn longest_palindrome(s: String) -> i32 {
        // Bug: folds upper case to lower case, so "Aa" counts as a pair.
        let mut count = [0i32; 26];
        for b in s.bytes() {
            count[(b.to_ascii_lowercase() - b'a') as usize] += 1;
        }
        let pairs: i32 = count.iter().map(|c| c / 2 * 2).sum();
        let odd = count.iter().any(|c| c % 2 == 1);
        pairs + if odd { 1 } else { 0 }
    }
}
