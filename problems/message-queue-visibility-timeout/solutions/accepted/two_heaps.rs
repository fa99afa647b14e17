use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::io::{self, BufWriter, Read, Write};

struct Msg {
    seq: u64,
    body: String,
    count: u64,
    visible_at: i64,
}

fn main() {
    let mut input = String::new();
    io::stdin().lock().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let q: usize = it.next().unwrap().parse().unwrap();
    let vt: i64 = it.next().unwrap().parse().unwrap();
    let dw: i64 = it.next().unwrap().parse().unwrap();
    let mut msgs: HashMap<String, Msg> = HashMap::new();
    let mut last_send: HashMap<String, i64> = HashMap::new();
    // Visible messages, oldest first; received ones, by the end of their timeout.
    let mut ready: BinaryHeap<Reverse<(u64, String)>> = BinaryHeap::new();
    let mut flight: BinaryHeap<Reverse<(i64, u64, String)>> = BinaryHeap::new();
    let mut seq = 0u64;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for _ in 0..q {
        let cmd = it.next().unwrap();
        let t: i64 = it.next().unwrap().parse().unwrap();
        match cmd {
            "SEND" => {
                let id = it.next().unwrap();
                let body = it.next().unwrap();
                let dup = msgs.contains_key(id) || last_send.get(id).map_or(false, |&s| t < s + dw);
                if dup {
                    writeln!(out, "DUP").unwrap();
                    continue;
                }
                last_send.insert(id.to_string(), t);
                msgs.insert(id.to_string(), Msg { seq, body: body.to_string(), count: 0, visible_at: t });
                ready.push(Reverse((seq, id.to_string())));
                seq += 1;
                writeln!(out, "OK").unwrap();
            }
            "RECV" => {
                while let Some(Reverse((vis, _, _))) = flight.peek() {
                    if *vis > t {
                        break;
                    }
                    let Reverse((vis, s, id)) = flight.pop().unwrap();
                    if let Some(m) = msgs.get(&id) {
                        // Skip entries of acknowledged messages (or of an older message with this id).
                        if m.seq == s && m.visible_at == vis {
                            ready.push(Reverse((s, id)));
                        }
                    }
                }
                match ready.pop() {
                    None => writeln!(out, "EMPTY").unwrap(),
                    Some(Reverse((s, id))) => {
                        let m = msgs.get_mut(&id).unwrap();
                        m.count += 1;
                        m.visible_at = t + vt;
                        writeln!(out, "{} {} {}", id, m.body, m.count).unwrap();
                        flight.push(Reverse((m.visible_at, s, id)));
                    }
                }
            }
            _ => {
                let id = it.next().unwrap();
                let answer = match msgs.get(id) {
                    None => "UNKNOWN",
                    Some(m) if m.count > 0 && t < m.visible_at => "ACKED",
                    Some(_) => "NOT_IN_FLIGHT",
                };
                if answer == "ACKED" {
                    msgs.remove(id);
                }
                writeln!(out, "{}", answer).unwrap();
            }
        }
    }
    out.flush().unwrap();
}
