//! The built-in catalog as `build.rs` packed it into the binary: one zlib stream per top-level
//! folder of `problems/` (a problem, or `lists`), beside an uncompressed table of the folder's
//! files, so that finding a file or listing a folder inflates nothing, and reading a file
//! inflates only its own folder (once per process).
//!
//! Compressed, the catalog takes a little over a quarter of its size on disk in the binary; one
//! problem inflates in well under a millisecond. A test below proves that every embedded file is
//! byte for byte the file in `problems/` that it was packed from, and that none is missing.

use std::path::{Component, Path};
use std::sync::OnceLock;

/// One top-level folder of `problems/`.
struct Folder {
    name: &'static str,
    /// Its files, one after the other in the order of `files`, as a zlib stream.
    packed: &'static [u8],
    /// The length of the inflated stream.
    len: usize,
    /// Each file's path below the folder (`/`-separated) and its byte range in the inflated
    /// stream, sorted by path.
    files: &'static [(&'static str, usize, usize)],
}

// `COUNT` and `FOLDERS`, sorted by name.
include!(concat!(env!("OUT_DIR"), "/catalog_files.rs"));

/// The inflated stream of each folder, made on its first read.
static INFLATED: [OnceLock<Box<[u8]>>; COUNT] = [const { OnceLock::new() }; COUNT];

/// The folder and the path below it of a catalog-relative path (`slug/dir/file`). As with a
/// folder on disk, inner `.` components are ignored; a path that starts with `.`, contains `..`
/// or a root, or names only a folder, has no file.
fn locate(rel: &str) -> Option<(usize, String)> {
    let mut parts = Vec::new();
    for part in Path::new(rel).components() {
        let Component::Normal(name) = part else {
            return None;
        };
        parts.push(name.to_str()?);
    }
    let (first, rest) = parts.split_first()?;
    let folder = FOLDERS.binary_search_by(|f| f.name.cmp(first)).ok()?;
    Some((folder, rest.join("/")))
}

/// The index of the file `path` in `folder`'s table.
fn find(folder: &Folder, path: &str) -> Option<usize> {
    folder.files.binary_search_by(|f| f.0.cmp(path)).ok()
}

/// The names of the top-level folders, sorted.
pub(super) fn folders() -> impl Iterator<Item = &'static str> {
    FOLDERS.iter().map(|f| f.name)
}

/// Whether the catalog has a file at `rel`. Inflates nothing.
pub(super) fn has_file(rel: &str) -> bool {
    locate(rel).is_some_and(|(i, path)| find(&FOLDERS[i], &path).is_some())
}

/// The contents of the file at `rel`.
pub(super) fn file(rel: &str) -> Option<&'static [u8]> {
    let (i, path) = locate(rel)?;
    let folder = &FOLDERS[i];
    let (_, start, end) = folder.files[find(folder, &path)?];
    let inflated = INFLATED[i].get_or_init(|| {
        miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(folder.packed, folder.len)
            .ok()
            .filter(|v| v.len() == folder.len)
            .expect("the built-in catalog packed by build.rs inflates to its recorded length")
            .into_boxed_slice()
    });
    Some(&inflated[start..end])
}

/// The paths of the files below the folder `rel` (at any depth), relative to it, sorted.
/// Inflates nothing.
pub(super) fn files_below(rel: &str) -> Vec<&'static str> {
    let Some((i, dir)) = locate(rel) else {
        return Vec::new();
    };
    FOLDERS[i]
        .files
        .iter()
        .filter_map(|f| match dir.as_str() {
            "" => Some(f.0),
            dir => f.0.strip_prefix(dir)?.strip_prefix('/'),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    /// Every file below `dir`, as `/`-separated paths relative to `root`.
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).unwrap();
                out.push(rel.to_str().unwrap().to_string());
            }
        }
    }

    #[test]
    fn every_file_of_problems_is_embedded_byte_for_byte_and_nothing_else() {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("problems");
        let mut on_disk = Vec::new();
        walk(&root, &root, &mut on_disk);
        on_disk.sort();
        assert!(on_disk.len() > 1000, "the catalog has its files");
        for rel in &on_disk {
            let want = std::fs::read(root.join(rel)).unwrap();
            assert!(has_file(rel), "{rel} is embedded");
            // Not assert_eq: a mismatch would print both files as numbers.
            assert!(
                file(rel) == Some(want.as_slice()),
                "{rel} is not embedded as it is on disk"
            );
        }
        let mut embedded: Vec<String> = folders()
            .flat_map(|f| files_below(f).into_iter().map(move |p| format!("{f}/{p}")))
            .collect();
        embedded.sort();
        assert_eq!(
            embedded, on_disk,
            "the embedded files are the files of problems/"
        );
    }

    #[test]
    fn lookups_take_paths_as_a_folder_on_disk_does() {
        let yaml = file("two-sum/problem.yaml").unwrap();
        assert!(std::str::from_utf8(yaml)
            .unwrap()
            .contains("\ntitle: Two Sum\n"));
        for (rel, found) in [
            ("two-sum/problem.yaml", true),
            ("two-sum/./problem.yaml", true),
            ("two-sum//problem.yaml", true),
            ("two-sum/statement.md", true),
            ("two-sum", false),
            ("two-sum/solutions", false),
            ("lists", false),
            ("two-sum/missing.md", false),
            ("two-sum/../two-sum/problem.yaml", false),
            ("./two-sum/problem.yaml", false),
            ("/two-sum/problem.yaml", false),
            ("two-sum/problem.yaml/x", false),
            ("no-such-problem/problem.yaml", false),
            ("", false),
        ] {
            assert_eq!(has_file(rel), found, "{rel}");
            assert_eq!(file(rel).is_some(), found, "{rel}");
        }
        assert!(files_below("two-sum/solutions")
            .iter()
            .any(|p| p.starts_with("accepted/")));
        assert!(files_below("two-sum").contains(&"problem.yaml"));
        assert!(files_below("two-sum/problem.yaml").is_empty());
        assert!(
            files_below("two-sum/sol").is_empty(),
            "a prefix of a name is not a folder"
        );
        assert!(files_below("../two-sum").is_empty());
    }
}
