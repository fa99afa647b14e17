impl Solution {
    pub fn asteroid_collision(asteroids: Vec<i32>) -> Vec<i32> {
        let mut stack: Vec<i32> = Vec::with_capacity(asteroids.len());
        for a in asteroids {
            let mut alive = true;
            while alive && a < 0 {
                match stack.last() {
                    Some(&top) if top > 0 => {
                        if top < -a {
                            stack.pop();
                        } else {
                            if top == -a {
                                stack.pop();
                            }
                            alive = false;
                        }
                    }
                    _ => break,
                }
            }
            if alive {
                stack.push(a);
            }
        }
        stack
    }
}
