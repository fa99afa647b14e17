//! Function and design problems: the glue that calls the user's code in each language.
//!
//! Each test runs a harness in the sandbox. Its stdin is a JSON document ([`stdin_document`])
//! naming the function or class, the parameter types and the arguments; it writes its result to
//! [`RESULT_FILE`] in its scratch directory, apart from stdout, so the user's `print`s never
//! corrupt it ([`HarnessResult::parse`]). The protocol is in `docs/function-problems.md`.

pub mod python;
pub mod rust;

use serde_json::value::RawValue;
use serde_json::{json, Value};

use crate::catalog::{Interface, Param, TestValues, ValueType};

/// The file the harness writes its result to, in its working directory.
pub const RESULT_FILE: &str = "__judge_result.json";

fn params_json(params: &[Param]) -> Value {
    Value::Array(
        params
            .iter()
            .map(|p| {
                json!({
                    "name": p.name,
                    "type": p.ty.to_string(),
                    "mutable": p.mutable,
                    "hidden": p.hidden,
                    "cycle": p.cycle,
                    "node_of": p.node_of,
                })
            })
            .collect(),
    )
}

/// The interface part of the document: everything but the arguments.
fn interface_json(iface: &Interface) -> serde_json::Map<String, Value> {
    let v = match iface {
        Interface::Stdio => json!({"kind": "stdio"}),
        Interface::Function(sig) => json!({
            "kind": "function",
            "function": sig.function,
            "python_function": sig.python_function,
            "params": params_json(&sig.params),
            "returns": sig.returns.to_string(),
            "answer": sig.answer,
            "returns_node_of": sig.returns_node_of,
            "codec": sig.codec.as_ref().map(|c| json!({"class": c.class, "decode": c.decode})),
            "api": sig.api.as_ref().map(|a| json!({
                "name": a.kind.function(),
                "uses": a.uses,
                "max_calls": a.max_calls,
            })),
            "node_answer": if sig.node_answer_index { "index" } else { "value" },
        }),
        Interface::Design(d) => {
            let methods: serde_json::Map<String, Value> = d
                .methods
                .iter()
                .map(|m| {
                    (
                        m.name.clone(),
                        json!({"params": params_json(&m.params), "returns": m.returns.to_string()}),
                    )
                })
                .collect();
            json!({
                "kind": "design",
                "class": d.class,
                "constructor": {"params": params_json(&d.constructor)},
                "methods": methods,
            })
        }
    };
    match v {
        Value::Object(map) => map,
        _ => unreachable!("built as an object"),
    }
}

/// The harness's stdin for one test; `time_calls` asks it to measure the CPU time of the
/// solution's calls (`call_cpu` in its result).
pub fn stdin_document(iface: &Interface, values: &TestValues, time_calls: bool) -> String {
    /// The document: the small fields in a map, the test's arguments and calls written straight
    /// from their JSON text (a generated design test has 2 * 10^5 calls).
    #[derive(serde::Serialize)]
    struct Document<'a> {
        #[serde(flatten)]
        small: &'a serde_json::Map<String, Value>,
        #[serde(skip_serializing_if = "Option::is_none")]
        calls: Option<&'a RawValue>,
        args: Args<'a>,
    }
    #[derive(serde::Serialize)]
    #[serde(untagged)]
    enum Args<'a> {
        Function(&'a [Box<RawValue>]),
        Design(&'a RawValue),
    }
    let mut small = interface_json(iface);
    if time_calls {
        small.insert("time_calls".into(), Value::Bool(true));
    }
    let (calls, args) = match values {
        TestValues::Function { args } => {
            if let Interface::Function(sig) = iface {
                if sig.codec.is_some() {
                    let input = args
                        .first()
                        .map_or(Ok(Value::Null), |a| serde_json::from_str(a.get()));
                    let decoy = codec_decoy(
                        sig.params.iter().find(|p| !p.hidden),
                        &input.unwrap_or_default(),
                    );
                    small.insert("decoy_args".into(), json!([decoy]));
                }
            }
            (None, Args::Function(args))
        }
        TestValues::Design { calls, args } => (Some(&**calls), Args::Design(args)),
    };
    let doc = Document {
        small: &small,
        calls,
        args,
    };
    serde_json::to_string(&doc).expect("JSON values and strings always serialize")
}

/// A value unlike the input, encoded between the encoding and the decoding of a codec's input:
/// a codec that keeps "the last value" instead of encoding it decodes the decoy.
fn codec_decoy(param: Option<&Param>, input: &Value) -> Value {
    let numbers = param.is_some_and(|p| {
        matches!(p.ty, ValueType::TreeNode | ValueType::ListNode)
            || p.ty == ValueType::List(Box::new(ValueType::Int))
            || p.ty == ValueType::List(Box::new(ValueType::Long))
    });
    let (first, second) = if numbers {
        (json!([-1, 2, 3]), json!([7]))
    } else {
        (json!(["judge", "decoy"]), json!(["other"]))
    };
    if *input == first {
        second
    } else {
        first
    }
}

/// The harness's stdin for a signature check (no arguments).
pub fn check_document(iface: &Interface) -> String {
    Value::Object(interface_json(iface)).to_string()
}

/// What a harness reported.
#[derive(Debug, Clone, PartialEq)]
pub enum HarnessResult {
    /// The returned value (function) or the list of returns (design).
    Ok(Value),
    /// The solution does not fit the signature.
    SignatureError(String),
    /// A design call raised or panicked; the returns before it.
    FailedCall { index: usize, partial: Vec<Value> },
    /// No result file: the program exited before the harness could write one.
    Missing,
    /// A result file that is not the harness's JSON (the program wrote over it).
    Malformed(String),
}

impl HarnessResult {
    pub fn parse(captured: Option<&[u8]>) -> HarnessResult {
        Self::parse_timed(captured).0
    }

    /// The result and, for a value the calls returned, the CPU time of the user's calls the
    /// harness measured (`call_cpu`, in seconds): the time of the solution without the parsing
    /// of its input and the printing of its result, which the complexity report fits.
    pub fn parse_timed(captured: Option<&[u8]>) -> (HarnessResult, Option<std::time::Duration>) {
        let Some(bytes) = captured else {
            return (HarnessResult::Missing, None);
        };
        if bytes.is_empty() {
            return (HarnessResult::Missing, None);
        }
        let mut v: Value = match serde_json::from_slice(bytes) {
            Ok(v) => v,
            Err(e) => return (HarnessResult::Malformed(e.to_string()), None),
        };
        if let Some(ok) = v.get_mut("ok") {
            let ok = ok.take();
            let call = v
                .get("call_cpu")
                .and_then(Value::as_f64)
                .and_then(|s| std::time::Duration::try_from_secs_f64(s).ok());
            return (HarnessResult::Ok(ok), call);
        }
        (Self::parse_other(&v), None)
    }

    fn parse_other(v: &Value) -> HarnessResult {
        if let Some(msg) = v.get("signature_error").and_then(Value::as_str) {
            return HarnessResult::SignatureError(msg.to_string());
        }
        if let Some(i) = v.get("failed_call").and_then(Value::as_u64) {
            let partial = v
                .get("partial")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            return HarnessResult::FailedCall {
                index: i as usize,
                partial,
            };
        }
        HarnessResult::Malformed(format!(
            "unexpected result {}",
            truncate(&v.to_string(), 200)
        ))
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() > n {
        format!("{}…", s.chars().take(n).collect::<String>())
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Signature, ValueType};

    #[test]
    fn documents_and_results() {
        let iface = Interface::Function(Signature {
            function: "twoSum".into(),
            rust: "two_sum".into(),
            python_function: "two_sum".into(),
            params: vec![
                Param {
                    name: "nums".into(),
                    ty: ValueType::parse("list<int>").unwrap(),
                    mutable: false,
                    hidden: false,
                    cycle: None,
                    node_of: None,
                },
                Param {
                    name: "target".into(),
                    ty: ValueType::Int,
                    mutable: false,
                    hidden: false,
                    cycle: None,
                    node_of: None,
                },
            ],
            returns: ValueType::parse("list<int>").unwrap(),
            answer: None,
            returns_node_of: None,
            node_answer_index: false,
            api: None,
            codec: None,
        });
        let doc: Value = serde_json::from_str(&stdin_document(
            &iface,
            &TestValues::function(&[json!([2, 7]), json!(9)]),
            false,
        ))
        .unwrap();
        assert_eq!(doc["function"], "twoSum");
        assert_eq!(doc["params"][0]["type"], "list<int>");
        assert_eq!(doc["args"], json!([[2, 7], 9]));
        assert_eq!(
            doc.get("time_calls"),
            None,
            "judging does not time the calls"
        );

        assert_eq!(
            HarnessResult::parse(Some(br#"{"ok": [0, 1]}"#)),
            HarnessResult::Ok(json!([0, 1]))
        );
        assert_eq!(
            HarnessResult::parse_timed(Some(br#"{"ok": [0, 1], "call_cpu": 0.25}"#)),
            (
                HarnessResult::Ok(json!([0, 1])),
                Some(std::time::Duration::from_millis(250))
            )
        );
        assert_eq!(
            HarnessResult::parse_timed(Some(br#"{"ok": 1, "call_cpu": -1}"#)),
            (HarnessResult::Ok(json!(1)), None),
            "a negative time is no time"
        );
        assert_eq!(HarnessResult::parse(None), HarnessResult::Missing);
        assert!(matches!(
            HarnessResult::parse(Some(b"garbage")),
            HarnessResult::Malformed(_)
        ));
        assert_eq!(
            HarnessResult::parse(Some(br#"{"failed_call": 3, "partial": [null, 1, 2]}"#)),
            HarnessResult::FailedCall {
                index: 3,
                partial: vec![json!(null), json!(1), json!(2)]
            }
        );
    }
}
