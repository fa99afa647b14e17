//! The package on disk: reading its files and folders, with [`ImportError`]s that name the file,
//! and the YAML shapes its files share.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::catalog::{CatalogError, Difficulty};

/// Why a package cannot be imported. `Display` is the headline; [`ImportError::details`] the
/// lines under it.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{0}")]
    Yaml(CatalogError),
    #[error("cannot read {file}: {source}")]
    Read {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}: {message}")]
    Invalid {
        file: String,
        message: String,
        help: String,
    },
    #[error("cannot import {package}: {what}")]
    Unsupported {
        package: String,
        what: String,
        help: String,
    },
}

impl ImportError {
    pub fn details(&self) -> String {
        match self {
            ImportError::Yaml(e) => e.details(),
            ImportError::Read { .. } => String::new(),
            ImportError::Invalid { help, .. } | ImportError::Unsupported { help, .. } => {
                format!("help: {help}")
            }
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged, expecting = "a string or a list of strings")]
pub(super) enum Words {
    One(String),
    Many(Vec<String>),
}

impl Words {
    /// The words: a string is split on whitespace, a list taken item by item.
    pub(super) fn split(&self) -> Vec<String> {
        match self {
            Words::One(s) => s.split_whitespace().map(str::to_string).collect(),
            Words::Many(v) => v.clone(),
        }
    }
}

/// A package path as shown in messages: the package folder as given, joined with `rel`.
pub(super) fn shown(pkg: &Path, rel: &str) -> String {
    pkg.join(rel).display().to_string()
}

pub(super) fn read_bytes(pkg: &Path, rel: &str) -> Result<Vec<u8>, ImportError> {
    std::fs::read(pkg.join(rel)).map_err(|source| ImportError::Read {
        file: shown(pkg, rel),
        source,
    })
}

pub(super) fn read_text(pkg: &Path, rel: &str) -> Result<String, ImportError> {
    let bytes = read_bytes(pkg, rel)?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        ImportError::Invalid {
            file: shown(pkg, rel),
            message: format!("not UTF-8 text (byte {} on line {line})", at + 1),
            help: "judge's problems are text; convert the file to UTF-8".to_string(),
        }
    })
}

pub(super) fn parse_yaml<T: serde::de::DeserializeOwned + Default>(
    pkg: &Path,
    rel: &str,
) -> Result<T, ImportError> {
    let text = read_text(pkg, rel)?;
    // An empty file is all defaults (problemtools reads it so).
    if text.trim().is_empty() {
        return Ok(T::default());
    }
    crate::catalog::parse_yaml(&shown(pkg, rel), &text).map_err(ImportError::Yaml)
}

/// The entries of a folder, sorted by name (bytes), hidden ones left out.
pub(super) fn entries(pkg: &Path, rel: &str) -> Result<Vec<(String, bool)>, ImportError> {
    let dir = pkg.join(rel);
    let read = std::fs::read_dir(&dir).map_err(|source| ImportError::Read {
        file: dir.display().to_string(),
        source,
    })?;
    let mut out = Vec::new();
    for e in read {
        let e = e.map_err(|source| ImportError::Read {
            file: dir.display().to_string(),
            source,
        })?;
        let name = e.file_name().to_string_lossy().into_owned();
        if !name.starts_with('.') {
            out.push((name, e.path().is_dir()));
        }
    }
    out.sort();
    Ok(out)
}

pub(super) fn is_nonempty_dir(path: &Path) -> bool {
    std::fs::read_dir(path).is_ok_and(|mut d| d.next().is_some())
}

/// What the user chose on the command line.
#[derive(Debug, Clone)]
pub struct Options {
    pub slug: Option<String>,
    pub difficulty: Difficulty,
    /// Import a problem with a custom output validator, judged by the default validator's rules.
    pub ignore_output_validator: bool,
}

// ---------------------------------------------------------------------------------------------
// The package's YAML files, read leniently: unknown keys are ignored, as the legacy format asks.

#[derive(Debug, Default, Deserialize)]
pub(super) struct ProblemYaml {
    pub(super) problem_format_version: Option<String>,
    pub(super) name: Option<Names>,
    #[serde(rename = "type")]
    pub(super) kind: Option<Words>,
    pub(super) author: Option<String>,
    pub(super) credits: Option<serde_json::Value>,
    pub(super) source: Option<serde_json::Value>,
    pub(super) source_url: Option<String>,
    pub(super) license: Option<String>,
    pub(super) rights_owner: Option<String>,
    pub(super) keywords: Option<Words>,
    pub(super) validation: Option<String>,
    pub(super) validator_flags: Option<String>,
    pub(super) limits: Option<LimitsYaml>,
    pub(super) constants: Option<BTreeMap<String, serde_json::Value>>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged, expecting = "a name, or a map of language codes to names")]
pub(super) enum Names {
    One(String),
    ByLanguage(BTreeMap<String, String>),
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct LimitsYaml {
    pub(super) time_limit: Option<f64>,
    pub(super) memory: Option<f64>,
    pub(super) output: Option<f64>,
}
