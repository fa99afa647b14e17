impl Solution {
    pub fn first_bad_version(&self, n: i32) -> i32 {
        let (mut lo, mut hi) = (1, n);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.isBadVersion(mid) {
                // mid may itself be the first bad one: it must stay in the range.
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }
}
