impl Solution {
    pub fn subsets_with_dup(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut nums = nums;
        nums.sort();
        let mut res: Vec<Vec<i32>> = vec![vec![]];
        let mut i = 0;
        while i < nums.len() {
            let mut j = i;
            while j < nums.len() && nums[j] == nums[i] {
                j += 1;
            }
            // the value nums[i] may be taken 0..=(j - i) times
            let mut grown = Vec::new();
            for subset in &res {
                let mut s = subset.clone();
                for _ in i..j {
                    s.push(nums[i]);
                    grown.push(s.clone());
                }
            }
            res.extend(grown);
            i = j;
        }
        res
    }
}
