//! The Rust harness: a generated `main.rs` that includes the user's file unchanged, provides
//! `struct Solution;`, `ListNode` and `TreeNode` unless the file defines them, and calls the
//! solution with arguments parsed by our own prelude (`rust/prelude.rs`, no crates).
//!
//! The prelude, the clock and the nodes are most of what a compile reads (about 0.5 s of the
//! 0.7 s of a two-sum compile): they are compiled once per compiler as a library,
//! [`prelude_library`], which a generated `main.rs` links when it can ([`UserDefines::links`]).
//! When the user's file defines a node or implements something for one (`impl Ord for
//! ListNode`, which the orphan rule allows only in the crate that defines `ListNode`), the
//! harness pastes them into `main.rs` as before.

use std::fmt::Write;

use crate::catalog::spec::ApiKind;
use crate::catalog::{DesignSig, Interface, Param, Signature};

/// first-bad-version's API, as LeetCode's Rust template has it: a method of `Solution`.
const IS_BAD_VERSION: &str = "struct Solution { __secret: i32, __calls: std::cell::Cell<u64> }
impl Solution {
    #[allow(non_snake_case)]
    fn isBadVersion(&self, version: i32) -> bool {
        self.__calls.set(self.__calls.get() + 1);
        version >= self.__secret
    }
}
";

/// guess-number-higher-or-lower's API, as LeetCode's Rust template has it: `unsafe fn guess`.
const GUESS: &str =
    "static __JUDGE_SECRET: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);
static __JUDGE_CALLS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
unsafe fn guess(num: i32) -> i32 {
    __JUDGE_CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let pick = __JUDGE_SECRET.load(std::sync::atomic::Ordering::Relaxed);
    match (num as i64).cmp(&pick) {
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => -1,
        std::cmp::Ordering::Less => 1,
    }
}
";

/// Parsing and printing of values, `FromJson`/`ToJson`, the result file.
pub const PRELUDE: &str = include_str!("rust/prelude.rs");
/// The process's CPU clock (the one `unsafe` block of a generated program), for `timed`.
pub const CLOCK: &str = include_str!("rust/clock.rs");
/// LeetCode's `ListNode` and `TreeNode` (split at the `// ---- TreeNode ----` line).
pub const NODES: &str = include_str!("rust/nodes.rs");
/// The part of the `rand` crate LeetCode's randomized problems use, for files that name it.
pub const RAND: &str = include_str!("rust/rand.rs");

/// The file name the user's source is saved as, next to the generated `main.rs`.
pub const USER_FILE: &str = "solution.rs";

/// The source text with comments and string literals blanked out (same length and offsets), so
/// a search for `struct Solution` or `fn main` does not match inside them.
fn code_only(src: &str) -> Vec<u8> {
    let b = src.as_bytes();
    let mut out = b.to_vec();
    let mut i = 0;
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for c in &mut out[from..to] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    };
    while i < b.len() {
        if b[i..].starts_with(b"//") {
            let end = b[i..]
                .iter()
                .position(|&c| c == b'\n')
                .map_or(b.len(), |p| i + p);
            blank(&mut out, i, end);
            i = end;
        } else if b[i..].starts_with(b"/*") {
            let mut depth = 0;
            let mut j = i;
            while j < b.len() {
                if b[j..].starts_with(b"/*") {
                    depth += 1;
                    j += 2;
                } else if b[j..].starts_with(b"*/") {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    j += 1;
                }
            }
            blank(&mut out, i, j.min(b.len()));
            i = j;
        } else if b[i] == b'"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            let end = (j + 1).min(b.len());
            blank(&mut out, i + 1, end.saturating_sub(1).max(i + 1));
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// Offsets in `code` where the keyword sequence `first second` starts `second` (e.g. `struct`
/// then `Solution`), with whole-word matches.
fn find_item(code: &[u8], first: &str, second: &str) -> Vec<usize> {
    let mut hits = Vec::new();
    let f = first.as_bytes();
    let mut i = 0;
    while i + f.len() <= code.len() {
        let word_start = i == 0 || !is_ident(code[i - 1]);
        if word_start
            && code[i..].starts_with(f)
            && code
                .get(i + f.len())
                .is_some_and(|c| c.is_ascii_whitespace())
        {
            let mut j = i + f.len();
            while j < code.len() && code[j].is_ascii_whitespace() {
                j += 1;
            }
            let s = second.as_bytes();
            if code[j..].starts_with(s) && code.get(j + s.len()).is_none_or(|&c| !is_ident(c)) {
                hits.push(j);
            }
        }
        i += 1;
    }
    hits
}

/// What the user's file defines itself.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct UserDefines {
    pub solution: bool,
    pub list_node: bool,
    pub tree_node: bool,
    /// The file names `rand::` (and does not define its own `mod rand`).
    pub uses_rand: bool,
    /// An `impl` of the file names `ListNode` or `TreeNode` in its header.
    pub impls_node: bool,
    /// `#![...]` attributes moved out of the user's file.
    pub inner_attributes: Vec<String>,
    /// The names of the functions the file defines (`fn name`), in order.
    pub functions: Vec<String>,
}

impl UserDefines {
    /// Whether the generated `main.rs` can link the compiled prelude: the user's file neither
    /// defines a node nor implements anything for one (both need the node's own crate).
    pub fn links(&self) -> bool {
        !self.list_node && !self.tree_node && !self.impls_node
    }
}

/// The names after each `fn` keyword of `code` (comments and strings blanked).
fn function_names(code: &[u8]) -> Vec<String> {
    let mut names = Vec::new();
    let mut at = 0;
    while let Some(p) = find_from(code, b"fn", at) {
        at = p + 2;
        let word = (p == 0 || !is_ident(code[p - 1]))
            && code.get(at).is_some_and(|c| c.is_ascii_whitespace());
        if !word {
            continue;
        }
        let start = at
            + code[at..]
                .iter()
                .position(|c| !c.is_ascii_whitespace())
                .unwrap_or(code.len() - at);
        let end = start
            + code[start..]
                .iter()
                .position(|&c| !is_ident(c))
                .unwrap_or(code.len() - start);
        if end > start {
            names.push(String::from_utf8_lossy(&code[start..end]).into_owned());
        }
    }
    names
}

/// Whether an `impl` header (from `impl` to its `{`) of `code` names a node type.
fn impls_node(code: &[u8]) -> bool {
    let mut at = 0;
    while let Some(p) = find_from(code, b"impl", at) {
        at = p + 4;
        let word = (p == 0 || !is_ident(code[p - 1])) && code.get(at).is_none_or(|&c| !is_ident(c));
        if !word {
            continue;
        }
        let end = code[at..]
            .iter()
            .position(|&c| c == b'{' || c == b';')
            .map_or(code.len(), |e| at + e);
        let header = &code[at..end];
        let names = |name: &[u8]| {
            header.windows(name.len()).enumerate().any(|(i, w)| {
                w == name
                    && (i == 0 || !is_ident(header[i - 1]))
                    && header.get(i + name.len()).is_none_or(|&c| !is_ident(c))
            })
        };
        if names(b"ListNode") || names(b"TreeNode") {
            return true;
        }
    }
    false
}

/// Prepares the user's source for inclusion: a `fn main` of their own (kept for local testing)
/// is renamed so the harness's `main` is the entry point. Line numbers do not change.
pub fn user_copy(source: &str) -> (String, UserDefines) {
    let code = code_only(source);
    let defines = UserDefines {
        solution: !find_item(&code, "struct", "Solution").is_empty(),
        list_node: !find_item(&code, "struct", "ListNode").is_empty(),
        tree_node: !find_item(&code, "struct", "TreeNode").is_empty(),
        uses_rand: find_from(&code, b"rand::", 0).is_some()
            && find_item(&code, "mod", "rand").is_empty(),
        impls_node: impls_node(&code),
        inner_attributes: Vec::new(),
        functions: function_names(&code),
    };
    let mut out = source.to_string();
    for at in find_item(&code, "fn", "main").into_iter().rev() {
        out.replace_range(at..at + 4, "__user_main");
    }
    // Inner attributes (`#![allow(..)]`) are not allowed in an included file: move them to the
    // generated crate root, leaving blanks so line numbers stay.
    let mut inner = Vec::new();
    let code = code_only(&out);
    let mut at = 0;
    while let Some(p) = find_from(&code, b"#![", at) {
        let end = code[p..]
            .iter()
            .position(|&c| c == b']')
            .map_or(code.len(), |e| p + e + 1);
        inner.push(out[p..end].to_string());
        let blank: String = out[p..end]
            .chars()
            .map(|c| if c == '\n' { '\n' } else { ' ' })
            .collect();
        out.replace_range(p..end, &blank);
        at = end;
    }
    // LeetCode's design template ends with a `/** .. */` doc comment, which must document an
    // item: give it one.
    out.push_str("\nconst _: () = ();\n");
    (
        out,
        UserDefines {
            inner_attributes: inner,
            ..defines
        },
    )
}

fn find_from(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// A user's `#![forbid(unsafe_code)]` as `deny`: the same for the user's code, but it lets the
/// harness's clock allow its one `unsafe` block (a `forbid` cannot be allowed below it).
fn lenient_unsafe(attr: &str) -> String {
    let compact: String = attr.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.starts_with("#![forbid(") && attr.contains("unsafe_code") {
        attr.replacen("forbid", "deny", 1)
    } else {
        attr.to_string()
    }
}

/// The name of the compiled prelude's crate.
pub const PRELUDE_CRATE: &str = "judge_prelude";

/// The source of the compiled prelude (crate [`PRELUDE_CRATE`]): the clock, the prelude and
/// both nodes, at the paths a pasted harness has them (`crate::__judge_clock`,
/// `crate::ListNode`), public.
pub fn prelude_library() -> String {
    let mut m = String::new();
    m.push_str("// Generated by judge: the harness's prelude, compiled once as a library.\n");
    m.push_str("#![allow(dead_code, unused_imports, unused_variables, unused_mut, non_snake_case, unused_macros)]\n");
    m.push_str("#[allow(unsafe_code)]\npub mod __judge_clock {\n");
    m.push_str(CLOCK);
    m.push_str("\n}\npub mod __judge_prelude {\n");
    m.push_str(PRELUDE);
    m.push_str("\n}\n");
    m.push_str(&NODES.replace("\n// ---- TreeNode ----\n", "\n"));
    m
}

/// The generated `main.rs` for a function or design problem. With `linked` (a name for the
/// compiled prelude's version, which the text then carries into the compile's cache key), it
/// uses the compiled prelude; the caller checks [`UserDefines::links`] first.
pub fn generate_main(iface: &Interface, defines: &UserDefines, linked: Option<&str>) -> String {
    let mut m = String::new();
    m.push_str("// Generated by judge: the harness around the user's solution.\n");
    m.push_str("#![allow(dead_code, unused_imports, unused_variables, unused_mut, non_snake_case, unused_macros)]\n");
    for attr in &defines.inner_attributes {
        m.push_str(&lenient_unsafe(attr));
        m.push('\n');
    }
    if let Some(version) = linked {
        let _ = writeln!(m, "// {PRELUDE_CRATE} {version}");
        let _ = writeln!(
            m,
            "use {PRELUDE_CRATE}::{{__judge_prelude, ListNode, TreeNode}};"
        );
    } else {
        m.push_str("#[allow(unsafe_code)]\nmod __judge_clock {\n");
        m.push_str(CLOCK);
        m.push_str("\n}\n");
        m.push_str("mod __judge_prelude {\n");
        m.push_str(PRELUDE);
        m.push_str("\n}\n");
        let (list_part, tree_part) = NODES
            .split_once("\n// ---- TreeNode ----\n")
            .expect("nodes.rs has the TreeNode marker");
        if !defines.list_node {
            m.push_str(list_part);
            m.push('\n');
        }
        if !defines.tree_node {
            m.push_str(tree_part);
            m.push('\n');
        }
    }
    if defines.uses_rand {
        m.push_str(RAND);
        m.push('\n');
    }
    let api = match iface {
        Interface::Function(sig) => sig.api.as_ref().map(|a| a.kind),
        _ => None,
    };
    match api {
        // LeetCode's Rust: `self.isBadVersion(v)` on a Solution that holds the API.
        Some(ApiKind::IsBadVersion) => m.push_str(IS_BAD_VERSION),
        Some(ApiKind::Guess) => {
            m.push_str(GUESS);
            if !defines.solution {
                m.push_str("struct Solution;\n");
            }
        }
        None if !defines.solution => m.push_str("struct Solution;\n"),
        None => {}
    }
    let _ = writeln!(m, "include!(\"{USER_FILE}\");");
    match iface {
        // LeetCode's older Rust templates kept some functions' names from the other languages
        // (`hammingWeight`): a file that defines that name and not the snake-case one is
        // called by it, as LeetCode called it then.
        Interface::Function(sig)
            if sig.rust != sig.function
                && !defines.functions.contains(&sig.rust)
                && defines.functions.contains(&sig.function) =>
        {
            let legacy = Signature {
                rust: sig.function.clone(),
                ..sig.clone()
            };
            function_main(&mut m, &legacy)
        }
        Interface::Function(sig) => function_main(&mut m, sig),
        Interface::Design(d) => design_main(&mut m, d),
        Interface::Stdio => unreachable!("stdio problems have no harness"),
    }
    m
}

/// `let a0: Vec<i32> = arg(args, 0, "nums");` for each parameter; returns `a0, a1`.
fn parse_args(m: &mut String, params: &[Param], args: &str, indent: &str) -> String {
    let mut names = Vec::new();
    for (i, p) in params.iter().enumerate() {
        let _ = writeln!(
            m,
            "{indent}let {}a{i}: {} = __judge_prelude::arg({args}, {i}, {:?});",
            if p.mutable { "mut " } else { "" },
            p.ty.rust_qualified(),
            p.name
        );
        names.push(if p.mutable {
            format!("&mut a{i}")
        } else {
            format!("a{i}")
        });
    }
    names.join(", ")
}

/// decode(encode(x)) through separate instances, a decoy encoded in between, and (for trees) a
/// check that the decoded tree shares no node with `x`.
fn codec_main(m: &mut String, sig: &Signature, codec: &crate::catalog::Codec) {
    let p = sig
        .params
        .iter()
        .find(|p| !p.hidden)
        .expect("a codec has one parameter");
    let ty = p.ty.rust_qualified();
    let tree = p.ty == crate::catalog::ValueType::TreeNode;
    m.push_str("\nfn main() {\n");
    m.push_str("    let __doc = __judge_prelude::read_stdin();\n");
    m.push_str("    let __args = __judge_prelude::member(&__doc, \"args\");\n");
    m.push_str("    let __decoys = __judge_prelude::member(&__doc, \"decoy_args\");\n");
    let _ = writeln!(
        m,
        "    let a0: {ty} = __judge_prelude::arg(__args, 0, {:?});",
        p.name
    );
    let _ = writeln!(
        m,
        "    let __decoy: {ty} = __judge_prelude::arg(__decoys, 0, \"decoy\");"
    );
    if tree {
        m.push_str("    let __before = __judge_prelude::tree_nodes_of(&a0);\n");
    }
    let (class, encode, decode) = (&codec.class, &sig.rust, &codec.rust_decode);
    let _ = writeln!(
        m,
        "    let __data: String = __judge_prelude::timed(|| {class}::new().{encode}(a0));"
    );
    let _ = writeln!(m, "    let _: String = {class}::new().{encode}(__decoy);");
    let _ = writeln!(
        m,
        "    let __r: {ty} = __judge_prelude::timed(|| {class}::new().{decode}(__data));"
    );
    if tree {
        let _ = writeln!(
            m,
            "    if __judge_prelude::tree_shares_nodes(&__before, &__r) {{ __judge_prelude::write_result(&__judge_prelude::Json::Str(\"{decode} returned nodes of the input itself, not a copy decoded from the string\".to_string())); std::process::exit(0); }}"
        );
    }
    m.push_str("    __judge_prelude::write_result(&__judge_prelude::ToJson::to_json(&__r));\n");
    m.push_str(EXIT);
    m.push_str("}\n");
}

fn function_main(m: &mut String, sig: &Signature) {
    if let Some(codec) = &sig.codec {
        return codec_main(m, sig, codec);
    }
    m.push_str("\nfn main() {\n");
    m.push_str("    let __doc = __judge_prelude::read_stdin();\n");
    m.push_str("    let __args = __judge_prelude::member(&__doc, \"args\");\n");
    let mut passed = Vec::new();
    for (i, p) in sig.params.iter().enumerate() {
        // A node argument is written as its value: the node of the other argument's tree.
        let ty = match p.node_of {
            Some(_) => "Option<i32>".to_string(),
            None => p.ty.rust_qualified(),
        };
        let _ = writeln!(
            m,
            "    let {}a{i}: {ty} = __judge_prelude::arg(__args, {i}, {:?});",
            if p.mutable { "mut " } else { "" },
            p.name
        );
        if !p.hidden {
            passed.push(if p.mutable {
                format!("&mut a{i}")
            } else {
                format!("a{i}")
            });
        }
    }
    for (i, p) in sig.params.iter().enumerate() {
        if let Some(j) = p.node_of {
            let _ = writeln!(
                m,
                "    let a{i} = __judge_prelude::find_tree_node(&a{j}, a{i}, {:?});",
                p.name
            );
        }
    }
    if let Some(j) = sig.returns_node_of {
        let _ = writeln!(
            m,
            "    let __owner = __judge_prelude::tree_nodes_of(&a{j});"
        );
    }
    let call_args = passed.join(", ");
    match sig.answer {
        // In place: the answer is the argument after the call.
        Some(i) => {
            let _ = writeln!(
                m,
                "    let _: () = __judge_prelude::timed(|| Solution::{}({call_args}));",
                sig.rust
            );
            let _ = writeln!(
                m,
                "    let __r: {} = a{i};",
                sig.params[i].ty.rust_qualified()
            );
        }
        None => {
            let receiver = match &sig.api {
                Some(a) if a.kind == ApiKind::IsBadVersion => {
                    let _ = writeln!(
                        m,
                        "    let __sol = Solution {{ __secret: a{}, __calls: std::cell::Cell::new(0) }};",
                        a.uses
                    );
                    "__sol.".to_string()
                }
                Some(a) => {
                    let _ = writeln!(
                        m,
                        "    __JUDGE_SECRET.store(a{} as i64, std::sync::atomic::Ordering::Relaxed);",
                        a.uses
                    );
                    "Solution::".to_string()
                }
                None => "Solution::".to_string(),
            };
            let _ = writeln!(
                m,
                "    let __r: {} = __judge_prelude::timed(|| {receiver}{}({call_args}));",
                sig.returns.rust_qualified(),
                sig.rust
            );
            if let Some(a) = &sig.api {
                let calls = match a.kind {
                    ApiKind::IsBadVersion => "__sol.__calls.get()",
                    ApiKind::Guess => "__JUDGE_CALLS.load(std::sync::atomic::Ordering::Relaxed)",
                };
                if let Some(cap) = a.max_calls {
                    let _ = writeln!(
                        m,
                        "    if {calls} > {cap} {{ __judge_prelude::write_result(&__judge_prelude::Json::Str(format!(\"{} was called {{}} times; at most {cap} calls are allowed\", {calls}))); std::process::exit(0); }}",
                        a.kind.function()
                    );
                }
            }
        }
    }
    if let Some(j) = sig.returns_node_of {
        let _ = writeln!(
            m,
            "    __judge_prelude::write_result(&__judge_prelude::tree_node_answer(&__owner, &__r, {:?}));",
            sig.params[j].name
        );
        m.push_str(EXIT);
        m.push_str("}\n");
        return;
    }
    m.push_str("    __judge_prelude::write_result(&__judge_prelude::ToJson::to_json(&__r));\n");
    m.push_str(EXIT);
    m.push_str("}\n");
}

/// Ends `main` without dropping the result: a recursive drop of a long list or a deep tree
/// could overflow the stack. `process::exit` still flushes stdout.
const EXIT: &str = "    std::process::exit(0);\n";

fn design_main(m: &mut String, d: &DesignSig) {
    m.push_str("\nfn main() {\n");
    m.push_str("    let __doc = __judge_prelude::read_stdin();\n");
    m.push_str("    let __calls = __judge_prelude::design_calls(&__doc);\n");
    m.push_str(
        "    let mut __out: Vec<__judge_prelude::Json> = Vec::with_capacity(__calls.len());\n",
    );
    m.push_str("    let __a = __calls[0].1;\n");
    let ctor_args = parse_args(m, &d.constructor, "__a", "    ");
    let _ = writeln!(
        m,
        "    let mut __obj = __judge_prelude::run_design_call(0, &__out, || {}::new({ctor_args}));",
        d.class
    );
    m.push_str("    __out.push(__judge_prelude::Json::Null);\n");
    m.push_str("    for (__i, (__name, __a)) in __calls.iter().enumerate().skip(1) {\n");
    m.push_str("        let __a: &__judge_prelude::Json = __a;\n");
    m.push_str("        let __v = match __name.as_str() {\n");
    for method in &d.methods {
        let _ = writeln!(m, "            {:?} => {{", method.name);
        let call_args = parse_args(m, &method.params, "__a", "                ");
        // The conversion runs inside the call's guard too: printing a cyclic tree panics.
        let _ = writeln!(
            m,
            "                __judge_prelude::run_design_call(__i, &__out, || {{ let __r: {} = __obj.{}({call_args}); __judge_prelude::ToJson::to_json(&__r) }})",
            method.returns.rust_qualified(),
            method.rust
        );
        m.push_str("            }\n");
    }
    m.push_str("            __other => __judge_prelude::unknown_method(__i, __other),\n");
    m.push_str("        };\n");
    m.push_str("        __out.push(__v);\n");
    m.push_str("    }\n");
    m.push_str("    __judge_prelude::write_result(&__judge_prelude::Json::Arr(__out));\n");
    m.push_str(EXIT);
    m.push_str("}\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_definitions_outside_comments_and_strings() {
        let src = "// struct Solution;\n/* struct ListNode { } */\nlet s = \"struct TreeNode\";\nimpl Solution {}\n";
        let (_, d) = user_copy(src);
        assert!(!d.solution && !d.list_node && !d.tree_node, "{d:?}");
        let src = "#[derive(Debug)]\npub struct ListNode {\n  pub val: i32 }\nstruct Solution;\nstruct TreeNodeX;\n";
        let (_, d) = user_copy(src);
        assert!(d.solution && d.list_node && !d.tree_node, "{d:?}");
    }

    #[test]
    fn an_impl_for_a_node_keeps_the_prelude_pasted() {
        let links = |src: &str| user_copy(src).1.links();
        assert!(links("impl Solution {}\n// impl Ord for ListNode {}\n"));
        assert!(links(
            "struct ListNodeX;\nimpl ListNodeX {}\nimpl Solution {}\n"
        ));
        assert!(!links("impl Ord for ListNode {\n}\n"));
        assert!(!links("impl<'a> From<&'a TreeNode> for Wrap<'a> {}\n"));
        assert!(!links("impl\nTreeNode { fn f(&self) {} }\n"));
        assert!(!links("pub struct TreeNode;\n"));
        // Through an alias, only the compiler can tell: the compile is retried pasted
        // (tests/fixtures/solutions/fn-reverse-list/ac_impl_through_an_alias.rs).
        assert!(links("type Node = ListNode;\nimpl Node {}\n"));
    }

    #[test]
    fn a_linked_main_uses_the_compiled_prelude_and_names_its_version() {
        let sig = Interface::Design(DesignSig {
            class: "Counter".to_string(),
            constructor: Vec::new(),
            methods: Vec::new(),
        });
        let (_, defines) = user_copy("struct Counter;\n");
        let linked = generate_main(&sig, &defines, Some("abc123"));
        assert!(linked.contains("// judge_prelude abc123\n"), "{linked}");
        assert!(linked.contains("use judge_prelude::{__judge_prelude, ListNode, TreeNode};"));
        assert!(!linked.contains("mod __judge_prelude"), "{linked}");
        let pasted = generate_main(&sig, &defines, None);
        assert!(pasted.contains("mod __judge_prelude {"), "{pasted}");
        assert!(pasted.contains("pub struct ListNode"), "{pasted}");
        let lib = prelude_library();
        assert!(
            lib.contains("pub mod __judge_prelude {") && lib.contains("pub mod __judge_clock {")
        );
        assert!(lib.contains("pub struct ListNode") && lib.contains("pub struct TreeNode"));
    }

    #[test]
    fn a_function_named_as_in_leetcodes_older_template_is_called_by_that_name() {
        let (_, d) = user_copy(
            "impl Solution {\n    pub fn hammingWeight (n: u32) -> i32 { helper(n) }\n}\n\
             // fn hamming_weight in a comment\nfn helper(n: u32) -> i32 { 0 }\n",
        );
        assert_eq!(d.functions, ["hammingWeight", "helper"]);
        let sig = |rust: &str| Signature {
            function: "hammingWeight".to_string(),
            rust: rust.to_string(),
            python_function: "hamming_weight".to_string(),
            params: vec![Param {
                name: "n".to_string(),
                ty: crate::catalog::ValueType::parse("uint").unwrap(),
                mutable: false,
                hidden: false,
                cycle: None,
                node_of: None,
            }],
            returns: crate::catalog::ValueType::Int,
            answer: None,
            returns_node_of: None,
            node_answer_index: false,
            api: None,
            codec: None,
        };
        let main = generate_main(&Interface::Function(sig("hamming_weight")), &d, None);
        assert!(main.contains("Solution::hammingWeight("), "{main}");
        // A file with the snake-case name is called by it.
        let (_, snake) = user_copy("impl Solution { pub fn hamming_weight(n: u32) -> i32 { 0 } }");
        let main = generate_main(&Interface::Function(sig("hamming_weight")), &snake, None);
        assert!(main.contains("Solution::hamming_weight("), "{main}");
    }

    #[test]
    fn renames_the_users_main_keeping_lines() {
        let src =
            "impl Solution {}\nfn main() {\n    // fn main() in a comment\n}\nfn mainly() {}\n";
        let (out, _) = user_copy(src);
        assert!(out.contains("fn __user_main() {"), "{out}");
        assert!(out.contains("// fn main() in a comment"), "{out}");
        assert!(out.contains("fn mainly()"), "{out}");
        assert_eq!(out.lines().count(), src.lines().count() + 2);
    }

    #[test]
    fn a_forbid_of_unsafe_code_becomes_a_deny_so_the_clock_compiles() {
        assert_eq!(
            lenient_unsafe("#![forbid(unsafe_code)]"),
            "#![deny(unsafe_code)]"
        );
        assert_eq!(
            lenient_unsafe("#! [forbid(missing_docs, unsafe_code)]"),
            "#! [deny(missing_docs, unsafe_code)]"
        );
        assert_eq!(lenient_unsafe("#![forbid(unused)]"), "#![forbid(unused)]");
        // Compiled with the harness: tests/fixtures/solutions/fn-two-sum/ac_forbid_unsafe.rs.
    }

    #[test]
    fn moves_inner_attributes_and_ends_with_an_item() {
        let src = "#![allow(unused)]\nimpl Solution {}\n/**\n * doc\n */\n";
        let (out, d) = user_copy(src);
        assert_eq!(d.inner_attributes, vec!["#![allow(unused)]".to_string()]);
        assert!(
            out.starts_with("                 \nimpl Solution"),
            "{out:?}"
        );
        assert!(out.ends_with("*/\n\nconst _: () = ();\n"), "{out:?}");
    }
}
