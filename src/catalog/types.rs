//! [`ValueType`]: the types of function and design problems (`int`, `list<list<string>>`,
//! `TreeNode`, `int?`, ...), parsed from their written form and rendered for each language.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueType {
    Int,
    /// An unsigned 32-bit integer: Rust's `u32` (LeetCode's reverse-bits, number-of-1-bits).
    UInt,
    Long,
    Double,
    Bool,
    String,
    Char,
    ListNode,
    TreeNode,
    /// LeetCode's graph `Node` (val, neighbors), written as the adjacency list of nodes 1..n
    /// (clone-graph). Python only, as on LeetCode.
    GraphNode,
    /// LeetCode's `Node` with `next` and `random`, written as `[[val, random_index|null], ...]`
    /// (copy-list-with-random-pointer). Python only, as on LeetCode.
    RandomListNode,
    /// LeetCode's `Interval` (start, end), written as `[start, end]` (employee-free-time).
    /// Python only, as on LeetCode.
    Interval,
    /// Only as a return type.
    Void,
    List(Box<ValueType>),
    Optional(Box<ValueType>),
}

const NAMES: &[&str] = &[
    "int",
    "uint",
    "long",
    "double",
    "bool",
    "string",
    "char",
    "ListNode",
    "TreeNode",
    "GraphNode",
    "RandomListNode",
    "Interval",
    "void",
    "list<T>",
    "T?",
];

impl ValueType {
    /// Parses `list<list<int>>`, `int?`, `TreeNode`, ...
    pub fn parse(text: &str) -> Result<ValueType, String> {
        let t = text.trim();
        if let Some(inner) = t.strip_suffix('?') {
            let inner = ValueType::parse(inner)?;
            if matches!(inner, ValueType::Void | ValueType::Optional(_)) {
                return Err(format!("`{t}`: only a value type can be optional"));
            }
            return Ok(ValueType::Optional(Box::new(inner)));
        }
        if let Some(rest) = t.strip_prefix("list<") {
            let inner = rest
                .strip_suffix('>')
                .ok_or_else(|| format!("`{t}`: missing `>`"))?;
            let inner = ValueType::parse(inner)?;
            if inner == ValueType::Void {
                return Err(format!("`{t}`: a list cannot hold void"));
            }
            return Ok(ValueType::List(Box::new(inner)));
        }
        Ok(match t {
            "int" => ValueType::Int,
            "uint" => ValueType::UInt,
            "long" => ValueType::Long,
            "double" => ValueType::Double,
            "bool" => ValueType::Bool,
            "string" => ValueType::String,
            "char" => ValueType::Char,
            "ListNode" => ValueType::ListNode,
            "TreeNode" => ValueType::TreeNode,
            "GraphNode" => ValueType::GraphNode,
            "RandomListNode" => ValueType::RandomListNode,
            "Interval" => ValueType::Interval,
            "void" => ValueType::Void,
            _ => {
                let hint = crate::catalog::did_you_mean(t, NAMES.iter().copied())
                    .map(|s| format!("; did you mean `{s}`?"))
                    .unwrap_or_default();
                return Err(format!(
                    "unknown type `{t}` (types: {}){hint}",
                    NAMES.join(", ")
                ));
            }
        })
    }

    /// The Rust type LeetCode uses for it.
    pub fn rust(&self) -> String {
        match self {
            ValueType::Int => "i32".into(),
            ValueType::UInt => "u32".into(),
            ValueType::Long => "i64".into(),
            ValueType::Double => "f64".into(),
            ValueType::Bool => "bool".into(),
            ValueType::String => "String".into(),
            ValueType::Char => "char".into(),
            ValueType::ListNode => "Option<Box<ListNode>>".into(),
            ValueType::TreeNode => "Option<Rc<RefCell<TreeNode>>>".into(),
            // No Rust version (see `Signature::rust_unsupported`).
            ValueType::GraphNode | ValueType::RandomListNode | ValueType::Interval => "()".into(),
            ValueType::Void => "()".into(),
            ValueType::List(t) => format!("Vec<{}>", t.rust()),
            ValueType::Optional(t) => format!("Option<{}>", t.rust()),
        }
    }

    /// The Rust type with full paths, for generated code that must not depend on `use` lines.
    pub fn rust_qualified(&self) -> String {
        match self {
            ValueType::ListNode => "Option<Box<crate::ListNode>>".into(),
            ValueType::TreeNode => {
                "Option<std::rc::Rc<std::cell::RefCell<crate::TreeNode>>>".into()
            }
            ValueType::List(t) => format!("Vec<{}>", t.rust_qualified()),
            ValueType::Optional(t) => format!("Option<{}>", t.rust_qualified()),
            other => other.rust(),
        }
    }

    /// The Python annotation LeetCode uses for it.
    pub fn python(&self) -> String {
        match self {
            ValueType::Int | ValueType::UInt | ValueType::Long => "int".into(),
            ValueType::Double => "float".into(),
            ValueType::Bool => "bool".into(),
            ValueType::String | ValueType::Char => "str".into(),
            ValueType::ListNode => "Optional[ListNode]".into(),
            ValueType::TreeNode => "Optional[TreeNode]".into(),
            ValueType::GraphNode | ValueType::RandomListNode => "Optional['Node']".into(),
            ValueType::Interval => "Interval".into(),
            ValueType::Void => "None".into(),
            ValueType::List(t) => format!("List[{}]", t.python()),
            ValueType::Optional(t) => format!("Optional[{}]", t.python()),
        }
    }

    /// A value of this type for a stub: compiles, and is (almost always) a wrong answer.
    pub fn rust_default(&self) -> String {
        match self {
            ValueType::Int | ValueType::UInt | ValueType::Long => "0".into(),
            ValueType::Double => "0.0".into(),
            ValueType::Bool => "false".into(),
            ValueType::String => "String::new()".into(),
            ValueType::Char => "' '".into(),
            ValueType::ListNode | ValueType::TreeNode | ValueType::Optional(_) => "None".into(),
            ValueType::GraphNode
            | ValueType::RandomListNode
            | ValueType::Interval
            | ValueType::Void => String::new(),
            ValueType::List(_) => "vec![]".into(),
        }
    }

    /// Whether a value of this type contains a `double` anywhere.
    pub fn has_double(&self) -> bool {
        match self {
            ValueType::Double => true,
            ValueType::List(t) | ValueType::Optional(t) => t.has_double(),
            _ => false,
        }
    }

    pub fn uses_list_node(&self) -> bool {
        match self {
            ValueType::ListNode => true,
            ValueType::List(t) | ValueType::Optional(t) => t.uses_list_node(),
            _ => false,
        }
    }

    /// Whether a value of this type holds one of LeetCode's Python-only classes (graph and
    /// random-pointer `Node`, `Interval`) anywhere.
    pub fn python_only(&self) -> bool {
        match self {
            ValueType::GraphNode | ValueType::RandomListNode | ValueType::Interval => true,
            ValueType::List(t) | ValueType::Optional(t) => t.python_only(),
            _ => false,
        }
    }

    pub fn uses_tree_node(&self) -> bool {
        match self {
            ValueType::TreeNode => true,
            ValueType::List(t) | ValueType::Optional(t) => t.uses_tree_node(),
            _ => false,
        }
    }

    /// Checks that a YAML/JSON value fits this type (as the harnesses will decode it).
    pub fn check(&self, v: &serde_json::Value) -> Result<(), String> {
        use serde_json::Value as V;
        let bad = || Err(format!("`{v}` is not a {self}"));
        match (self, v) {
            (ValueType::Optional(_), V::Null) => Ok(()),
            (ValueType::Optional(t), v) => t.check(v),
            (ValueType::Void, V::Null) => Ok(()),
            (ValueType::Int, V::Number(n)) => match n.as_i64() {
                Some(i) if i32::try_from(i).is_ok() => Ok(()),
                _ => bad(),
            },
            (ValueType::UInt, V::Number(n)) => match n.as_u64() {
                Some(i) if u32::try_from(i).is_ok() => Ok(()),
                _ => bad(),
            },
            (ValueType::Long, V::Number(n)) if n.as_i64().is_some() => Ok(()),
            (ValueType::Double, V::Number(_)) => Ok(()),
            (ValueType::Bool, V::Bool(_)) => Ok(()),
            (ValueType::String, V::String(_)) => Ok(()),
            (ValueType::Char, V::String(s)) if s.chars().count() == 1 => Ok(()),
            (ValueType::ListNode, V::Array(items)) => {
                items.iter().try_for_each(|x| ValueType::Int.check(x))
            }
            (ValueType::TreeNode, V::Array(items)) => {
                if items.first().is_some_and(|x| x.is_null()) {
                    return Err("a tree's level order cannot start with null".into());
                }
                items.iter().try_for_each(|x| match x {
                    V::Null => Ok(()),
                    x => ValueType::Int.check(x),
                })
            }
            (ValueType::GraphNode, V::Array(adj)) => {
                let n = adj.len() as u64;
                adj.iter().enumerate().try_for_each(|(i, row)| match row {
                    V::Array(ns) => ns.iter().try_for_each(|x| match x.as_u64() {
                        Some(j) if (1..=n).contains(&j) && j != i as u64 + 1 => Ok(()),
                        _ => Err(format!(
                            "node {}: `{x}` is not another node's number (1..{n})",
                            i + 1
                        )),
                    }),
                    _ => Err(format!("node {}: neighbours must be a list", i + 1)),
                })
            }
            (ValueType::RandomListNode, V::Array(items)) => {
                let n = items.len() as u64;
                items
                    .iter()
                    .try_for_each(|item| match item.as_array().map(Vec::as_slice) {
                        Some([val, random]) => {
                            ValueType::Int.check(val)?;
                            match random {
                                V::Null => Ok(()),
                                r if r.as_u64().is_some_and(|j| j < n) => Ok(()),
                                r => Err(format!("random index `{r}` is not a node (0..{n})")),
                            }
                        }
                        _ => Err(format!("`{item}` is not [val, random_index]")),
                    })
            }
            (ValueType::Interval, V::Array(ends)) if ends.len() == 2 => {
                ends.iter().try_for_each(|x| ValueType::Int.check(x))
            }
            (ValueType::List(t), V::Array(items)) => items.iter().try_for_each(|x| t.check(x)),
            _ => bad(),
        }
    }
}

impl fmt::Display for ValueType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ValueType::Int => f.write_str("int"),
            ValueType::UInt => f.write_str("uint"),
            ValueType::Long => f.write_str("long"),
            ValueType::Double => f.write_str("double"),
            ValueType::Bool => f.write_str("bool"),
            ValueType::String => f.write_str("string"),
            ValueType::Char => f.write_str("char"),
            ValueType::ListNode => f.write_str("ListNode"),
            ValueType::TreeNode => f.write_str("TreeNode"),
            ValueType::GraphNode => f.write_str("GraphNode"),
            ValueType::RandomListNode => f.write_str("RandomListNode"),
            ValueType::Interval => f.write_str("Interval"),
            ValueType::Void => f.write_str("void"),
            ValueType::List(t) => write!(f, "list<{t}>"),
            ValueType::Optional(t) => write!(f, "{t}?"),
        }
    }
}

/// `twoSum` → `two_sum`, as LeetCode names Rust methods: a capital starts a word after a
/// lowercase letter or digit, or after a capital when a lowercase letter follows
/// (`mergeKLists` → `merge_k_lists`, `isValidBST` → `is_valid_bst`).
pub fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            if prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower)
            {
                out.push('_');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parse_and_render() {
        let t = ValueType::parse("list<list<int>>").unwrap();
        assert_eq!(t.to_string(), "list<list<int>>");
        assert_eq!(t.rust(), "Vec<Vec<i32>>");
        assert_eq!(t.python(), "List[List[int]]");
        assert_eq!(
            ValueType::parse("TreeNode").unwrap().rust(),
            "Option<Rc<RefCell<TreeNode>>>"
        );
        assert_eq!(ValueType::parse("int?").unwrap().rust(), "Option<i32>");
        assert!(ValueType::parse("list<int").is_err());
        assert!(ValueType::parse("integer")
            .unwrap_err()
            .contains("did you mean `int`"));
        assert!(ValueType::parse("void?").is_err());
    }

    #[test]
    fn values_are_checked_against_types() {
        let t = ValueType::parse("list<int>").unwrap();
        assert!(t.check(&json!([1, 2])).is_ok());
        assert!(t.check(&json!([1, "x"])).is_err());
        assert!(ValueType::Int.check(&json!(3_000_000_000i64)).is_err());
        assert!(ValueType::Long.check(&json!(3_000_000_000i64)).is_ok());
        assert!(ValueType::TreeNode.check(&json!([1, null, 2])).is_ok());
        assert!(ValueType::TreeNode.check(&json!([null])).is_err());
        assert!(ValueType::Char.check(&json!("ab")).is_err());
        assert!(ValueType::parse("int?")
            .unwrap()
            .check(&json!(null))
            .is_ok());
    }

    #[test]
    fn intervals_are_pairs_and_python_only() {
        let t = ValueType::parse("list<list<Interval>>").unwrap();
        assert_eq!(t.to_string(), "list<list<Interval>>");
        assert_eq!(t.python(), "List[List[Interval]]");
        assert!(t.python_only());
        assert!(!ValueType::parse("list<list<int>>").unwrap().python_only());
        assert!(t.check(&json!([[[1, 2], [5, 8]], [[3, 4]]])).is_ok());
        assert!(t.check(&json!([[[1, 2, 3]]])).is_err());
        assert!(t.check(&json!([[[1, "x"]]])).is_err());
    }

    #[test]
    fn snake() {
        assert_eq!(snake_case("twoSum"), "two_sum");
        assert_eq!(snake_case("maxDepth"), "max_depth");
        assert_eq!(snake_case("get"), "get");
        assert_eq!(snake_case("isValidBST"), "is_valid_bst");
        assert_eq!(snake_case("mergeKLists"), "merge_k_lists");
        assert_eq!(snake_case("LRUCache"), "lru_cache");
        assert_eq!(snake_case("getMin"), "get_min");
    }
}
