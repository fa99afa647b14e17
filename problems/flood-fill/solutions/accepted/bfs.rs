use std::collections::VecDeque;

impl Solution {
    pub fn flood_fill(image: Vec<Vec<i32>>, sr: i32, sc: i32, color: i32) -> Vec<Vec<i32>> {
        let mut image = image;
        let (sr, sc) = (sr as usize, sc as usize);
        let old = image[sr][sc];
        if old == color {
            return image;
        }
        let (m, n) = (image.len(), image[0].len());
        image[sr][sc] = color;
        let mut queue = VecDeque::from(vec![(sr, sc)]);
        while let Some((r, c)) = queue.pop_front() {
            let mut next = Vec::with_capacity(4);
            if r > 0 { next.push((r - 1, c)); }
            if c > 0 { next.push((r, c - 1)); }
            if r + 1 < m { next.push((r + 1, c)); }
            if c + 1 < n { next.push((r, c + 1)); }
            for (nr, nc) in next {
                if image[nr][nc] == old {
                    image[nr][nc] = color;
                    queue.push_back((nr, nc));
                }
            }
        }
        image
    }
}
