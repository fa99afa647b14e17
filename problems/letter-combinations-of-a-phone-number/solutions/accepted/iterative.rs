impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        if digits.is_empty() {
            return vec![];
        }
        let keys = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"];
        let mut res = vec![String::new()];
        for d in digits.bytes() {
            let letters = keys[(d - b'0') as usize];
            let mut next = Vec::with_capacity(res.len() * letters.len());
            for prefix in &res {
                for ch in letters.chars() {
                    let mut s = prefix.clone();
                    s.push(ch);
                    next.push(s);
                }
            }
            res = next;
        }
        res
    }
}
