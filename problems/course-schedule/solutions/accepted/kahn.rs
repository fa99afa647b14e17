impl Solution {
    pub fn can_finish(num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        // Kahn's algorithm: repeatedly take a course with no unfinished prerequisite.
        let n = num_courses as usize;
        let mut after: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut missing = vec![0usize; n];
        for p in &prerequisites {
            let (course, before) = (p[0] as usize, p[1] as usize);
            after[before].push(course);
            missing[course] += 1;
        }
        let mut ready: Vec<usize> = (0..n).filter(|&c| missing[c] == 0).collect();
        let mut done = 0;
        while let Some(c) = ready.pop() {
            done += 1;
            for &next in &after[c] {
                missing[next] -= 1;
                if missing[next] == 0 {
                    ready.push(next);
                }
            }
        }
        done == n
    }
}
