impl Solution {
    pub fn longest_palindrome(s: String) -> i32 {
        let mut count = [0i32; 128];
        for b in s.bytes() {
            count[b as usize] += 1;
        }
        let pairs: i32 = count.iter().map(|c| c / 2 * 2).sum();
        let odd = count.iter().any(|c| c % 2 == 1);
        pairs + if odd { 1 } else { 0 }
    }
}
