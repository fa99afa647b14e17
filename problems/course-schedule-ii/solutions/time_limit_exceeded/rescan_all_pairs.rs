// Each round scans every prerequisite pair to find the courses whose prerequisites are all done,
// and takes them: O(rounds * pairs), and a chain of prerequisites makes numCourses rounds.
impl Solution {
    pub fn find_order(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> Vec<i32> {
        let n = num_courses as usize;
        let mut done = vec![false; n];
        let mut order = Vec::new();
        while order.len() < n {
            let mut blocked = vec![false; n];
            for p in &prerequisites {
                if !done[p[1] as usize] {
                    blocked[p[0] as usize] = true;
                }
            }
            let free: Vec<usize> = (0..n).filter(|&c| !done[c] && !blocked[c]).collect();
            if free.is_empty() {
                return vec![];
            }
            for c in free {
                done[c] = true;
                order.push(c as i32);
            }
        }
        order
    }
}
