//! judge: a local coding-challenge judge. See the README for what it does and `docs/` for the
//! problem format. The binary's `main` is in `main.rs`; everything else is here.

#![forbid(unsafe_code)]

pub mod app;
pub mod catalog;
pub mod check;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod compare;
pub mod complexity;
pub mod custom;
pub mod exit;
pub mod generate;
pub mod harness;
pub mod history;
pub mod import;
pub mod isolation;
pub mod lang;
pub mod mock;
pub mod paths;
pub mod report;
pub mod runner;
pub mod ser;
pub mod starter;
pub mod stress;
pub mod validate;
pub mod verdict;
