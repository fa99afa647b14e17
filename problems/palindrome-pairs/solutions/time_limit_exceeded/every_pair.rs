impl Solution {
    pub fn palindrome_pairs(words: Vec<String>) -> Vec<Vec<i32>> {
        let mut out = vec![];
        for i in 0..words.len() {
            for j in 0..words.len() {
                if i == j {
                    continue;
                }
                let s = format!("{}{}", words[i], words[j]);
                if s == s.chars().rev().collect::<String>() {
                    out.push(vec![i as i32, j as i32]);
                }
            }
        }
        out
    }
}
