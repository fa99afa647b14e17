//! Importing problems from other formats into judge's own (docs/problem-format.md): Kattis and
//! ICPC problem packages (`judge import kattis`, docs/kattis.md).

pub(crate) mod flags;
pub(crate) mod kattis;
mod latex;
mod package;
mod statement;
pub(crate) mod testdata;
pub(crate) mod yaml;

pub use package::ImportError;
