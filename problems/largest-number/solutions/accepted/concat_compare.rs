impl Solution {
    pub fn largest_number(nums: Vec<i32>) -> String {
        let mut strs: Vec<String> = nums.iter().map(|x| x.to_string()).collect();
        strs.sort_by(|a, b| format!("{}{}", b, a).cmp(&format!("{}{}", a, b)));
        if strs[0] == "0" {
            return "0".to_string();
        }
        strs.concat()
    }
}
