// Tests of the Rust harness prelude (prelude.rs) and nodes (nodes.rs), std only:
//
//     rustc -O --edition 2021 -o /tmp/pt src/harness/rust/prelude_test.rs && /tmp/pt
//
// The program works in a fresh temporary directory (the result file is written to the cwd) and
// re-runs itself (PRELUDE_TEST_CHILD=...) for the paths that exit the process.
#![allow(dead_code, unused_imports, unused_variables, unused_mut, non_snake_case)]
#[allow(unsafe_code)]
mod __judge_clock {
    include!("clock.rs");
}
mod __judge_prelude {
    include!("prelude.rs");
}
include!("nodes.rs");

use __judge_prelude::{FromJson, Json, ToJson};
use std::cell::RefCell;
use std::rc::Rc;

type List = Option<Box<ListNode>>;
type Tree = Option<Rc<RefCell<TreeNode>>>;

fn parse(text: &str) -> Json {
    Json::parse(text).unwrap_or_else(|e| panic!("cannot parse {:?}: {}", text, e))
}

/// Parses `text` as JSON, converts it to `T`, back to JSON, and checks the text is `expected`.
fn round_trip<T: FromJson + ToJson>(text: &str, expected: &str) -> T {
    let v = T::from_json(&parse(text)).unwrap_or_else(|e| panic!("from_json {}: {}", text, e));
    assert_eq!(v.to_json().to_string(), expected, "round trip of {}", text);
    v
}

fn rejects<T: FromJson>(text: &str, needle: &str) {
    match T::from_json(&parse(text)) {
        Ok(_) => panic!("{} was accepted as {}", text, std::any::type_name::<T>()),
        Err(e) => assert!(e.contains(needle), "error for {}: {:?} lacks {:?}", text, e, needle),
    }
}

fn test_json() {
    // numbers
    assert_eq!(parse("0"), Json::Int(0));
    assert_eq!(parse("-0"), Json::Int(0));
    assert_eq!(parse("-17"), Json::Int(-17));
    assert_eq!(parse("9223372036854775807"), Json::Int(i64::MAX));
    assert_eq!(parse("-9223372036854775808"), Json::Int(i64::MIN));
    assert_eq!(parse("9223372036854775808"), Json::Num(9223372036854775808.0));
    assert_eq!(parse("3.0"), Json::Num(3.0));
    assert_eq!(parse("1e3"), Json::Num(1000.0));
    assert_eq!(parse("-2.5E-3"), Json::Num(-0.0025));
    assert_eq!(parse("1E+2"), Json::Num(100.0));
    for (v, text) in [
        (Json::Num(2.0), "2.0"),
        (Json::Num(0.1), "0.1"),
        (Json::Num(-0.5), "-0.5"),
        (Json::Num(1e-7), "1e-7"),
        (Json::Num(1e300), "1e300"),
        (Json::Num(0.1 + 0.2), "0.30000000000000004"),
        (Json::Num(f64::NAN), "null"),
        (Json::Num(f64::INFINITY), "null"),
        (Json::Num(f64::NEG_INFINITY), "null"),
        (Json::Int(-5), "-5"),
        (Json::Int(i64::MIN), "-9223372036854775808"),
    ] {
        assert_eq!(v.to_string(), text);
    }
    for f in [0.1, 1.0 / 3.0, 123456.789e-30, 5e-324, f64::MAX, -0.0] {
        match parse(&Json::Num(f).to_string()) {
            Json::Num(g) => assert!(g == f && g.is_sign_negative() == f.is_sign_negative()),
            other => panic!("{:?}", other),
        }
    }
    // strings and escapes
    assert_eq!(
        parse(r#""a\"b\\c\/d\b\f\n\r\t\u0041\u00e9\u4e2d\ud83d\ude00""#),
        Json::Str("a\"b\\c/d\u{8}\u{c}\n\r\tA\u{e9}\u{4e2d}\u{1f600}".to_string())
    );
    assert_eq!(parse("\"h\u{e9}llo \u{1f600}\""), Json::Str("h\u{e9}llo \u{1f600}".to_string()));
    let s = Json::Str("q\"b\\n\nt\tc\u{1}\u{1f}\u{7f} \u{e9}\u{1f600}".to_string());
    assert_eq!(s.to_string(), "\"q\\\"b\\\\n\\nt\\tc\\u0001\\u001f\u{7f} \u{e9}\u{1f600}\"");
    assert_eq!(parse(&s.to_string()), s);
    assert_eq!(parse("\"\""), Json::Str(String::new()));
    // nesting and whitespace
    let doc = parse(" \n\t{ \"a\" : [ 1 , [ [ ] , { } ] , null , true , false ] ,\r\n \"b\":{\"c\":\"d\"} } ");
    assert_eq!(
        doc.to_string(),
        r#"{"a":[1,[[],{}],null,true,false],"b":{"c":"d"}}"#
    );
    assert_eq!(doc.get("b").and_then(|b| b.get("c")), Some(&Json::Str("d".to_string())));
    assert_eq!(doc.get("a").and_then(|a| a.at(3)), Some(&Json::Bool(true)));
    assert_eq!(doc.get("zz"), None);
    assert_eq!(parse(&doc.to_string()), doc);
    let deep = "[".repeat(200) + &"]".repeat(200);
    assert_eq!(parse(&deep).to_string(), deep);
    // malformed documents
    for bad in [
        "", " ", "[1,]", "[1 2]", "{\"a\"}", "{\"a\":1,}", "{a:1}", "01", "-", "1.", ".5", "1e",
        "+1", "tru", "nul", "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\u+123\"", "\"\\ud800\"",
        "\"\\ud800\\u0041\"", "\"\\udc00\"", "\"a\nb\"", "[1] x", "[", "{", "]", "NaN",
    ] {
        assert!(Json::parse(bad).is_err(), "{:?} was accepted", bad);
    }
}

fn test_scalars() {
    assert_eq!(round_trip::<i32>("2147483647", "2147483647"), i32::MAX);
    assert_eq!(round_trip::<i32>("-2147483648", "-2147483648"), i32::MIN);
    assert_eq!(round_trip::<i32>("3.0", "3"), 3);
    rejects::<i32>("2147483648", "out of range");
    rejects::<i32>("-2147483649", "out of range");
    rejects::<i32>("1e10", "out of range");
    rejects::<i32>("3.5", "expected int");
    rejects::<i32>("\"3\"", "expected int");
    rejects::<i32>("null", "expected int");
    assert_eq!(round_trip::<i64>("-9223372036854775808", "-9223372036854775808"), i64::MIN);
    assert_eq!(round_trip::<i64>("10000000000", "10000000000"), 10_000_000_000);
    rejects::<i64>("9223372036854775808", "out of range");
    rejects::<i64>("true", "expected long");
    assert_eq!(round_trip::<f64>("2", "2.0"), 2.0);
    assert_eq!(round_trip::<f64>("0.25", "0.25"), 0.25);
    assert_eq!(round_trip::<f64>("-1e-9", "-1e-9"), -1e-9);
    rejects::<f64>("\"1\"", "expected double");
    assert!(round_trip::<bool>("true", "true"));
    assert!(!round_trip::<bool>("false", "false"));
    rejects::<bool>("1", "expected bool");
    assert_eq!(round_trip::<String>(r#""a\"\n\u00e9""#, "\"a\\\"\\n\u{e9}\""), "a\"\n\u{e9}");
    rejects::<String>("5", "expected string");
    assert_eq!(round_trip::<char>("\"x\"", "\"x\""), 'x');
    assert_eq!(round_trip::<char>("\"\\u00e9\"", "\"\u{e9}\""), '\u{e9}');
    assert_eq!(round_trip::<char>("\"\u{1f600}\"", "\"\u{1f600}\""), '\u{1f600}');
    rejects::<char>("\"ab\"", "one-character");
    rejects::<char>("\"\"", "one-character");
    rejects::<char>("97", "one-character");
    assert_eq!(().to_json(), Json::Null);
    assert_eq!(round_trip::<Json>("{\"k\":[1,2.5]}", "{\"k\":[1,2.5]}").get("k").map(|_| ()), Some(()));
}

fn test_containers() {
    assert_eq!(round_trip::<Vec<i32>>("[1, -2, 3]", "[1,-2,3]"), vec![1, -2, 3]);
    assert_eq!(round_trip::<Vec<i32>>("[]", "[]"), Vec::<i32>::new());
    assert_eq!(round_trip::<Vec<Vec<i32>>>("[[1],[],[2,3]]", "[[1],[],[2,3]]").len(), 3);
    let grid = round_trip::<Vec<Vec<char>>>(r##"[["5","."],["\u00e9","#"]]"##, "[[\"5\",\".\"],[\"\u{e9}\",\"#\"]]");
    assert_eq!(grid[1][0], '\u{e9}');
    assert_eq!(
        round_trip::<Vec<String>>(r#"["eat","","t\"ea"]"#, r#"["eat","","t\"ea"]"#),
        vec!["eat".to_string(), String::new(), "t\"ea".to_string()]
    );
    assert_eq!(round_trip::<Vec<f64>>("[1, 0.5]", "[1.0,0.5]"), vec![1.0, 0.5]);
    assert_eq!(round_trip::<Vec<bool>>("[true,false]", "[true,false]"), vec![true, false]);
    assert_eq!(round_trip::<Vec<i64>>("[4294967296]", "[4294967296]"), vec![1i64 << 32]);
    assert_eq!(round_trip::<Option<i32>>("null", "null"), None);
    assert_eq!(round_trip::<Option<i32>>("7", "7"), Some(7));
    assert_eq!(round_trip::<Option<Vec<i32>>>("[]", "[]"), Some(vec![]));
    assert_eq!(round_trip::<Vec<Option<i32>>>("[1,null,3]", "[1,null,3]"), vec![Some(1), None, Some(3)]);
    assert_eq!(round_trip::<Option<String>>("\"s\"", "\"s\""), Some("s".to_string()));
    rejects::<Vec<i32>>("[1,2147483648]", "[1]: expected int (i32), got 2147483648 (out of range)");
    rejects::<Vec<Vec<i32>>>("[[1],[2,\"x\"]]", "[1]: [1]: expected int");
    rejects::<Vec<i32>>("{}", "expected list");
    rejects::<Option<i32>>("\"x\"", "expected int");
}

fn list_vals(mut l: &List) -> Vec<i32> {
    let mut out = Vec::new();
    while let Some(n) = l {
        out.push(n.val);
        l = &n.next;
    }
    out
}

fn test_lists() {
    assert_eq!(round_trip::<List>("[]", "[]"), None);
    assert_eq!(<List as FromJson>::from_json(&Json::Null), Ok(None));
    let l = round_trip::<List>("[1,2,3,4,5]", "[1,2,3,4,5]");
    assert_eq!(list_vals(&l), vec![1, 2, 3, 4, 5]);
    // The same value as LeetCode's ListNode::new would build.
    let mut manual = ListNode::new(1);
    manual.next = Some(Box::new(ListNode::new(2)));
    assert_eq!(round_trip::<List>("[1,2]", "[1,2]"), Some(Box::new(manual)));
    rejects::<List>("[1,\"x\"]", "ListNode [1]: expected int");
    rejects::<List>("[1,2147483648]", "out of range");
    rejects::<List>("5", "expected ListNode");
    let lists = round_trip::<Vec<List>>("[[1,4,5],[],[2,6]]", "[[1,4,5],[],[2,6]]");
    assert_eq!(lists.len(), 3);
    assert!(lists[1].is_none());
    assert_eq!(round_trip::<Vec<List>>("[]", "[]").len(), 0);
    // 100000 nodes, freed without the recursive drop.
    let n = 100_000;
    let text = Json::Arr((0..n).map(|i| Json::Int(i * 7 - 3)).collect()).to_string();
    let long = round_trip::<List>(&text, &text);
    assert_eq!(list_vals(&long).len(), n as usize);
    __judge_prelude::drop_list(long);
}

fn tree(text: &str) -> Tree {
    Tree::from_json(&parse(text)).unwrap()
}

fn val(t: &Tree) -> i32 {
    t.as_ref().unwrap().borrow().val
}

fn child(t: &Tree, right: bool) -> Tree {
    let n = t.as_ref().unwrap().borrow();
    if right { n.right.clone() } else { n.left.clone() }
}

fn test_trees() {
    for text in ["[4,2,7,1,3,6,9]", "[1,null,2]", "[]", "[5,4,8,11,null,13,4,7,2,null,null,null,1]", "[1]", "[1,2]", "[3,9,20,null,null,15,7]", "[-1,0,null,2147483647,-2147483648]"] {
        round_trip::<Tree>(text, text);
    }
    assert_eq!(round_trip::<Tree>("null", "[]"), None);
    assert_eq!(round_trip::<Tree>("[null]", "[]"), None);
    round_trip::<Tree>("[1,null,2,null,null]", "[1,null,2]");
    round_trip::<Tree>("[1,2,3,null,null,null,null]", "[1,2,3]");
    let t = tree("[4,2,7,1,3,6,9]");
    assert_eq!(val(&t), 4);
    assert_eq!(val(&child(&t, false)), 2);
    assert_eq!(val(&child(&t, true)), 7);
    assert_eq!(val(&child(&child(&t, false), true)), 3);
    assert_eq!(val(&child(&child(&t, true), false)), 6);
    let t = tree("[1,null,2]");
    assert!(child(&t, false).is_none());
    assert_eq!(val(&child(&t, true)), 2);
    let t = tree("[5,4,8,11,null,13,4,7,2,null,null,null,1]");
    let n11 = child(&child(&t, false), false);
    assert_eq!((val(&n11), val(&child(&n11, false)), val(&child(&n11, true))), (11, 7, 2));
    assert_eq!(val(&child(&child(&child(&t, true), true), true)), 1);
    // The same value as LeetCode's TreeNode::new would build.
    let mut root = TreeNode::new(1);
    root.right = Some(Rc::new(RefCell::new(TreeNode::new(2))));
    assert_eq!(tree("[1,null,2]"), Some(Rc::new(RefCell::new(root))));
    rejects::<Tree>("[null,1]", "root is null");
    rejects::<Tree>("[1,null,null,2]", "no parent");
    rejects::<Tree>("[1,\"a\"]", "TreeNode [1]: expected int");
    rejects::<Tree>("{}", "expected TreeNode");
    round_trip::<Vec<Tree>>("[[1,2],[],[3,null,4]]", "[[1,2],[],[3,null,4]]");
    // A shared subtree prints twice; a cycle is a panic (a runtime error of the solution).
    let leaf = Some(Rc::new(RefCell::new(TreeNode::new(1))));
    let shared = Rc::new(RefCell::new(TreeNode { val: 0, left: leaf.clone(), right: leaf }));
    assert_eq!(Some(shared.clone()).to_json().to_string(), "[0,1,1]");
    let cyclic = tree("[1,2,3]");
    let two = child(&cyclic, false).unwrap();
    two.borrow_mut().right = cyclic.clone();
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| cyclic.to_json()));
    std::panic::set_hook(hook);
    assert!(r.is_err(), "a cycle was printed");
    two.borrow_mut().right = None;
    // A 100000-deep chain both ways (the BFS and the cycle check are iterative).
    let n = 100_000;
    let mut items = vec![Json::Int(0)];
    for i in 1..n {
        items.push(Json::Null);
        items.push(Json::Int(i));
    }
    let text = Json::Arr(items).to_string();
    let mut chain = round_trip::<Tree>(&text, &text);
    while let Some(node) = chain {
        chain = node.borrow_mut().right.take();
    }
}

fn test_protocol() {
    use __judge_prelude::*;
    let args = parse(r#"[[2,7,11,15],9,"s",[1,null,2]]"#);
    let nums: Vec<i32> = arg(&args, 0, "nums");
    let target: i32 = arg(&args, 1, "target");
    let s: String = arg(&args, 2, "s");
    let t: Tree = arg(&args, 3, "root");
    assert_eq!((nums, target, s.as_str(), val(&t)), (vec![2, 7, 11, 15], 9, "s", 1));
    let doc = parse(r#"{"kind":"design","calls":["LRUCache","put","get"],"args":[[2],[1,1],[1]]}"#);
    let calls = design_calls(&doc);
    assert_eq!(calls.len(), 3);
    assert_eq!(calls[1].0, "put");
    assert_eq!(calls[1].1.to_string(), "[1,1]");
    assert_eq!(member(&doc, "kind").as_str(), Some("design"));
    write_result(&vec![0, 1].to_json());
    assert_eq!(std::fs::read_to_string(RESULT_FILE).unwrap(), r#"{"ok":[0,1]}"#);
    write_failed_call(3, &[Json::Null, Json::Int(1)]);
    assert_eq!(std::fs::read_to_string(RESULT_FILE).unwrap(), r#"{"failed_call":3,"partial":[null,1]}"#);
    write_result(&Json::Str("\u{e9}\"".to_string()));
    assert_eq!(std::fs::read_to_string(RESULT_FILE).unwrap(), "{\"ok\":\"\u{e9}\\\"\"}");
    // Unless the input asks, the calls are not timed.
    assert_eq!(run_design_call(0, &[], || 42), 42);
    write_result(&Json::Int(1));
    assert_eq!(std::fs::read_to_string(RESULT_FILE).unwrap(), r#"{"ok":1}"#);
    // When it does, once the user's code has been called, the result carries their CPU seconds.
    set_timing(&parse(r#"{"time_calls":true}"#));
    assert_eq!(run_design_call(0, &[], || 42), 42);
    assert_eq!(timed(|| (0..1000u64).sum::<u64>()), 499500);
    write_result(&Json::Int(1));
    let text = std::fs::read_to_string(RESULT_FILE).unwrap();
    let seconds = text
        .strip_prefix(r#"{"ok":1,"call_cpu":"#)
        .and_then(|t| t.strip_suffix('}'))
        .and_then(|t| t.parse::<f64>().ok());
    assert!(matches!(seconds, Some(s) if (0.0..1.0).contains(&s)), "{}", text);
}

/// The paths that end the process, run in a child process.
fn child_main(mode: &str) {
    use __judge_prelude::*;
    match mode {
        "panic" => {
            let doc = read_stdin();
            print!("stdout kept");
            let partial = [Json::Null, Json::Int(1)];
            run_design_call(2, &partial, || -> Json { panic!("boom in call two") });
        }
        "badarg" => {
            let args = parse("[1, 2147483648]");
            let _: i32 = arg(&args, 1, "target");
        }
        "missing" => {
            let _: i32 = arg(&parse("[1]"), 1, "target");
        }
        "badstdin" => {
            read_stdin();
        }
        "panic_after_open" => {
            read_stdin();
            panic!("plain panic");
        }
        _ => panic!("unknown child mode {}", mode),
    }
    eprintln!("child did not exit");
    std::process::exit(99);
}

fn run_child(mode: &str, stdin: &str) -> (i32, String, String, Option<String>) {
    use std::io::Write;
    let _ = std::fs::remove_file(__judge_prelude::RESULT_FILE);
    let mut c = std::process::Command::new(std::env::current_exe().unwrap())
        .env("PRELUDE_TEST_CHILD", mode)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    c.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = c.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        std::fs::read_to_string(__judge_prelude::RESULT_FILE).ok(),
    )
}

fn test_exits() {
    let (code, out, err, result) = run_child("panic", "{}");
    assert_eq!(code, 101, "{}", err);
    assert_eq!(out, "stdout kept");
    assert!(err.contains("boom in call two"), "{}", err);
    assert_eq!(result.as_deref(), Some(r#"{"failed_call":2,"partial":[null,1]}"#));
    let (code, _, err, _) = run_child("badarg", "");
    assert_eq!(code, 3);
    assert!(err.contains("argument 1 (target)") && err.contains("out of range"), "{}", err);
    let (code, _, err, _) = run_child("missing", "");
    assert_eq!(code, 3);
    assert!(err.contains("argument 1 (target) is missing"), "{}", err);
    let (code, _, err, result) = run_child("badstdin", "{\"args\": [1,");
    assert_eq!(code, 3);
    assert!(err.contains("invalid JSON"), "{}", err);
    assert_eq!(result, None);
    // The result file is opened by read_stdin, before the user's code runs: empty on a panic.
    let (code, _, err, result) = run_child("panic_after_open", "{}");
    assert_eq!(code, 101);
    assert!(err.contains("plain panic"), "{}", err);
    assert_eq!(result.as_deref(), Some(""));
}

fn main() {
    if let Ok(mode) = std::env::var("PRELUDE_TEST_CHILD") {
        return child_main(&mode);
    }
    let dir = std::env::temp_dir().join(format!("judge-prelude-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::env::set_current_dir(&dir).unwrap();
    test_json();
    test_scalars();
    test_containers();
    test_lists();
    test_trees();
    test_protocol();
    test_exits();
    std::env::set_current_dir(std::env::temp_dir()).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    println!("all prelude tests passed");
}
