impl Solution {
    pub fn generate_parenthesis(n: i32) -> Vec<String> {
        fn build(n: usize, open: usize, close: usize, cur: &mut String, out: &mut Vec<String>) {
            if cur.len() == 2 * n {
                out.push(cur.clone());
                return;
            }
            if open < n {
                cur.push('(');
                build(n, open + 1, close, cur, out);
                cur.pop();
            }
            if close < open {
                cur.push(')');
                build(n, open, close + 1, cur, out);
                cur.pop();
            }
        }
        let mut out = Vec::new();
        build(n as usize, 0, 0, &mut String::new(), &mut out);
        out
    }
}
