use std::collections::HashMap;
use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let q: usize = it.next().unwrap().parse().unwrap();
    let vt: i64 = it.next().unwrap().parse().unwrap();
    let dw: i64 = it.next().unwrap().parse().unwrap();
    // Messages in send order: (id, body, receive count, visible_at, acknowledged).
    let mut queue: Vec<(String, String, u32, i64, bool)> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut last_send: HashMap<String, i64> = HashMap::new();
    let mut out = String::new();
    for _ in 0..q {
        let cmd = it.next().unwrap();
        let t: i64 = it.next().unwrap().parse().unwrap();
        match cmd {
            "SEND" => {
                let id = it.next().unwrap().to_string();
                let body = it.next().unwrap().to_string();
                let dup = by_id.contains_key(&id)
                    || last_send.get(&id).map_or(false, |&s| t < s + dw);
                if dup {
                    out.push_str("DUP\n");
                    continue;
                }
                last_send.insert(id.clone(), t);
                by_id.insert(id.clone(), queue.len());
                queue.push((id, body, 0, t, false));
                out.push_str("OK\n");
            }
            "RECV" => {
                // Correct, but looks at the messages in order on every receive.
                match queue.iter_mut().find(|m| !m.4 && m.3 <= t) {
                    None => out.push_str("EMPTY\n"),
                    Some(m) => {
                        m.2 += 1;
                        m.3 = t + vt;
                        out.push_str(&format!("{} {} {}\n", m.0, m.1, m.2));
                    }
                }
            }
            _ => {
                let id = it.next().unwrap();
                match by_id.get(id).copied() {
                    None => out.push_str("UNKNOWN\n"),
                    Some(i) if queue[i].2 > 0 && t < queue[i].3 => {
                        queue[i].4 = true;
                        by_id.remove(id);
                        out.push_str("ACKED\n");
                    }
                    Some(_) => out.push_str("NOT_IN_FLIGHT\n"),
                }
            }
        }
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
