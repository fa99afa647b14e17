impl Solution {
    pub fn find_words(board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
        // Trie in an arena: children[node][letter] is a node index, 0 = none.
        let mut children: Vec<[usize; 26]> = vec![[0; 26]];
        let mut word_at: Vec<Option<usize>> = vec![None];
        for (i, w) in words.iter().enumerate() {
            let mut node = 0;
            for b in w.bytes() {
                let k = (b - b'a') as usize;
                if children[node][k] == 0 {
                    children.push([0; 26]);
                    word_at.push(None);
                    children[node][k] = children.len() - 1;
                }
                node = children[node][k];
            }
            word_at[node] = Some(i);
        }
        let mut grid: Vec<Vec<u8>> = board
            .iter()
            .map(|row| row.iter().map(|&c| c as u8).collect())
            .collect();
        let (m, n) = (grid.len(), grid[0].len());
        let mut found = Vec::new();

        fn dfs(
            r: usize,
            c: usize,
            node: usize,
            grid: &mut Vec<Vec<u8>>,
            children: &Vec<[usize; 26]>,
            word_at: &mut Vec<Option<usize>>,
            words: &Vec<String>,
            found: &mut Vec<String>,
        ) {
            let ch = grid[r][c];
            let next = children[node][(ch - b'a') as usize];
            if next == 0 {
                return;
            }
            if let Some(i) = word_at[next].take() {
                found.push(words[i].clone());
            }
            grid[r][c] = b'{'; // visited: no child has this letter
            let (m, n) = (grid.len(), grid[0].len());
            if r > 0 && grid[r - 1][c] != b'{' {
                dfs(r - 1, c, next, grid, children, word_at, words, found);
            }
            if r + 1 < m && grid[r + 1][c] != b'{' {
                dfs(r + 1, c, next, grid, children, word_at, words, found);
            }
            if c > 0 && grid[r][c - 1] != b'{' {
                dfs(r, c - 1, next, grid, children, word_at, words, found);
            }
            if c + 1 < n && grid[r][c + 1] != b'{' {
                dfs(r, c + 1, next, grid, children, word_at, words, found);
            }
            grid[r][c] = ch;
        }

        for r in 0..m {
            for c in 0..n {
                dfs(r, c, 0, &mut grid, &children, &mut word_at, &words, &mut found);
            }
        }
        found
    }
}
