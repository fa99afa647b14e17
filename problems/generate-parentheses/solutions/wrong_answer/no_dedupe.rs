impl Solution {
    pub fn generate_parenthesis(n: i32) -> Vec<String> {
        // Bug: combines every split point "(" + A + ")" + B but also appends A's variants twice
        // when B is empty, so some strings come out more than once.
        let n = n as usize;
        let mut table: Vec<Vec<String>> = vec![vec![String::new()]];
        for k in 1..=n {
            let mut cur = Vec::new();
            for i in 0..k {
                for a in &table[i] {
                    for b in &table[k - 1 - i] {
                        cur.push(format!("({}){}", a, b));
                        if b.is_empty() && i > 1 {
                            cur.push(format!("({})", a));
                        }
                    }
                }
            }
            table.push(cur);
        }
        table.pop().unwrap()
    }
}
