// Two jobs for the built-in catalog, which is embedded with include_dir:
//
// 1. include_dir cannot tell cargo to rebuild when a problem file changes; this does.
// 2. An index of what `judge list` shows of every problem (slug, title, difficulty, tags, kind),
//    written to $OUT_DIR/catalog_index.rs, so that listing the built-in catalog parses no YAML.
//    Only the simplest form of each key is read here (one line, a plain scalar, tags as a flow
//    list of plain words); a problem written any other way is left out of the index and is parsed
//    at run time as before. A unit test (catalog::index) checks the index against a full parse.
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=problems");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("problems");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .map(|it| it.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    dirs.sort();
    let mut out = String::from("&[\n");
    for dir in dirs {
        let yaml = dir.join("problem.yaml");
        println!("cargo:rerun-if-changed={}", yaml.display());
        let (Some(slug), Ok(text)) = (
            dir.file_name().and_then(|s| s.to_str()),
            std::fs::read_to_string(&yaml),
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
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalog_index.rs");
    std::fs::write(dest, out).unwrap();
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
