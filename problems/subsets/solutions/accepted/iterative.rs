impl Solution {
    pub fn subsets(nums: Vec<i32>) -> Vec<Vec<i32>> {
        // Each number doubles the collection: every subset so far, with and without it.
        let mut result: Vec<Vec<i32>> = vec![vec![]];
        for &x in &nums {
            let n = result.len();
            for i in 0..n {
                let mut s = result[i].clone();
                s.push(x);
                result.push(s);
            }
        }
        result
    }
}
