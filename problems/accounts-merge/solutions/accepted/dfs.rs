use std::collections::HashMap;

impl Solution {
    pub fn accounts_merge(accounts: Vec<Vec<String>>) -> Vec<Vec<String>> {
        // accounts are nodes; an email joins every account that lists it
        let n = accounts.len();
        let mut first_owner: HashMap<&str, usize> = HashMap::new();
        let mut adj = vec![Vec::new(); n];
        for (i, acc) in accounts.iter().enumerate() {
            for email in &acc[1..] {
                match first_owner.get(email.as_str()) {
                    Some(&j) => {
                        adj[i].push(j);
                        adj[j].push(i);
                    }
                    None => {
                        first_owner.insert(email, i);
                    }
                }
            }
        }
        let mut seen = vec![false; n];
        let mut res = Vec::new();
        for s in 0..n {
            if seen[s] {
                continue;
            }
            seen[s] = true;
            let mut stack = vec![s];
            let mut emails: Vec<String> = Vec::new();
            while let Some(u) = stack.pop() {
                emails.extend(accounts[u][1..].iter().cloned());
                for &v in &adj[u] {
                    if !seen[v] {
                        seen[v] = true;
                        stack.push(v);
                    }
                }
            }
            emails.sort();
            emails.dedup();
            let mut entry = vec![accounts[s][0].clone()];
            entry.extend(emails);
            res.push(entry);
        }
        res
    }
}
