//! Solution listing: the reference solutions a problem ships under
//! `solutions/<category>/<file>`, used by `judge check` and `judge validate`.

use super::store::owner;
use super::{Catalog, CatalogError};

pub(super) fn solution_files(
    catalog: &Catalog,
    slug: &str,
) -> Result<Vec<super::SolutionFile>, CatalogError> {
    let mut out = Vec::new();
    match owner(catalog, slug) {
        // Only a catalog with no layers at all: it has no solutions.
        Catalog::Layered(_) => {}
        Catalog::Builtin => {
            let dir = format!("{slug}/solutions");
            for path in super::embedded::files_below(&dir) {
                // `solutions/<category>/<file>`: a file at any other depth is no solution.
                let Some((category, name)) = path.split_once('/').filter(|(_, n)| !n.contains('/'))
                else {
                    continue;
                };
                if let Some(contents) = super::embedded::file(&format!("{dir}/{path}")) {
                    out.push(super::SolutionFile {
                        category: category.to_string(),
                        name: name.to_string(),
                        contents: contents.to_vec(),
                    });
                }
            }
        }
        Catalog::Dir(root) => {
            let dir = root.join(slug).join("solutions");
            let folder = root.join(slug).canonicalize().ok();
            if let Ok(cats) = std::fs::read_dir(&dir) {
                for cat in cats.flatten().filter(|e| e.path().is_dir()) {
                    let category = cat.file_name().to_string_lossy().into_owned();
                    for f in std::fs::read_dir(cat.path())
                        .into_iter()
                        .flatten()
                        .flatten()
                    {
                        if !f.path().is_file() {
                            continue;
                        }
                        // A symbolic link out of the problem folder is not a solution of it.
                        let inside = f.path().canonicalize().ok().zip(folder.as_ref());
                        if !inside.is_some_and(|(real, folder)| real.starts_with(folder)) {
                            return Err(CatalogError::Invalid {
                                file: f.path().display().to_string(),
                                message: "the solution resolves outside the problem folder"
                                    .to_string(),
                                help: Some(
                                    "copy the file into solutions/ instead of linking it"
                                        .to_string(),
                                ),
                            });
                        }
                        let contents =
                            std::fs::read(f.path()).map_err(|source| CatalogError::Read {
                                file: f.path().display().to_string(),
                                source,
                            })?;
                        out.push(super::SolutionFile {
                            category: category.clone(),
                            name: f.file_name().to_string_lossy().into_owned(),
                            contents,
                        });
                    }
                }
            }
        }
    }
    out.sort_by(|a, b| (&a.category, &a.name).cmp(&(&b.category, &b.name)));
    Ok(out)
}
