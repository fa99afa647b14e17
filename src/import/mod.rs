//! Importing problems from other formats into judge's own (docs/problem-format.md): Kattis and
//! ICPC problem packages (`judge import kattis`, docs/kattis.md).

mod command;
mod flags;
mod kattis;
mod latex;
mod package;
mod statement;
mod testdata;
mod yaml;

pub use command::{import_kattis, KattisOptions};
