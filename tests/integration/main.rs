//! Integration tests: they drive the built `judge` binary over the fixture problems in
//! `tests/fixtures/` and the built-in catalog. One binary, so the helpers are shared.

mod util;

mod catalog;
mod check;
mod cli;
mod complexity;
mod firstrun;
mod golden;
mod hostile;
mod hostile_catalog;
mod html_report;
mod kattis;
mod mock;
mod progressive;
mod readme;
mod review;
mod stress;
mod teach;
mod verdicts;
