impl Solution {
    // Sliding window over the sorted values, but a list counts as uncovered as soon as one of
    // its values leaves the window, even when another of its values is still inside.
    pub fn smallest_range(nums: Vec<Vec<i32>>) -> Vec<i32> {
        let k = nums.len();
        let mut items: Vec<(i32, usize)> = vec![];
        for (i, row) in nums.iter().enumerate() {
            for &v in row {
                items.push((v, i));
            }
        }
        items.sort();
        let mut count = vec![0; k];
        let mut covered = 0;
        let mut best: Option<(i32, i32)> = None;
        let mut left = 0;
        for r in 0..items.len() {
            let (v, i) = items[r];
            if count[i] == 0 {
                covered += 1;
            }
            count[i] += 1;
            while covered == k {
                let lo = items[left].0;
                if best.map_or(true, |(a, b)| v - lo < b - a) {
                    best = Some((lo, v));
                }
                let j = items[left].1;
                count[j] -= 1;
                covered -= 1;
                left += 1;
            }
        }
        let (a, b) = best.unwrap();
        vec![a, b]
    }
}
