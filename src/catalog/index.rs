//! The index of the built-in catalog, built at compile time (`build.rs`): what `judge list`
//! shows of each problem, so that listing the built-in catalog parses no YAML.
//!
//! A problem whose `problem.yaml` writes these keys in anything but their simplest form is not
//! in the index and is parsed as before; the test below proves the index says what a full parse
//! says, for every built-in problem.

use super::{Difficulty, Kind, ProblemSummary};

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
}
