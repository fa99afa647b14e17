//! Test values: the three test schemas (stdio, function, design) turned into runtime
//! [`TestCase`]s, and the checks of a function test's arguments or a design test's calls against
//! the problem's interface (shared with generated tests, see `generate.rs`).

use serde_saphyr::Spanned;

use super::load::{limits_override, TestSpecKind};
use super::spec::{
    CompareSpec, DesignTestSpec, FunctionTestSpec, GenerateSpec, LimitOverride, StdioTestSpec,
};
use super::{did_you_mean, DesignSig, Interface, Signature, TestCase, TestValues, ValueType};
use crate::compare::Comparison;

/// The accessors every test schema shares: its fields have the same names in all three.
macro_rules! common_test_accessors {
    () => {
        fn name(&self) -> &Spanned<String> {
            &self.name
        }
        fn compare(&self) -> Option<&Spanned<CompareSpec>> {
            self.compare.as_ref()
        }
        fn generate(&self) -> Option<&GenerateSpec> {
            self.generate.as_ref()
        }
        fn limits(&self) -> &Option<LimitOverride> {
            &self.limits
        }
        fn sample(&self) -> bool {
            self.sample
        }
    };
}

impl TestSpecKind for StdioTestSpec {
    common_test_accessors!();
    fn has_data(&self) -> bool {
        self.input.is_some() || self.output.is_some()
    }
    fn into_case(self, _: &Interface, compare: Option<Comparison>) -> Result<TestCase, String> {
        let (Some(input), Some(output)) = (self.input, self.output) else {
            return Err("needs `input` and `output` (or `generate`)".to_string());
        };
        Ok(TestCase {
            name: self.name.value.trim().to_string(),
            sample: self.sample,
            input: input.into(),
            output: output.into(),
            values: None,
            limits: limits_override(&self.limits),
            compare,
            generate: None,
        })
    }
}

/// Checks a function test's arguments (by parameter name) and expected return against the
/// signature; returns the arguments in parameter order and a readable rendering of them.
pub(crate) fn function_args(
    sig: &Signature,
    mut input: serde_json::Map<String, serde_json::Value>,
    output: Option<&serde_json::Value>,
) -> Result<(Vec<serde_json::Value>, String), String> {
    let mut args = Vec::new();
    let mut shown = Vec::new();
    for p in &sig.params {
        let v = input
            .remove(&p.name)
            .ok_or_else(|| format!("`input` has no value for parameter `{}`", p.name))?;
        p.input_type()
            .check(&v)
            .map_err(|e| format!("`{}`: {e}", p.name))?;
        shown.push(format!(
            "{} = {}",
            p.name,
            serde_json::to_string(&v).unwrap_or_default()
        ));
        args.push(v);
    }
    if let Some(extra) = input.keys().next() {
        let names: Vec<&str> = sig.params.iter().map(|p| p.name.as_str()).collect();
        let hint = did_you_mean(extra, names.iter().copied())
            .map(|s| format!("; did you mean `{s}`?"))
            .unwrap_or_else(|| format!("; parameters are: {}", names.join(", ")));
        return Err(format!(
            "`input` has `{extra}`, which is not a parameter{hint}"
        ));
    }
    if let Some(out) = output {
        sig.answer_type()
            .check(out)
            .map_err(|e| format!("`output`: {e}"))?;
    }
    Ok((args, shown.join("\n")))
}

/// Checks a design test's calls, arguments and (if given) expected returns against the class;
/// returns a readable rendering of the calls.
pub(crate) fn design_calls(
    d: &DesignSig,
    calls: &[String],
    args: &[Vec<serde_json::Value>],
    output: Option<&[serde_json::Value]>,
) -> Result<String, String> {
    let n = calls.len();
    if n == 0 {
        return Err("`calls` is empty: the first call is the constructor".to_string());
    }
    if args.len() != n || output.is_some_and(|o| o.len() != n) {
        return Err(format!(
            "`calls`, `args` and `output` must have the same length ({n}, {}, {})",
            args.len(),
            output.map_or(n, |o| o.len())
        ));
    }
    if calls[0] != d.class {
        return Err(format!(
            "the first call must be the constructor `{}`, not `{}`",
            d.class, calls[0]
        ));
    }
    // Written straight into one buffer: a generated test has 2 * 10^5 calls, and a string
    // for every call and argument, joined, cost more than checking them.
    let mut shown: Vec<u8> = Vec::new();
    for (i, (call, call_args)) in calls.iter().zip(args).enumerate() {
        let (params, returns) = if i == 0 {
            (&d.constructor, &ValueType::Void)
        } else {
            match d.method(call) {
                Some(m) => (&m.params, &m.returns),
                None => {
                    let names = d.methods.iter().map(|m| m.name.as_str());
                    let hint = did_you_mean(call, names)
                        .map(|s| format!("; did you mean `{s}`?"))
                        .unwrap_or_default();
                    return Err(format!(
                        "call {i}: `{call}` is not a method of `{}`{hint}",
                        d.class
                    ));
                }
            }
        };
        if call_args.len() != params.len() {
            return Err(format!(
                "call {i}: `{call}` takes {} argument(s), the test gives {}",
                params.len(),
                call_args.len()
            ));
        }
        for (p, v) in params.iter().zip(call_args) {
            p.ty.check(v)
                .map_err(|e| format!("call {i} `{call}`, `{}`: {e}", p.name))?;
        }
        if let Some(out) = output {
            returns
                .check(&out[i])
                .map_err(|e| format!("call {i} `{call}`: expected output {e}"))?;
        }
        if i > 0 {
            shown.push(b'\n');
        }
        shown.extend_from_slice(call.as_bytes());
        shown.push(b'(');
        for (j, a) in call_args.iter().enumerate() {
            if j > 0 {
                shown.extend_from_slice(b", ");
            }
            // Writing JSON to a vector cannot fail.
            let _ = serde_json::to_writer(&mut shown, a);
        }
        shown.push(b')');
    }
    // Names and JSON text: always UTF-8.
    Ok(String::from_utf8(shown)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

impl TestSpecKind for FunctionTestSpec {
    common_test_accessors!();
    fn has_data(&self) -> bool {
        self.input.is_some() || self.output.is_some()
    }
    fn into_case(self, iface: &Interface, compare: Option<Comparison>) -> Result<TestCase, String> {
        let Interface::Function(sig) = iface else {
            unreachable!("function tests belong to function problems")
        };
        let (Some(input), Some(output)) = (self.input, self.output) else {
            return Err("needs `input` and `output` (or `generate`)".to_string());
        };
        let checked = !matches!(compare, Some(Comparison::Checker { .. }));
        let (args, shown) = function_args(sig, input, checked.then_some(&output))?;
        Ok(TestCase {
            name: self.name.value.trim().to_string(),
            sample: self.sample,
            input: shown.into(),
            output: serde_json::to_string(&output).unwrap_or_default().into(),
            values: Some(std::sync::Arc::new(TestValues::function(&args))),
            limits: limits_override(&self.limits),
            compare,
            generate: None,
        })
    }
}

impl TestSpecKind for DesignTestSpec {
    common_test_accessors!();
    fn has_data(&self) -> bool {
        self.calls.is_some() || self.args.is_some() || self.output.is_some()
    }
    fn into_case(self, iface: &Interface, compare: Option<Comparison>) -> Result<TestCase, String> {
        let Interface::Design(d) = iface else {
            unreachable!("design tests belong to design problems")
        };
        let (Some(calls), Some(args), Some(output)) = (self.calls, self.args, self.output) else {
            return Err("needs `calls`, `args` and `output` (or `generate`)".to_string());
        };
        let checked = !matches!(compare, Some(Comparison::Checker { .. }));
        let shown = design_calls(d, &calls, &args, checked.then_some(&output[..]))?;
        Ok(TestCase {
            name: self.name.value.trim().to_string(),
            sample: self.sample,
            input: shown.into(),
            output: serde_json::to_string(&output).unwrap_or_default().into(),
            values: Some(std::sync::Arc::new(TestValues::design(&calls, &args))),
            limits: limits_override(&self.limits),
            compare,
            generate: None,
        })
    }
}
