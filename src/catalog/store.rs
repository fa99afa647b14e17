//! Catalog storage: which problem folders a [`Catalog`] holds, which layer owns a problem, and
//! reading a problem's files by catalog-relative path (`slug/...`) from the built-in catalog or a
//! folder on disk.

use std::path::PathBuf;

use super::{Catalog, CatalogError, BUILTIN};

pub(super) const PROBLEM_FILE: &str = "problem.yaml";

pub(super) fn slugs(catalog: &Catalog) -> Result<Vec<String>, CatalogError> {
    let mut slugs = listed(catalog)?;
    if slugs.is_empty() {
        return Err(CatalogError::Empty {
            dir: catalog.describe(),
        });
    }
    slugs.sort();
    slugs.dedup();
    Ok(slugs)
}

/// The problem folders of a catalog, in no particular order; a layer may be empty.
fn listed(catalog: &Catalog) -> Result<Vec<String>, CatalogError> {
    Ok(match catalog {
        Catalog::Builtin => BUILTIN
            .dirs()
            .filter(|d| d.get_file(d.path().join(PROBLEM_FILE)).is_some())
            .filter_map(|d| d.path().file_name()?.to_str().map(str::to_string))
            .collect(),
        Catalog::Dir(dir) => {
            let entries = std::fs::read_dir(dir).map_err(|source| CatalogError::Read {
                file: dir.display().to_string(),
                source,
            })?;
            entries
                .flatten()
                .filter(|e| e.path().join(PROBLEM_FILE).is_file())
                .filter_map(|e| e.file_name().to_str().map(str::to_string))
                .collect()
        }
        Catalog::Layered(layers) => {
            let mut all = Vec::new();
            for layer in layers {
                all.extend(listed(layer)?);
            }
            all
        }
    })
}

/// The layer a problem is read from: the first that has it (the last one if none does, so
/// that errors name a real place).
pub(super) fn owner<'a>(catalog: &'a Catalog, slug: &str) -> &'a Catalog {
    match catalog {
        Catalog::Layered(layers) => layers
            .iter()
            .map(|l| owner(l, slug))
            .find(|l| exists(l, &format!("{slug}/{PROBLEM_FILE}")))
            .or_else(|| layers.last().map(|l| owner(l, slug)))
            .unwrap_or(catalog),
        _ => catalog,
    }
}

/// The layer that owns a catalog-relative path `slug/...`.
fn owner_of_path<'a>(catalog: &'a Catalog, rel: &str) -> &'a Catalog {
    owner(catalog, rel.split('/').next().unwrap_or(rel))
}

/// The path of a catalog file as shown in messages.
pub(super) fn display_path(catalog: &Catalog, rel: &str) -> String {
    match catalog {
        Catalog::Builtin => format!("<built-in>/{rel}"),
        Catalog::Dir(dir) => dir.join(rel).display().to_string(),
        Catalog::Layered(_) => match owner_of_path(catalog, rel) {
            Catalog::Layered(_) => format!("<no catalog>/{rel}"),
            layer => display_path(layer, rel),
        },
    }
}

pub(super) fn read_bytes(catalog: &Catalog, rel: &str) -> Result<Vec<u8>, CatalogError> {
    let not_found = || CatalogError::Read {
        file: display_path(catalog, rel),
        source: std::io::Error::new(std::io::ErrorKind::NotFound, "file not found"),
    };
    match catalog {
        Catalog::Builtin => BUILTIN
            .get_file(rel)
            .map(|f| f.contents().to_vec())
            .ok_or_else(not_found),
        Catalog::Dir(dir) => {
            let path: PathBuf = dir.join(rel);
            std::fs::read(&path).map_err(|source| CatalogError::Read {
                file: path.display().to_string(),
                source,
            })
        }
        Catalog::Layered(_) => match owner_of_path(catalog, rel) {
            Catalog::Layered(_) => Err(not_found()),
            layer => read_bytes(layer, rel),
        },
    }
}

pub(super) fn read_text(catalog: &Catalog, rel: &str) -> Result<String, CatalogError> {
    let bytes = read_bytes(catalog, rel)?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        let column =
            (valid.len() - valid.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1)) as u64 + 1;
        CatalogError::Located {
            file: display_path(catalog, rel),
            line,
            column,
            message: "the file is not valid UTF-8".to_string(),
            source_line: None,
            help: Some("save the file as UTF-8".to_string()),
        }
    })
}

pub(super) fn exists(catalog: &Catalog, rel: &str) -> bool {
    match catalog {
        Catalog::Builtin => BUILTIN.get_file(rel).is_some(),
        Catalog::Dir(dir) => dir.join(rel).is_file(),
        Catalog::Layered(_) => match owner_of_path(catalog, rel) {
            Catalog::Layered(_) => false,
            layer => exists(layer, rel),
        },
    }
}
