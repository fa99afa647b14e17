//! The index of the built-in catalog, built at compile time (`build.rs`): what `judge list`
//! shows of each problem, so that listing the built-in catalog parses no YAML.
//!
//! A problem whose `problem.yaml` writes these keys in anything but their simplest form is not
//! in the index and is parsed as before; the test below proves the index says what a full parse
//! says, for every built-in problem.
//!
//! Also the lookups of files in the embedded tree: `include_dir`'s own `get_file` searches the
//! whole tree below the directory for every lookup (thousands of path comparisons per file),
//! which made reading one problem cost milliseconds; these descend by name.

use std::path::{Component, Path};

use include_dir::{Dir, DirEntry, File};

use super::{Difficulty, Kind, ProblemSummary, BUILTIN};

/// The entry at `rel` (a `/`-separated path) in the embedded catalog. Like `include_dir`'s own
/// lookup, `.`, `..` or a root in the path find nothing.
fn entry(rel: &str) -> Option<&'static DirEntry<'static>> {
    let mut dir: &'static Dir<'static> = &BUILTIN;
    let mut parts = Path::new(rel).components().peekable();
    while let Some(part) = parts.next() {
        let Component::Normal(name) = part else {
            return None;
        };
        let found = dir
            .entries()
            .iter()
            .find(|e| e.path().file_name() == Some(name))?;
        if parts.peek().is_none() {
            return Some(found);
        }
        dir = found.as_dir()?;
    }
    None
}

/// The file at `rel` in the embedded catalog.
pub(super) fn builtin_file(rel: &str) -> Option<&'static File<'static>> {
    entry(rel)?.as_file()
}

/// The directory at `rel` in the embedded catalog.
pub(super) fn builtin_dir(rel: &str) -> Option<&'static Dir<'static>> {
    entry(rel)?.as_dir()
}

/// One indexed problem, as `build.rs` wrote it.
struct Entry {
    slug: &'static str,
    title: &'static str,
    difficulty: &'static str,
    tags: &'static [&'static str],
    kind: &'static str,
}

static INDEX: &[Entry] = include!(concat!(env!("OUT_DIR"), "/catalog_index.rs"));

/// The summary of a built-in problem, if the index has it.
pub(super) fn summary(slug: &str) -> Option<ProblemSummary> {
    let i = INDEX.binary_search_by(|e| e.slug.cmp(slug)).ok()?;
    let e = &INDEX[i];
    Some(ProblemSummary {
        slug: e.slug.to_string(),
        title: e.title.to_string(),
        difficulty: match e.difficulty {
            "easy" => Difficulty::Easy,
            "medium" => Difficulty::Medium,
            "hard" => Difficulty::Hard,
            _ => return None,
        },
        tags: e.tags.iter().map(|t| t.to_string()).collect(),
        kind: match e.kind {
            "stdio" => Kind::Stdio,
            "function" => Kind::Function,
            "design" => Kind::Design,
            "progressive" => Kind::Progressive,
            _ => return None,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::super::{load, Catalog};
    use super::*;

    #[test]
    fn the_index_is_sorted_and_says_what_a_full_parse_says_for_every_builtin_problem() {
        assert!(
            INDEX.windows(2).all(|w| w[0].slug < w[1].slug),
            "sorted by slug"
        );
        let slugs = Catalog::Builtin.slugs().unwrap();
        for slug in &slugs {
            let parsed = load::load(&Catalog::Builtin, slug, false).unwrap().summary;
            let indexed = summary(slug)
                .unwrap_or_else(|| panic!("{slug} is not in the index: write its title, difficulty, tags and kind plainly"));
            assert_eq!(
                serde_json::to_value(&indexed).unwrap(),
                serde_json::to_value(&parsed).unwrap(),
                "{slug}"
            );
        }
        assert_eq!(INDEX.len(), slugs.len(), "no entry without its problem");
    }

    #[test]
    fn lookups_find_what_include_dir_finds() {
        for rel in [
            "two-sum/problem.yaml",
            "two-sum/statement.md",
            "two-sum/solutions",
            "two-sum",
            "lists",
            "two-sum/missing.md",
            "two-sum/../two-sum/problem.yaml",
            "./two-sum/problem.yaml",
            "/two-sum/problem.yaml",
            "two-sum/problem.yaml/x",
            "",
        ] {
            assert_eq!(
                builtin_file(rel).map(|f| f.path()),
                BUILTIN.get_file(rel).map(|f| f.path()),
                "{rel}"
            );
            assert_eq!(
                builtin_dir(rel).map(|d| d.path()),
                BUILTIN.get_dir(rel).map(|d| d.path()),
                "{rel}"
            );
        }
    }
}
