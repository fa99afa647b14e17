//! `judge report --html FILE` and `judge mock report --html FILE`: the history (or one mock
//! session) gathered into a [`report::html::Page`](crate::report::html::Page) and written as one
//! self-contained HTML file.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use crate::app::{self, Global};
use crate::clock::{clock_text, local};
use crate::exit::Failure;
use crate::history::{progress, review, stats, History};
use crate::mock::Session;
use crate::report::html::{render, Bar, Block, Page};

const DAY_MS: i64 = 86_400_000;

fn write(file: &Path, page: &Page) -> Result<(), Failure> {
    if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| {
            Failure::usage(
                format!("cannot create the folder {}: {e}", dir.display()),
                "",
            )
        })?;
    }
    std::fs::write(file, render(page))
        .map_err(|e| Failure::usage(format!("cannot write {}: {e}", file.display()), ""))?;
    println!(
        "wrote {} · open it in a browser (it needs no network)",
        file.display()
    );
    Ok(())
}

fn bar(label: &str, value: usize, total: usize) -> Bar {
    Bar {
        label: label.to_string(),
        value: value as f64,
        total: total as f64,
        text: format!("{value}/{total}"),
    }
}

fn median(mut v: Vec<i64>) -> Option<i64> {
    v.sort_unstable();
    match v.len() {
        0 => None,
        n if n % 2 == 1 => Some(v[n / 2]),
        n => Some((v[n / 2 - 1] + v[n / 2]) / 2),
    }
}

/// `judge report --html FILE`.
pub fn progress_report(global: &Global, file: &Path) -> Result<(), Failure> {
    let now = app::now()?;
    let offset = super::review::local_offset_ms(now);
    let history = History::open_existing()?;
    let attempts = match &history {
        Some(h) => h.all_attempts()?,
        None => Vec::new(),
    };
    let catalog = global.catalog();
    let problems = catalog.summaries()?;
    let st = stats::stats(&attempts, &problems, now, offset);
    let day = |ms: i64| (ms + offset).div_euclid(DAY_MS);

    // Problems solved over time: the first solve of each, cumulated per day.
    let mut first_solve: BTreeMap<&str, i64> = BTreeMap::new();
    let mut first_attempt: HashMap<&str, i64> = HashMap::new();
    for a in &attempts {
        first_attempt.entry(a.problem.as_str()).or_insert(a.at_ms);
        if a.solves() {
            first_solve.entry(a.problem.as_str()).or_insert(a.at_ms);
        }
    }
    let mut per_day: BTreeMap<i64, usize> = BTreeMap::new();
    for t in first_solve.values() {
        *per_day.entry(day(*t)).or_default() += 1;
    }
    let mut points = Vec::new();
    if let Some((&first, _)) = per_day.iter().next() {
        let mut total = 0;
        for d in first..=day(now).max(first) {
            total += per_day.get(&d).copied().unwrap_or(0);
            let label = local(d * DAY_MS - offset + DAY_MS / 2)
                .format("%b %-d")
                .to_string();
            points.push((label, total as f64));
        }
    }

    // Time to first AC, median per difficulty.
    let difficulty: HashMap<&str, &str> = problems
        .iter()
        .map(|p| (p.slug.as_str(), p.difficulty.as_str()))
        .collect();
    let mut times: BTreeMap<&str, Vec<i64>> = BTreeMap::new();
    for (slug, solved) in &first_solve {
        if let (Some(d), Some(start)) = (difficulty.get(slug), first_attempt.get(slug)) {
            times.entry(d).or_default().push(solved - start);
        }
    }
    let medians: Vec<(String, i64, usize)> = ["easy", "medium", "hard"]
        .iter()
        .filter_map(|d| {
            let v = times.get(d)?.clone();
            let n = v.len();
            Some((d.to_string(), median(v)?, n))
        })
        .collect();
    let longest = medians.iter().map(|m| m.1).max().unwrap_or(1).max(1);
    let first_ac: Vec<Bar> = medians
        .iter()
        .map(|(d, m, n)| Bar {
            label: format!("{d} ({n} solved)"),
            value: *m as f64,
            total: longest as f64,
            text: clock_text(*m),
        })
        .collect();

    // Study lists, and the patterns of the first one (NeetCode 150 when the catalog has it).
    let mut lists = Vec::new();
    let mut patterns = Vec::new();
    let mut patterns_of = String::new();
    let mut keys = catalog.list_keys();
    keys.sort_by_key(|k| (k != "neetcode-150", k.clone()));
    for (i, key) in keys.iter().enumerate() {
        let Ok(list) = catalog.study_list(key) else {
            continue;
        };
        let p = progress::list_progress(&attempts, &problems, &list);
        lists.push(bar(&p.title, p.solved, p.total));
        if i == 0 {
            patterns_of = p.title.clone();
            patterns = p
                .patterns
                .iter()
                .map(|g| bar(&g.name, g.solved, g.total))
                .collect();
        }
    }

    // Mock sessions.
    let mut mocks = Vec::new();
    if let Some(h) = &history {
        for s in h.sessions()? {
            let b = super::mock::board(h, &s)?;
            mocks.push(vec![
                format!("#{}", s.id),
                crate::clock::local_minute(s.started_ms),
                s.preset.clone(),
                b.headline(),
                s.problems
                    .iter()
                    .map(|p| p.problem.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            ]);
        }
    }

    // The review queue.
    let cards = review::schedule(&attempts, offset);
    let mut queue: Vec<&review::Card> = cards.values().collect();
    queue.sort_by(|a, b| a.due_ms.cmp(&b.due_ms).then(a.problem.cmp(&b.problem)));
    let queue: Vec<Vec<String>> = queue
        .iter()
        .take(20)
        .map(|c| {
            let d = day(c.due_ms) - day(now);
            vec![
                c.problem.clone(),
                match d {
                    0 => "today".to_string(),
                    d if d < 0 => format!("{} late", super::review::days(-d)),
                    d => format!("in {}", super::review::days(d)),
                },
                c.last.took_text(),
                super::review::days(c.interval_days),
                c.reviews.to_string(),
            ]
        })
        .collect();

    // The weakest patterns: the lowest share solved among tags practised, with at least 2
    // problems.
    let mut weak: Vec<&stats::Ratio> = st
        .by_tag
        .iter()
        .filter(|r| r.total >= 2 && r.solved < r.total)
        .collect();
    weak.sort_by(|a, b| {
        let (fa, fb) = (
            a.solved as f64 / a.total as f64,
            b.solved as f64 / b.total as f64,
        );
        fa.total_cmp(&fb).then(b.total.cmp(&a.total))
    });
    let weakest: Vec<Bar> = weak
        .iter()
        .take(6)
        .map(|r| bar(&r.name, r.solved, r.total))
        .collect();

    let page = Page {
        title: "judge: practice report".to_string(),
        subtitle: format!(
            "{} · solved {} of {} problems · {} attempts · streak {} days",
            crate::clock::local_minute(now),
            st.solved.saturating_sub(st.solved_elsewhere),
            problems.len(),
            st.attempts,
            st.current_streak_days
        ),
        blocks: vec![
            Block::Line {
                title: "Problems solved over time".into(),
                points,
            },
            Block::Bars {
                title: "Solved by difficulty".into(),
                bars: st
                    .by_difficulty
                    .iter()
                    .map(|r| bar(&r.name, r.solved, r.total))
                    .collect(),
            },
            Block::Bars {
                title: "Study lists".into(),
                bars: lists,
            },
            Block::Bars {
                title: if patterns_of.is_empty() {
                    "Patterns".to_string()
                } else {
                    format!("Patterns ({patterns_of})")
                },
                bars: patterns,
            },
            Block::Bars {
                title: "Median time to first AC, by difficulty".into(),
                bars: first_ac,
            },
            Block::Bars {
                title: "Weakest patterns".into(),
                bars: weakest,
            },
            Block::Table {
                title: "Review queue".into(),
                header: ["problem", "due", "last took", "interval", "reviews"]
                    .map(String::from)
                    .to_vec(),
                rows: queue,
                empty: "nothing scheduled: a problem comes back a day after it is solved".into(),
            },
            Block::Table {
                title: "Mock assessments".into(),
                header: ["session", "started", "preset", "result", "problems"]
                    .map(String::from)
                    .to_vec(),
                rows: mocks,
                empty: "no mock session yet: judge mock start".into(),
            },
        ],
    };
    write(file, &page)
}

/// `judge mock report [ID] --html FILE`.
pub fn mock_report(history: &History, session: &Session, file: &Path) -> Result<(), Failure> {
    let b = super::mock::board(history, session)?;
    let bars = b
        .problems
        .iter()
        .map(|p| Bar {
            label: format!("{} ({})", p.problem, p.difficulty),
            value: p.best_passed as f64,
            total: p.best_total.max(1) as f64,
            text: format!("{}/{} tests", p.best_passed, p.best_total),
        })
        .collect();
    let rows = b
        .problems
        .iter()
        .map(|p| {
            vec![
                p.problem.clone(),
                p.difficulty.clone(),
                if p.solved { "solved" } else { "not solved" }.to_string(),
                p.solved_after_ms.map_or("-".to_string(), clock_text),
                p.attempts.to_string(),
                p.rejected.to_string(),
                crate::mock::score::fmt_points(p.score),
            ]
        })
        .collect();
    let page = Page {
        title: format!("judge: mock #{} ({})", session.id, session.preset),
        subtitle: format!(
            "started {} · {} minutes · {}",
            crate::clock::local_minute(session.started_ms),
            session.duration_ms() / 60_000,
            b.headline()
        ),
        blocks: vec![
            Block::Bars {
                title: "Tests passed by the best submission".into(),
                bars,
            },
            Block::Table {
                title: "Problems".into(),
                header: [
                    "problem",
                    "difficulty",
                    "result",
                    "solved after",
                    "submissions",
                    "rejected",
                    "score",
                ]
                .map(String::from)
                .to_vec(),
                rows,
                empty: "no problems".into(),
            },
        ],
    };
    write(file, &page)
}
