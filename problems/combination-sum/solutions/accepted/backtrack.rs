impl Solution {
    pub fn combination_sum(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        fn go(c: &[i32], start: usize, left: i32, chosen: &mut Vec<i32>, out: &mut Vec<Vec<i32>>) {
            if left == 0 {
                out.push(chosen.clone());
                return;
            }
            for i in start..c.len() {
                if c[i] > left {
                    break;
                }
                chosen.push(c[i]);
                go(c, i, left - c[i], chosen, out);
                chosen.pop();
            }
        }
        let mut c = candidates;
        c.sort();
        let mut out = Vec::new();
        go(&c, 0, target, &mut Vec::new(), &mut out);
        out
    }
}
