//! Starter files for `judge new`: the exact signature a problem expects, a body that compiles
//! and returns a placeholder (so running it gives WA, not CE), and the samples as comments.

use std::fmt::Write;

use crate::catalog::{DesignSig, Interface, Param, Problem, Signature, ValueType};
use crate::lang::Language;

/// The text of a starter file for `problem` in `lang`.
pub fn starter(problem: &Problem, lang: Language, file_name: &str) -> String {
    let comment = match lang {
        Language::Python => "#",
        Language::Rust => "//",
    };
    let mut out = String::new();
    header(&mut out, problem, comment, file_name);
    // A codec is written as the class LeetCode's template has.
    let codec_class = match &problem.interface {
        Interface::Function(sig) => sig.codec.as_ref().map(|c| codec_design(sig, c)),
        _ => None,
    };
    if let Some(d) = &codec_class {
        match lang {
            Language::Python => py_design(&mut out, d),
            Language::Rust => rs_design(&mut out, d),
        }
        return out;
    }
    match (&problem.interface, lang) {
        (Interface::Stdio, Language::Python) => out.push_str(PY_STDIO),
        (Interface::Stdio, Language::Rust) => out.push_str(RS_STDIO),
        (Interface::Function(sig), Language::Python) => py_function(&mut out, sig),
        (Interface::Function(sig), Language::Rust) => rs_function(&mut out, sig),
        (Interface::Design(d), Language::Python) => py_design(&mut out, d),
        (Interface::Design(d), Language::Rust) => rs_design(&mut out, d),
    }
    out
}

/// A codec's class: the encoding method to a string and the decoding one back.
fn codec_design(sig: &Signature, codec: &crate::catalog::Codec) -> DesignSig {
    let param = sig.params.iter().find(|p| !p.hidden).cloned();
    let data = Param {
        name: "data".to_string(),
        ty: ValueType::String,
        mutable: false,
        hidden: false,
        cycle: None,
        node_of: None,
    };
    DesignSig {
        class: codec.class.clone(),
        constructor: Vec::new(),
        methods: vec![
            crate::catalog::Method {
                name: sig.function.clone(),
                rust: sig.rust.clone(),
                params: param.into_iter().collect(),
                returns: ValueType::String,
            },
            crate::catalog::Method {
                name: codec.decode.clone(),
                rust: codec.rust_decode.clone(),
                params: vec![data],
                returns: sig.returns.clone(),
            },
        ],
    }
}

fn header(out: &mut String, p: &Problem, c: &str, file_name: &str) {
    let s = &p.summary;
    let _ = writeln!(
        out,
        "{c} {} ({}) · {} · {}",
        s.title,
        s.slug,
        s.difficulty.as_str(),
        s.tags.join(", ")
    );
    // A progressive problem's starter is the class up to a level: the commands name it.
    let level = match &p.progression {
        Some(prog) => format!(" --level {}", prog.levels.len()),
        None => String::new(),
    };
    let _ = writeln!(out, "{c} Statement: judge show {}{level}", s.slug);
    let _ = writeln!(
        out,
        "{c} Run it:    judge run {} {file_name}{level}",
        s.slug
    );
    for t in p.tests.iter().filter(|t| t.sample) {
        let _ = writeln!(out, "{c}");
        let _ = writeln!(out, "{c} Example {}:", t.name);
        for line in t.input.lines() {
            let _ = writeln!(out, "{c}   {line}");
        }
        let _ = writeln!(out, "{c} Expected:");
        for line in t.output.lines() {
            let _ = writeln!(out, "{c}   {line}");
        }
    }
    out.push('\n');
}

const PY_STDIO: &str = "import sys\n\n\ndef main() -> None:\n    data = sys.stdin.read().split()\n    # Your code here: write the answer with print().\n\n\nmain()\n";

const RS_STDIO: &str = "use std::io::{self, Read, Write};\n\nfn main() {\n    let mut input = String::new();\n    io::stdin().read_to_string(&mut input).unwrap();\n    let mut tokens = input.split_ascii_whitespace();\n    let out = io::stdout();\n    let mut out = io::BufWriter::new(out.lock());\n    // Your code here: write the answer with writeln!(out, ...).\n    let _ = (&mut tokens, &mut out);\n    out.flush().unwrap();\n}\n";

fn py_params(params: &[Param]) -> String {
    params
        .iter()
        .filter(|p| !p.hidden)
        .map(|p| format!(", {}: {}", p.name, p.ty.python()))
        .collect()
}

fn py_function(out: &mut String, sig: &Signature) {
    let _ = writeln!(out, "class Solution:");
    let _ = writeln!(
        out,
        "    def {}(self{}) -> {}:",
        sig.function,
        py_params(&sig.params),
        sig.returns.python()
    );
    let _ = writeln!(out, "        pass");
}

fn py_design(out: &mut String, d: &DesignSig) {
    let _ = writeln!(out, "class {}:\n", d.class);
    let _ = writeln!(out, "    def __init__(self{}):", py_params(&d.constructor));
    let _ = writeln!(out, "        pass");
    for m in &d.methods {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "    def {}(self{}) -> {}:",
            m.name,
            py_params(&m.params),
            m.returns.python()
        );
        let _ = writeln!(out, "        pass");
    }
}

fn rs_uses(out: &mut String, types: impl Iterator<Item = ValueType>) {
    let types: Vec<ValueType> = types.collect();
    if types.iter().any(|t| t.uses_list_node()) {
        out.push_str(LIST_NODE_COMMENT);
    }
    if types.iter().any(|t| t.uses_tree_node()) {
        out.push_str(TREE_NODE_COMMENT);
        out.push_str("use std::cell::RefCell;\nuse std::rc::Rc;\n\n");
    }
}

fn rs_params(params: &[Param], leading: &str) -> String {
    params
        .iter()
        .filter(|p| !p.hidden)
        .map(|p| {
            let mutable = if p.mutable { "&mut " } else { "" };
            // LeetCode's Rust names parameters in snake_case (`sub_root`, `target_sum`).
            format!(
                "{}: {mutable}{}",
                crate::catalog::types::snake_case(&p.name),
                p.ty.rust()
            )
        })
        .fold(leading.to_string(), |acc, p| {
            if acc.is_empty() {
                p
            } else {
                format!("{acc}, {p}")
            }
        })
}

fn rs_returns(t: &ValueType) -> String {
    match t {
        ValueType::Void => String::new(),
        t => format!(" -> {}", t.rust()),
    }
}

fn rs_function(out: &mut String, sig: &Signature) {
    let types = sig
        .params
        .iter()
        .map(|p| p.ty.clone())
        .chain([sig.returns.clone()]);
    rs_uses(out, types);
    let _ = writeln!(out, "impl Solution {{");
    let _ = writeln!(
        out,
        "    pub fn {}({}){} {{",
        sig.rust,
        rs_params(
            &sig.params,
            match &sig.api {
                // LeetCode's template: the API is `self.isBadVersion(version)`.
                Some(a) if a.kind == crate::catalog::spec::ApiKind::IsBadVersion => "&self",
                _ => "",
            }
        ),
        rs_returns(&sig.returns)
    );
    let _ = writeln!(out, "        {}", sig.returns.rust_default());
    let _ = writeln!(out, "    }}\n}}");
}

fn rs_design(out: &mut String, d: &DesignSig) {
    let types = d
        .constructor
        .iter()
        .map(|p| p.ty.clone())
        .chain(d.methods.iter().flat_map(|m| {
            m.params
                .iter()
                .map(|p| p.ty.clone())
                .chain([m.returns.clone()])
        }));
    rs_uses(out, types);
    let _ = writeln!(out, "struct {} {{}}\n", d.class);
    let _ = writeln!(out, "impl {} {{", d.class);
    let _ = writeln!(
        out,
        "    fn new({}) -> Self {{",
        rs_params(&d.constructor, "")
    );
    let _ = writeln!(out, "        {} {{}}", d.class);
    let _ = writeln!(out, "    }}");
    for m in &d.methods {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "    fn {}({}){} {{",
            m.rust,
            rs_params(&m.params, "&mut self"),
            rs_returns(&m.returns)
        );
        let body = m.returns.rust_default();
        if !body.is_empty() {
            let _ = writeln!(out, "        {body}");
        }
        let _ = writeln!(out, "    }}");
    }
    let _ = writeln!(out, "}}");
}

const LIST_NODE_COMMENT: &str =
    "// Definition for singly-linked list (provided by judge, as on LeetCode).
// #[derive(PartialEq, Eq, Clone, Debug)]
// pub struct ListNode {
//   pub val: i32,
//   pub next: Option<Box<ListNode>>
// }
//
// impl ListNode {
//   #[inline]
//   fn new(val: i32) -> Self {
//     ListNode {
//       next: None,
//       val
//     }
//   }
// }

";

const TREE_NODE_COMMENT: &str =
    "// Definition for a binary tree node (provided by judge, as on LeetCode).
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
//
// impl TreeNode {
//   #[inline]
//   pub fn new(val: i32) -> Self {
//     TreeNode {
//       val,
//       left: None,
//       right: None
//     }
//   }
// }

";
