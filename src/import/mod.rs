//! Importing problems from other formats into judge's own (docs/problem-format.md): Kattis and
//! ICPC problem packages (`judge import kattis`, docs/kattis.md).

mod command;
mod kattis;
mod latex;
mod yaml;

pub use command::{import_kattis, KattisOptions};
