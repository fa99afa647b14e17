// Two jobs for the built-in catalog, `problems/`:
//
// 1. Pack it into the binary, compressed: each top-level folder (a problem, or `lists`) becomes
//    one zlib stream in $OUT_DIR/catalog/, and $OUT_DIR/catalog_files.rs the uncompressed table
//    of its files (path and byte range) that src/catalog/embedded.rs reads. One stream per
//    folder, not one for the whole catalog, so that reading a problem inflates that problem
//    only; not one per file, because the files of a problem share most of their words (at level
//    9 the folders pack to 29% of their size, their files one by one to 40%). Cargo scans every
//    file below a folder named by `rerun-if-changed`, so any edit of the catalog rebuilds judge.
// 2. An index of what `judge list` shows of every problem (slug, title, difficulty, tags, kind),
//    written to $OUT_DIR/catalog_index.rs, so that listing the built-in catalog parses no YAML.
//    Only the simplest form of each key is read here (one line, a plain scalar, tags as a flow
//    list of plain words); a problem written any other way is left out of the index and is parsed
//    at run time as before. A unit test (catalog::index) checks the index against a full parse.
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// zlib's best level (miniz_oxide's 10 is a slower, non-standard one).
const LEVEL: u8 = 9;

fn main() {
    println!("cargo:rerun-if-changed=problems");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("problems");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    // Only folders: a loose file at the top of problems/ is no problem and is never read.
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .map(|it| {
            it.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    pack(&dirs, &out_dir);
    index(&dirs, &out_dir);
}

/// Job 1: the packed folders and their table.
fn pack(dirs: &[PathBuf], out_dir: &Path) {
    let dest = out_dir.join("catalog");
    std::fs::create_dir_all(&dest).unwrap();
    let mut table = String::new();
    for dir in dirs {
        let name = utf8(dir.file_name().unwrap(), dir);
        let mut files = Vec::new();
        walk(dir, dir, &mut files);
        files.sort();
        let mut stream = Vec::new();
        let mut ranges = String::new();
        for (rel, path) in &files {
            let start = stream.len();
            let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            stream.extend(bytes);
            let _ = write!(ranges, "({rel:?}, {start}, {}), ", stream.len());
        }
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(&stream, LEVEL);
        let file = dest.join(format!("{name}.zlib"));
        std::fs::write(&file, packed).unwrap();
        let _ = writeln!(
            table,
            "    Folder {{ name: {name:?}, packed: include_bytes!({:?}), len: {}, files: &[{ranges}] }},",
            utf8(file.as_os_str(), &file),
            stream.len()
        );
    }
    let code = format!(
        "const COUNT: usize = {};\nstatic FOLDERS: [Folder; COUNT] = [\n{table}];\n",
        dirs.len()
    );
    std::fs::write(out_dir.join("catalog_files.rs"), code).unwrap();
}

/// Every file below `dir` (following symbolic links, as reading them does), with its path
/// relative to `root`, `/`-separated.
fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(root, &path, out);
        } else {
            let rel = path.strip_prefix(root).unwrap();
            let parts: Vec<&str> = rel.iter().map(|p| utf8(p, &path)).collect();
            out.push((parts.join("/"), path));
        }
    }
}

fn utf8<'a>(name: &'a std::ffi::OsStr, path: &Path) -> &'a str {
    name.to_str()
        .unwrap_or_else(|| panic!("{}: the catalog's file names must be UTF-8", path.display()))
}

/// Job 2: the index of what `judge list` shows.
fn index(dirs: &[PathBuf], out_dir: &Path) {
    let mut out = String::from("&[\n");
    for dir in dirs {
        let (Some(slug), Ok(text)) = (
            dir.file_name().and_then(|s| s.to_str()),
            std::fs::read_to_string(dir.join("problem.yaml")),
        ) else {
            continue;
        };
        if let Some(e) = entry(&text) {
            let _ = writeln!(
                out,
                "    Entry {{ slug: {slug:?}, title: {:?}, difficulty: {:?}, tags: &{:?}, kind: {:?} }},",
                e.title, e.difficulty, e.tags, e.kind
            );
        }
    }
    out.push(']');
    std::fs::write(out_dir.join("catalog_index.rs"), out).unwrap();
}

struct Found<'a> {
    title: &'a str,
    difficulty: &'a str,
    tags: Vec<&'a str>,
    kind: &'a str,
}

/// The indexed keys of one problem.yaml, or None if any is not in its simplest form.
fn entry(text: &str) -> Option<Found<'_>> {
    let mut title = None;
    let mut difficulty = None;
    let mut tags = None;
    let mut kind = None;
    for line in text.lines() {
        let slot = match line.split_once(':') {
            Some(("title", v)) => (&mut title, v),
            Some(("difficulty", v)) => (&mut difficulty, v),
            Some(("tags", v)) => (&mut tags, v),
            Some(("kind", v)) => (&mut kind, v),
            _ => continue,
        };
        if slot.0.replace(slot.1).is_some() {
            return None; // a key given twice is the parser's to report
        }
    }
    let title = plain(title?)?;
    let difficulty = plain(difficulty?)?;
    let kind = match kind {
        Some(k) => plain(k)?,
        None => "stdio",
    };
    let tags = match tags {
        None => Vec::new(),
        Some(t) => {
            let inner = t.trim().strip_prefix('[')?.strip_suffix(']')?;
            if inner.trim().is_empty() {
                Vec::new()
            } else {
                inner
                    .split(',')
                    .map(|t| scalar(t.trim()))
                    .collect::<Option<Vec<_>>>()?
            }
        }
    };
    let known = |v: &str, of: &[&str]| of.contains(&v);
    (known(difficulty, &["easy", "medium", "hard"])
        && known(kind, &["stdio", "function", "design", "progressive"]))
    .then_some(Found {
        title,
        difficulty,
        tags,
        kind,
    })
}

/// The value after `key:` on the key's own line, if it is a plain scalar (see [`scalar`]).
fn plain(after_colon: &str) -> Option<&str> {
    scalar(after_colon.strip_prefix(' ')?.trim())
}

/// A YAML plain scalar that means exactly its text: no quotes, indicators, comments or escapes.
fn scalar(v: &str) -> Option<&str> {
    let first = v.chars().next()?;
    let safe_first = first.is_ascii_alphanumeric() || "(".contains(first);
    let bad = v.contains(": ")
        || v.contains(" #")
        || v.contains(['\t', '"', '\'', '\\', '\0', '[', ']', '{', '}'])
        || v.ends_with(':')
        || !v.is_ascii()
        || v.len() > 200;
    (safe_first && !bad && !matches!(v, "null" | "Null" | "NULL" | "~" | "true" | "false"))
        .then_some(v)
}
