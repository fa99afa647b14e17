//! The tests of a package: `data/sample` and `data/secret` read in the package's order
//! ([`read_tests`]), with the validator flags of their groups (`testdata.yaml`,
//! `test_group.yaml`, `<test>.yaml`), then named, freed of exact duplicates and given their
//! comparison ([`name_and_compare`]).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use serde::Deserialize;

use super::flags::{comparison, parse_flags, Compare, ValidatorFlags};
use super::package::{entries, parse_yaml, read_text, shown, ImportError, Options, Words};

/// A test ready to write in judge's format.
#[derive(Debug, Clone)]
pub struct Test {
    pub name: String,
    pub sample: bool,
    pub input: String,
    pub output: String,
    pub compare: Compare,
    /// The test's path under `data/` without extension (`secret/group1/03`).
    pub data_path: String,
    /// The test file it goes to: `sample`, `secret`, or the secret subgroup's name.
    pub file_group: String,
}

/// `testdata.yaml` / `test_group.yaml` of a test group, or `<test>.yaml` of one test.
#[derive(Debug, Default, Clone, Deserialize)]
struct GroupYaml {
    /// Legacy: appended to problem.yaml's `validator_flags`.
    output_validator_flags: Option<String>,
    /// 2023-07: the validator's arguments.
    output_validator_args: Option<Words>,
    /// Command-line arguments of the submission, which judge cannot pass.
    args: Option<Words>,
}

impl GroupYaml {
    /// This configuration under `parent`'s: keys it does not set are inherited.
    fn under(self, parent: &GroupYaml) -> GroupYaml {
        GroupYaml {
            output_validator_flags: self
                .output_validator_flags
                .or_else(|| parent.output_validator_flags.clone()),
            output_validator_args: self
                .output_validator_args
                .or_else(|| parent.output_validator_args.clone()),
            args: self.args.or_else(|| parent.args.clone()),
        }
    }
}

/// A test as found in the package, before naming.
pub(super) struct RawTest {
    /// The path under `data/` without extension: `secret/group1/03`.
    data_path: String,
    sample: bool,
    input: String,
    output: String,
    /// Validator flags from the test groups and the test's own `.yaml`.
    flags: Vec<String>,
    /// The files the flags came from.
    flags_from: Vec<String>,
}

/// Reads `data/sample` and `data/secret` in the package's order: by name, groups in place.
pub(super) fn read_tests(
    pkg: &Path,
    warnings: &mut Vec<String>,
) -> Result<Vec<RawTest>, ImportError> {
    if !pkg.join("data").is_dir() {
        return Err(ImportError::Invalid {
            file: shown(pkg, "data"),
            message: "not found: the package has no test data".to_string(),
            help: "tests are data/sample/*.in and data/secret/**/*.in with their .ans files"
                .to_string(),
        });
    }
    let mut walk = Walk {
        pkg,
        tests: Vec::new(),
        other_files: BTreeMap::new(),
        with_args: Vec::new(),
    };
    let root = walk.group_config("data", &GroupYaml::default())?;
    let mut ignored = Vec::new();
    for (name, is_dir) in entries(pkg, "data")? {
        match (name.as_str(), is_dir) {
            ("sample" | "secret", true) => walk.group(&format!("data/{name}"), &root, 0)?,
            ("testdata.yaml" | "test_group.yaml", false) => {}
            (_, true) => ignored.push(format!("data/{name}/")),
            (_, false) => ignored.push(format!("data/{name}")),
        }
    }
    if !ignored.is_empty() {
        warnings.push(format!(
            "not imported (only data/sample and data/secret hold tests): {}",
            ignored.join(", ")
        ));
    }
    if !walk.other_files.is_empty() {
        let list: Vec<String> = walk
            .other_files
            .iter()
            .map(|(ext, n)| format!("{n} {ext}"))
            .collect();
        warnings.push(format!(
            "other files in data/ not imported: {}",
            list.join(", ")
        ));
    }
    if !walk.with_args.is_empty() {
        warnings.push(format!(
            "tests with command-line arguments (`args`), which judge does not pass: {}",
            walk.with_args.join(", ")
        ));
    }
    if walk.tests.is_empty() {
        return Err(ImportError::Invalid {
            file: shown(pkg, "data"),
            message: "no tests: no .in file under data/sample or data/secret".to_string(),
            help: "tests are data/sample/*.in and data/secret/**/*.in with their .ans files"
                .to_string(),
        });
    }
    Ok(walk.tests)
}

struct Walk<'a> {
    pkg: &'a Path,
    tests: Vec<RawTest>,
    /// Files that are not tests, by extension, counted.
    other_files: BTreeMap<String, usize>,
    with_args: Vec<String>,
}

impl Walk<'_> {
    /// The group's configuration under its parent's.
    fn group_config(&self, rel: &str, parent: &GroupYaml) -> Result<GroupYaml, ImportError> {
        let mut cfg = parent.clone();
        for file in ["testdata.yaml", "test_group.yaml"] {
            let f = format!("{rel}/{file}");
            if self.pkg.join(&f).is_file() {
                let own: GroupYaml = parse_yaml(self.pkg, &f)?;
                cfg = own.under(&cfg);
            }
        }
        Ok(cfg)
    }

    fn group(&mut self, rel: &str, parent: &GroupYaml, depth: usize) -> Result<(), ImportError> {
        if depth > 16 {
            return Err(ImportError::Invalid {
                file: shown(self.pkg, rel),
                message: "test groups nested too deep (a symbolic link loop?)".to_string(),
                help: "keep data/ a tree".to_string(),
            });
        }
        let cfg = self.group_config(rel, parent)?;
        let entries = entries(self.pkg, rel)?;
        let names: BTreeSet<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
        // Test cases (by base name) and subgroups, in name order.
        let mut items: Vec<(String, bool)> = Vec::new();
        for (name, is_dir) in &entries {
            let config = name == "testdata.yaml" || name == "test_group.yaml";
            let of_a_test = name
                .strip_suffix(".ans")
                .or_else(|| name.strip_suffix(".yaml"))
                .is_some_and(|b| names.contains(format!("{b}.in").as_str()));
            if *is_dir {
                items.push((name.clone(), true));
            } else if let Some(base) = name.strip_suffix(".in") {
                items.push((base.to_string(), false));
            } else if !config && !of_a_test {
                let ext = match name.rsplit_once('.') {
                    Some((_, e)) => format!(".{e}"),
                    None => "without extension".to_string(),
                };
                *self.other_files.entry(ext).or_default() += 1;
            }
        }
        items.sort();
        for (name, is_group) in items {
            let path = format!("{rel}/{name}");
            if is_group {
                self.group(&path, &cfg, depth + 1)?;
                continue;
            }
            let ans = format!("{path}.ans");
            if !names.contains(format!("{name}.ans").as_str()) {
                return Err(ImportError::Invalid {
                    file: shown(self.pkg, &format!("{path}.in")),
                    message: format!("has no answer file: {} is missing", shown(self.pkg, &ans)),
                    help: "every .in needs the .ans beside it that holds the expected output"
                        .to_string(),
                });
            }
            let mut test_cfg = cfg.clone();
            if names.contains(format!("{name}.yaml").as_str()) {
                let own: GroupYaml = parse_yaml(self.pkg, &format!("{path}.yaml"))?;
                test_cfg = own.under(&cfg);
            }
            let data_path = path["data/".len()..].to_string();
            if test_cfg
                .args
                .as_ref()
                .is_some_and(|a| !a.split().is_empty())
            {
                self.with_args.push(data_path.clone());
            }
            let mut flags = Vec::new();
            if let Some(f) = &test_cfg.output_validator_flags {
                flags.extend(f.split_whitespace().map(str::to_string));
            }
            if let Some(a) = &test_cfg.output_validator_args {
                flags.extend(a.split());
            }
            let flags_from = if flags.is_empty() {
                Vec::new()
            } else {
                self.flag_sources(&path)
            };
            self.tests.push(RawTest {
                sample: data_path.starts_with("sample/"),
                input: read_text(self.pkg, &format!("{path}.in"))?,
                output: read_text(self.pkg, &ans)?,
                data_path,
                flags,
                flags_from,
            });
        }
        Ok(())
    }

    /// The YAML files from `data/` down to a test that may set its flags.
    fn flag_sources(&self, test_path: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut dir = String::new();
        for part in test_path.split('/') {
            if !dir.is_empty() {
                for f in ["testdata.yaml", "test_group.yaml"] {
                    let rel = format!("{dir}/{f}");
                    if self.pkg.join(&rel).is_file() {
                        out.push(rel);
                    }
                }
                dir.push('/');
            }
            dir.push_str(part);
        }
        let own = format!("{test_path}.yaml");
        if self.pkg.join(&own).is_file() {
            out.push(own);
        }
        out
    }
}

/// The tests ready to write, from [`name_and_compare`].
#[derive(Debug)]
pub(super) struct Named {
    pub tests: Vec<Test>,
    /// Tests left out because they repeat an earlier one exactly: (name, earlier name).
    pub duplicates: Vec<(String, String)>,
    /// The comparison of most tests: the problem's.
    pub compare: Compare,
}

/// Names the tests, leaves out exact duplicates, and picks each test's comparison and the
/// problem's (the most common one).
pub(super) fn name_and_compare(
    raw: Vec<RawTest>,
    problem_flags: &[String],
    opts: &Options,
    warnings: &mut Vec<String>,
) -> Result<Named, ImportError> {
    // Names are paths under data/sample or data/secret, unless a sample and a secret test
    // would share one: then all keep their path under data/.
    let short = |p: &str| p.split_once('/').map_or(p, |(_, rest)| rest).to_string();
    let sample_names: BTreeSet<String> = raw
        .iter()
        .filter(|t| t.sample)
        .map(|t| short(&t.data_path))
        .collect();
    let collide = raw
        .iter()
        .any(|t| !t.sample && sample_names.contains(&short(&t.data_path)));
    if collide {
        warnings.push(
            "sample and secret tests share names: test names keep their path under data/ \
             (sample/1, secret/1)"
                .to_string(),
        );
    }
    let mut tests = Vec::new();
    let mut duplicates = Vec::new();
    let mut seen: HashMap<(&str, &str), String> = HashMap::new();
    let mut same_input: HashMap<&str, String> = HashMap::new();
    let mut flagged_unknown = BTreeSet::new();
    for t in &raw {
        let name = if collide {
            t.data_path.clone()
        } else {
            short(&t.data_path)
        };
        if let Some(first) = seen.get(&(t.input.as_str(), t.output.as_str())) {
            duplicates.push((name, first.clone()));
            continue;
        }
        seen.insert((&t.input, &t.output), name.clone());
        if let Some(first) = same_input.insert(&t.input, name.clone()) {
            warnings.push(format!(
                "tests {first} and {name} have the same input but different answers: \
                 `judge validate` will report them as duplicates"
            ));
        }
        let words: Vec<String> = problem_flags.iter().chain(&t.flags).cloned().collect();
        let mut sources = vec!["problem.yaml".to_string()];
        sources.extend(t.flags_from.iter().cloned());
        let (flags, unknown) = parse_flags(&words).map_err(|m| ImportError::Invalid {
            file: sources.join(", "),
            message: format!("validator flags of test {}: {m}", t.data_path),
            help: "the default validator takes case_sensitive, space_change_sensitive and \
                   float_tolerance, float_absolute_tolerance or float_relative_tolerance with a number"
                .to_string(),
        })?;
        if !unknown.is_empty() {
            if !opts.ignore_output_validator {
                return Err(ImportError::Invalid {
                    file: sources.join(", "),
                    message: format!(
                        "validator flags of test {}: unknown to the default validator: {}",
                        t.data_path,
                        unknown.join(" ")
                    ),
                    help: "the default validator takes case_sensitive, space_change_sensitive and \
                           float_tolerance, float_absolute_tolerance or float_relative_tolerance \
                           with a number; other flags belong to a custom validator"
                        .to_string(),
                });
            }
            flagged_unknown.extend(unknown);
        }
        let file_group = if t.sample {
            "sample".to_string()
        } else {
            match t.data_path["secret/".len()..].split_once('/') {
                Some((group, _)) => group.to_string(),
                None => "secret".to_string(),
            }
        };
        tests.push(Test {
            name,
            sample: t.sample,
            input: t.input.clone(),
            output: t.output.clone(),
            compare: comparison(&flags, &words.join(" ")),
            data_path: t.data_path.clone(),
            file_group,
        });
    }
    if !flagged_unknown.is_empty() {
        warnings.push(format!(
            "flags of the ignored custom validator left out: {}",
            flagged_unknown.into_iter().collect::<Vec<_>>().join(" ")
        ));
    }
    if !duplicates.is_empty() {
        let list: Vec<String> = duplicates
            .iter()
            .map(|(n, first)| format!("{n} (= {first})"))
            .collect();
        warnings.push(format!(
            "tests identical to an earlier one (input and answer) not imported: {}",
            list.join(", ")
        ));
    }
    // The problem's comparison is the most common; ties go to the first seen.
    let mut counts: Vec<(&Compare, usize)> = Vec::new();
    for t in &tests {
        match counts.iter_mut().find(|(c, _)| c.yaml == t.compare.yaml) {
            Some((_, n)) => *n += 1,
            None => counts.push((&t.compare, 1)),
        }
    }
    let compare = counts
        .iter()
        .rev()
        .max_by_key(|(_, n)| *n)
        .map(|(c, _)| (*c).clone())
        .unwrap_or_else(|| comparison(&ValidatorFlags::default(), ""));
    Ok(Named {
        tests,
        duplicates,
        compare,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Difficulty;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    fn raw(path: &str, input: &str, output: &str) -> RawTest {
        RawTest {
            data_path: path.to_string(),
            sample: path.starts_with("sample/"),
            input: input.to_string(),
            output: output.to_string(),
            flags: Vec::new(),
            flags_from: Vec::new(),
        }
    }

    fn opts() -> Options {
        Options {
            slug: None,
            difficulty: Difficulty::Medium,
            ignore_output_validator: false,
        }
    }

    #[test]
    fn names_keep_paths_and_collisions_keep_the_group() {
        let mut w = Vec::new();
        let Named {
            tests,
            duplicates: dups,
            ..
        } = name_and_compare(
            vec![
                raw("sample/1", "1", "1"),
                raw("secret/01-small", "2", "2"),
                raw("secret/group1/01", "3", "3"),
            ],
            &[],
            &opts(),
            &mut w,
        )
        .unwrap();
        let names: Vec<&str> = tests.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["1", "01-small", "group1/01"]);
        let groups: Vec<&str> = tests.iter().map(|t| t.file_group.as_str()).collect();
        assert_eq!(groups, ["sample", "secret", "group1"]);
        assert!(dups.is_empty() && w.is_empty(), "{w:?}");

        let Named { tests, .. } = name_and_compare(
            vec![raw("sample/1", "1", "1"), raw("secret/1", "2", "2")],
            &[],
            &opts(),
            &mut w,
        )
        .unwrap();
        let names: Vec<&str> = tests.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["sample/1", "secret/1"]);
        assert!(w[0].contains("share names"), "{w:?}");
    }

    #[test]
    fn exact_duplicates_are_left_out_and_said() {
        let mut w = Vec::new();
        let Named {
            tests,
            duplicates: dups,
            ..
        } = name_and_compare(
            vec![
                raw("sample/1", "1\n", "1\n"),
                raw("secret/00-sample", "1\n", "1\n"),
                raw("secret/02", "1\n", "2\n"),
            ],
            &[],
            &opts(),
            &mut w,
        )
        .unwrap();
        assert_eq!(tests.len(), 2);
        assert_eq!(dups, [("00-sample".to_string(), "1".to_string())]);
        assert!(w.iter().any(|m| m.contains("00-sample (= 1)")), "{w:?}");
        assert!(w.iter().any(|m| m.contains("same input")), "{w:?}");
    }

    #[test]
    fn the_most_common_comparison_is_the_problems() {
        let mut w = Vec::new();
        let mut group = raw("secret/g/1", "2", "2");
        group.flags = words("case_sensitive");
        let mut group2 = raw("secret/g/2", "3", "3");
        group2.flags = words("case_sensitive");
        let Named { tests, compare, .. } = name_and_compare(
            vec![raw("sample/1", "1", "1"), group, group2],
            &words("float_tolerance 1e-6"),
            &opts(),
            &mut w,
        )
        .unwrap();
        assert_eq!(compare.yaml, "{mode: float, abs_tol: 1e-6, rel_tol: 1e-6}");
        assert_eq!(
            tests[0].compare.yaml,
            "{mode: float, abs_tol: 1e-6, rel_tol: 1e-6, ignore_case: true}"
        );
        let err = name_and_compare(
            vec![raw("sample/1", "1", "1")],
            &words("maxOnly=yes"),
            &opts(),
            &mut w,
        )
        .unwrap_err();
        assert!(err.to_string().contains("maxOnly=yes"), "{err}");
    }
}
