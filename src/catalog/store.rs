//! Catalog storage: which problem folders a [`Catalog`] holds, which layer owns a problem, and
//! reading a problem's files by catalog-relative path (`slug/...`) from the built-in catalog or a
//! folder on disk.

use std::path::PathBuf;

use super::{embedded, Catalog, CatalogError};

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
        Catalog::Builtin => embedded::folders()
            .filter(|name| embedded::has_file(&format!("{name}/{PROBLEM_FILE}")))
            .map(str::to_string)
            .collect(),
        Catalog::Dir(dir) => {
            let entries = std::fs::read_dir(dir).map_err(|source| CatalogError::Read {
                file: dir.display().to_string(),
                source,
            })?;
            entries
                .flatten()
                // Any entry named problem.yaml counts: one that is a directory, a FIFO or a broken
                // link is reported when the problem loads, not skipped in silence.
                .filter(|e| std::fs::symlink_metadata(e.path().join(PROBLEM_FILE)).is_ok())
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
            .find(|l| present(l, &format!("{slug}/{PROBLEM_FILE}")))
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
        Catalog::Builtin => embedded::file(rel)
            .map(<[u8]>::to_vec)
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
        Catalog::Builtin => embedded::has_file(rel),
        Catalog::Dir(dir) => dir.join(rel).is_file(),
        Catalog::Layered(_) => match owner_of_path(catalog, rel) {
            Catalog::Layered(_) => false,
            layer => exists(layer, rel),
        },
    }
}

/// Whether anything (of any file type, even a broken link) is at a catalog-relative path.
fn present(catalog: &Catalog, rel: &str) -> bool {
    match catalog {
        Catalog::Dir(dir) => std::fs::symlink_metadata(dir.join(rel)).is_ok(),
        _ => exists(catalog, rel),
    }
}

/// Why a path named by a problem's YAML cannot be used, or `Ok` when it names a regular file
/// inside the problem's own folder after following symlinks. `name` is the path as written.
///
/// A problem folder is untrusted input: without this check a `statement_file: /etc/passwd` is
/// printed by `judge show`, a `generate: {program: ../../x}` is written outside the catalog and a
/// test file symlinked to `/etc/shadow` is quoted in a parse error.
pub(super) fn confined(catalog: &Catalog, slug: &str, name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("the path is empty".to_string());
    }
    if name.contains('\0') {
        return Err("the path contains a NUL byte".to_string());
    }
    let path = std::path::Path::new(name);
    if path.is_absolute() || name.starts_with('~') {
        return Err(format!(
            "`{}` is an absolute path: paths are relative to the problem folder",
            shown(name)
        ));
    }
    if path.components().any(|c| {
        !matches!(
            c,
            std::path::Component::Normal(_) | std::path::Component::CurDir
        )
    }) {
        return Err(format!(
            "`{}` leaves the problem folder (`..`): files must be inside it",
            shown(name)
        ));
    }
    let catalog = owner(catalog, slug);
    let rel = format!("{slug}/{name}");
    match catalog {
        Catalog::Builtin | Catalog::Layered(_) => {
            if exists(catalog, &rel) {
                Ok(())
            } else {
                Err(format!("`{}` not found", shown(name)))
            }
        }
        Catalog::Dir(dir) => {
            let folder = dir.join(slug);
            let full = folder.join(name);
            let meta = match std::fs::symlink_metadata(&full) {
                Ok(m) => m,
                Err(_) => return Err(format!("`{}` not found", shown(name))),
            };
            let real_folder = folder
                .canonicalize()
                .map_err(|e| format!("the problem folder cannot be resolved: {e}"))?;
            let real = match full.canonicalize() {
                Ok(r) => r,
                Err(e) if meta.file_type().is_symlink() => {
                    return Err(format!(
                        "`{}` is a symbolic link that cannot be followed ({})",
                        shown(name),
                        io_reason(&e)
                    ))
                }
                Err(e) => {
                    return Err(format!(
                        "`{}` cannot be resolved: {}",
                        shown(name),
                        io_reason(&e)
                    ))
                }
            };
            if !real.starts_with(&real_folder) {
                return Err(format!(
                    "`{}` resolves outside the problem folder (a symbolic link leaves it)",
                    shown(name)
                ));
            }
            let kind = std::fs::metadata(&real)
                .map(|m| file_kind(&m))
                .unwrap_or("unreadable");
            if kind != "file" {
                return Err(format!("`{}` is a {kind}, not a regular file", shown(name)));
            }
            Ok(())
        }
    }
}

/// Whether a catalog-relative path is a regular file, checked without reading it (a FIFO named
/// `problem.yaml` would block a read forever). `Err` says what it is instead.
pub(super) fn regular_file(catalog: &Catalog, rel: &str) -> Result<(), String> {
    let catalog = owner_of_path(catalog, rel);
    let Catalog::Dir(dir) = catalog else {
        return Ok(());
    };
    let path = dir.join(rel);
    let link = std::fs::symlink_metadata(&path).map_err(|e| io_reason(&e))?;
    match std::fs::metadata(&path) {
        Ok(m) if m.is_file() => Ok(()),
        Ok(m) => Err(format!("it is a {}, not a regular file", file_kind(&m))),
        Err(e) if link.file_type().is_symlink() => Err(format!(
            "it is a symbolic link that cannot be followed ({})",
            io_reason(&e)
        )),
        Err(e) => Err(io_reason(&e)),
    }
}

fn file_kind(m: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = m.file_type();
    if t.is_file() {
        "file"
    } else if t.is_dir() {
        "directory"
    } else if t.is_fifo() {
        "FIFO (named pipe)"
    } else if t.is_socket() {
        "socket"
    } else if t.is_block_device() || t.is_char_device() {
        "device"
    } else {
        "special file"
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        Some(40) => "a loop of symbolic links".to_string(),
        Some(2) => "its target does not exist".to_string(),
        _ => e.kind().to_string(),
    }
}

/// A path as quoted in a message: at most 200 characters, control characters escaped.
pub(super) fn shown(name: &str) -> String {
    let mut out: String = name
        .chars()
        .take(200)
        .flat_map(char::escape_debug)
        .collect();
    if name.chars().count() > 200 {
        out.push('…');
    }
    out
}
