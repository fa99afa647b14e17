//! Study lists (NeetCode 150, Blind 75, Grind 75, Grind 169): `lists/<key>.yaml` beside the
//! problem folders, each naming problems in the list's own order, in sections, with the pattern
//! a user studies each one under. A list may name problems the catalog does not have (yet):
//! commands show them as missing instead of failing.

use serde::Deserialize;

use super::load::valid_slug;
use super::store::{display_path, read_text};
use super::yaml::parse;
use super::{Catalog, CatalogError};

/// The folder of a catalog that holds the lists.
const LISTS_DIR: &str = "lists";

/// One study list.
#[derive(Debug, Clone, serde::Serialize)]
pub struct StudyList {
    /// The file name without `.yaml`: what `--list` takes.
    pub key: String,
    pub title: String,
    pub description: String,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Section {
    pub name: String,
    pub problems: Vec<Entry>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Entry {
    pub slug: String,
    /// The tag of the pattern the list files the problem under.
    pub pattern: String,
}

impl StudyList {
    /// Every entry, in the list's order.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.sections.iter().flat_map(|s| s.problems.iter())
    }

    pub fn contains(&self, slug: &str) -> bool {
        self.entries().any(|e| e.slug == slug)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ListSpec {
    format_version: u32,
    title: String,
    #[serde(default)]
    description: String,
    sections: Vec<SectionSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionSpec {
    name: String,
    problems: Vec<EntrySpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntrySpec {
    slug: String,
    pattern: String,
}

/// The keys of the lists a catalog has, sorted; the layers' lists together.
pub(super) fn keys(catalog: &Catalog) -> Vec<String> {
    let mut keys: Vec<String> = match catalog {
        Catalog::Builtin => super::embedded::files_below(LISTS_DIR)
            .into_iter()
            .filter(|path| !path.contains('/'))
            .filter_map(key_of)
            .collect(),
        Catalog::Dir(dir) => std::fs::read_dir(dir.join(LISTS_DIR))
            .map(|entries| {
                entries
                    .flatten()
                    .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                    .filter_map(|e| key_of(e.file_name().to_str()?))
                    .collect()
            })
            .unwrap_or_default(),
        Catalog::Layered(layers) => layers.iter().flat_map(keys).collect(),
    };
    keys.sort();
    keys.dedup();
    keys
}

fn key_of(file_name: &str) -> Option<String> {
    let key = file_name.strip_suffix(".yaml")?;
    valid_slug(key).then(|| key.to_string())
}

/// Loads the list `key`; an unknown key is an error with a "did you mean".
pub(super) fn load(catalog: &Catalog, key: &str) -> Result<StudyList, CatalogError> {
    let known = keys(catalog);
    if !known.iter().any(|k| k == key) {
        return Err(CatalogError::UnknownList {
            key: key.to_string(),
            known: known.join(", "),
            suggestion: super::did_you_mean(key, known.iter().map(String::as_str)),
        });
    }
    let rel = format!("{LISTS_DIR}/{key}.yaml");
    let file = display_path(catalog, &rel);
    let text = read_text(catalog, &rel)?;
    let spec: ListSpec = parse(&file, &text)?;
    let invalid = |message: String| CatalogError::Invalid {
        file: file.clone(),
        message,
        help: None,
    };
    if spec.format_version != 1 {
        return Err(invalid(format!(
            "format_version {} is not supported (this judge reads 1)",
            spec.format_version
        )));
    }
    let mut seen = std::collections::HashSet::new();
    for e in spec.sections.iter().flat_map(|s| &s.problems) {
        if !valid_slug(&e.slug) || !valid_slug(&e.pattern) {
            return Err(invalid(format!(
                "`{}` (pattern `{}`): slugs and patterns are lowercase letters, digits and dashes",
                e.slug, e.pattern
            )));
        }
        if !seen.insert(e.slug.as_str()) {
            return Err(invalid(format!("`{}` is listed twice", e.slug)));
        }
    }
    Ok(StudyList {
        key: key.to_string(),
        title: spec.title,
        description: spec.description,
        sections: spec
            .sections
            .into_iter()
            .map(|s| Section {
                name: s.name,
                problems: s
                    .problems
                    .into_iter()
                    .map(|e| Entry {
                        slug: e.slug,
                        pattern: e.pattern,
                    })
                    .collect(),
            })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_lists_load_and_cover_the_canon() {
        let catalog = Catalog::Builtin;
        let keys = keys(&catalog);
        assert_eq!(keys, ["blind-75", "grind-169", "grind-75", "neetcode-150"]);
        let mut all = std::collections::HashSet::new();
        for (key, count) in [
            ("blind-75", 75),
            ("grind-169", 169),
            ("grind-75", 75),
            ("neetcode-150", 150),
        ] {
            let list = load(&catalog, key).unwrap();
            assert_eq!(list.entries().count(), count, "{key}");
            all.extend(list.entries().map(|e| e.slug.clone()));
        }
        assert_eq!(all.len(), 213, "the three lists' union");
        let grind75 = load(&catalog, "grind-75").unwrap();
        let grind169 = load(&catalog, "grind-169").unwrap();
        assert!(grind75.entries().all(|e| grind169.contains(&e.slug)));
    }

    #[test]
    fn unknown_and_broken_lists_are_errors() {
        let err = load(&Catalog::Builtin, "neetcode-15").unwrap_err();
        assert!(
            err.details().contains("did you mean `neetcode-150`"),
            "{err}"
        );
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join(LISTS_DIR)).unwrap();
        std::fs::write(
            dir.path().join("lists/mine.yaml"),
            "format_version: 1\ntitle: Mine\nsections:\n  - name: A\n    problems:\n      - {slug: two-sum, patern: arrays}\n",
        )
        .unwrap();
        let catalog = Catalog::Dir(dir.path().to_path_buf());
        assert_eq!(keys(&catalog), ["mine"]);
        let err = load(&catalog, "mine").unwrap_err();
        let text = format!("{err} {}", err.details());
        assert!(text.contains("mine.yaml:6:"), "{text}");
        assert!(text.contains("pattern"), "{text}");
    }
}
