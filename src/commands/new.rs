//! `judge new`: a starter file with the problem's signature and examples.

use std::path::PathBuf;

use crate::app::Global;
use crate::exit::Failure;

pub fn new(
    global: &Global,
    slug: &str,
    lang: &str,
    output: Option<PathBuf>,
    force: bool,
    level: Option<usize>,
) -> Result<(), Failure> {
    let mut problem = global.catalog().problem(slug)?;
    // A progressive problem's starter is the class up to a level: level 1 unless asked.
    if problem.level_count() > 0 || level.is_some() {
        problem = problem
            .at_level(level.unwrap_or(1))
            .map_err(crate::app::level_error)?;
    }
    let language = match lang {
        "rs" => crate::lang::Language::Rust,
        _ => crate::lang::Language::Python,
    };
    let path = output.unwrap_or_else(|| PathBuf::from(format!("{slug}.{lang}")));
    let lang_of_path = crate::lang::Language::from_path(&path)?;
    if lang_of_path != language {
        return Err(Failure::usage(
            format!("{} is not a .{lang} file", path.display()),
            format!("help: name the file with the .{lang} extension, or pass --lang to match it"),
        ));
    }
    if path.exists() && !force {
        return Err(Failure::usage(
            format!("{} already exists", path.display()),
            "help: pass --force to overwrite it, or -o to write elsewhere",
        ));
    }
    if language == crate::lang::Language::Rust {
        if let Some(why) = crate::lang::rust_unsupported(&problem.interface) {
            return Err(Failure::usage(
                format!("{slug} has no Rust version: {why}"),
                "help: LeetCode has none either; use --lang py",
            ));
        }
    }
    let shown = path.display().to_string();
    let text = crate::starter::starter(&problem, language, &shown);
    // `-o practice/arrays/two-sum.py` makes the folders it names.
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| {
            Failure::usage(
                format!("cannot create the folder {}: {e}", dir.display()),
                "",
            )
        })?;
    }
    std::fs::write(&path, text)
        .map_err(|e| Failure::usage(format!("cannot write {shown}: {e}"), ""))?;
    let style = global.style();
    println!(
        "wrote {} · next: {}",
        style.bold(&shown),
        style.bold(&format!(
            "judge run {slug} {shown}{}",
            match problem.level_count() {
                0 => String::new(),
                n => format!(" --level {n}"),
            }
        ))
    );
    Ok(())
}
