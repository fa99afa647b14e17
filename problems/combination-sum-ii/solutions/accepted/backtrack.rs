impl Solution {
    pub fn combination_sum2(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        fn go(c: &[i32], start: usize, remaining: i32, path: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
            if remaining == 0 {
                res.push(path.clone());
                return;
            }
            for i in start..c.len() {
                if i > start && c[i] == c[i - 1] {
                    continue;
                }
                if c[i] > remaining {
                    break;
                }
                path.push(c[i]);
                go(c, i + 1, remaining - c[i], path, res);
                path.pop();
            }
        }
        let mut c = candidates;
        c.sort_unstable();
        let mut res = Vec::new();
        go(&c, 0, target, &mut Vec::new(), &mut res);
        res
    }
}
