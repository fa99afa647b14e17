//! Which of the discovered solutions a check runs: `--filter`, `--changed-since` (through git)
//! and `--partition` ([`Partition`]), applied in that order.

use std::collections::HashSet;
use std::path::Path;
use std::process::Command;
use std::str::FromStr;

use super::manifest::MANIFEST_FILE;

/// `--partition K/N`: the K-th of N disjoint shares of the selected solutions (1-based). The
/// solutions are sorted by path and the i-th (from 0) goes to share `i mod N + 1`, so the shares
/// differ in size by at most one and do not depend on the machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Partition {
    pub index: usize,
    pub count: usize,
}

impl FromStr for Partition {
    type Err = String;

    /// `K/N`, or `count:K/N` as cargo-nextest writes it.
    fn from_str(s: &str) -> Result<Partition, String> {
        let bad = || format!("expected K/N with 1 <= K <= N (like 1/3), got `{s}`");
        let body = s.strip_prefix("count:").unwrap_or(s);
        let (k, n) = body.split_once('/').ok_or_else(bad)?;
        let index: usize = k.trim().parse().map_err(|_| bad())?;
        let count: usize = n.trim().parse().map_err(|_| bad())?;
        if count == 0 || index == 0 || index > count {
            return Err(bad());
        }
        Ok(Partition { index, count })
    }
}

impl std::fmt::Display for Partition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl Partition {
    /// Whether the `position`-th item (from 0, in path order) belongs to this share.
    pub fn holds(&self, position: usize) -> bool {
        position % self.count == self.index - 1
    }
}

/// Files changed since a git revision, relative to the checked folder.
#[derive(Debug, Clone, Default)]
pub struct Changes {
    paths: HashSet<String>,
}

impl Changes {
    /// Runs `git diff --name-only REV` and `git ls-files --others --exclude-standard` in `root`:
    /// committed, staged and unstaged changes since `rev`, and new files git does not ignore.
    /// `Err` is a message for the user, with git's own words.
    pub fn since(root: &Path, rev: &str) -> Result<Changes, String> {
        // Outside a repository `git diff` would compare paths instead (--no-index).
        git(root, &["rev-parse", "--show-toplevel"])
            .map_err(|e| format!("{} is not in a git repository ({e})", root.display()))?;
        git(
            root,
            &[
                "rev-parse",
                "--verify",
                "--quiet",
                &format!("{rev}^{{commit}}"),
            ],
        )
        .map_err(|_| format!("git knows no revision `{rev}`"))?;
        let diff = git(
            root,
            &["diff", "--name-only", "--relative", "-z", rev, "--"],
        )?;
        let untracked = git(root, &["ls-files", "--others", "--exclude-standard", "-z"])?;
        let paths = diff
            .split('\0')
            .chain(untracked.split('\0'))
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect();
        Ok(Changes { paths })
    }

    /// Whether the solution at `path`, of `problem`, counts as changed: the file changed, or
    /// the problem is one of the repository's (`problems_dir`) and a file of it changed, or the
    /// manifest itself changed (it may place any file anew).
    pub fn touches(&self, path: &str, problem: &str, problems_dir: Option<&str>) -> bool {
        if self.paths.contains(path) || self.paths.contains(MANIFEST_FILE) {
            return true;
        }
        problems_dir.is_some_and(|dir| {
            let prefix = format!("{dir}/{problem}/");
            self.paths.iter().any(|p| p.starts_with(&prefix))
        })
    }

    /// Whether `path` itself changed.
    pub fn contains(&self, path: &str) -> bool {
        self.paths.contains(path)
    }
}

fn git(root: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let first = err
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("git failed")
            .trim();
        return Err(format!("git: {first}"));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partitions_parse_and_split_evenly() {
        assert_eq!(
            "2/3".parse::<Partition>(),
            Ok(Partition { index: 2, count: 3 })
        );
        assert_eq!(
            "count:1/2".parse::<Partition>(),
            Ok(Partition { index: 1, count: 2 })
        );
        for bad in ["0/2", "3/2", "1/0", "1", "a/b", "1/2/3", "-1/2", ""] {
            let e = bad.parse::<Partition>().unwrap_err();
            assert!(e.contains("K/N"), "{bad}: {e}");
        }
        let n = 3;
        let shares: Vec<Vec<usize>> = (1..=n)
            .map(|k| {
                let p = Partition { index: k, count: n };
                (0..10).filter(|&i| p.holds(i)).collect()
            })
            .collect();
        assert_eq!(shares, [vec![0, 3, 6, 9], vec![1, 4, 7], vec![2, 5, 8]]);
    }

    #[test]
    fn changes_of_a_repository_problem_count_for_its_solutions() {
        let c = Changes {
            paths: ["a/two-sum.py", "problems/echo/tests/big.yaml"]
                .map(String::from)
                .into(),
        };
        assert!(c.touches("a/two-sum.py", "two-sum", None));
        assert!(!c.touches("b/two-sum.py", "two-sum", None));
        assert!(c.touches("echo.py", "echo", Some("problems")));
        assert!(!c.touches("echo.py", "echo", None));
        assert!(!c.touches("echoes.py", "echoes", Some("problems")));
    }
}
