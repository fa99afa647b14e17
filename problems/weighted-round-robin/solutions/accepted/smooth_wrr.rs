use std::collections::HashMap;
use std::io::{self, BufWriter, Read, Write};

struct Server {
    name: String,
    weight: i64,
    current: i64,
    alive: bool,
}

fn main() {
    let mut input = String::new();
    io::stdin().lock().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let q: usize = it.next().unwrap().parse().unwrap();
    // Servers in order of their (latest) ADD; removed ones are tombstoned and compacted now and then.
    let mut servers: Vec<Server> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for _ in 0..q {
        match it.next().unwrap() {
            "PICK" => {
                let mut total = 0i64;
                let mut best: Option<usize> = None;
                for i in 0..servers.len() {
                    if !servers[i].alive {
                        continue;
                    }
                    total += servers[i].weight;
                    servers[i].current += servers[i].weight;
                    // Strictly larger: on a tie the earlier-added server keeps the lead.
                    if best.map_or(true, |b| servers[i].current > servers[b].current) {
                        best = Some(i);
                    }
                }
                match best {
                    None => writeln!(out, "NONE").unwrap(),
                    Some(b) => {
                        servers[b].current -= total;
                        writeln!(out, "{}", servers[b].name).unwrap();
                    }
                }
            }
            "ADD" => {
                let name = it.next().unwrap().to_string();
                let w: i64 = it.next().unwrap().parse().unwrap();
                if !index.contains_key(&name) {
                    index.insert(name.clone(), servers.len());
                    servers.push(Server { name, weight: w, current: 0, alive: true });
                }
            }
            "WEIGHT" => {
                let name = it.next().unwrap();
                let w: i64 = it.next().unwrap().parse().unwrap();
                if let Some(&i) = index.get(name) {
                    servers[i].weight = w;
                }
            }
            _ => {
                let name = it.next().unwrap();
                if let Some(i) = index.remove(name) {
                    servers[i].alive = false;
                }
                if servers.len() > 64 && index.len() * 2 < servers.len() {
                    servers.retain(|s| s.alive);
                    for (i, s) in servers.iter().enumerate() {
                        index.insert(s.name.clone(), i);
                    }
                }
            }
        }
    }
    out.flush().unwrap();
}
