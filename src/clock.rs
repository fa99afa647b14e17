//! [`Clock`]: where judge reads the time. Mock sessions, history and streaks all ask a clock, never
//! the system directly, so tests can move time: `JUDGE_NOW` (seconds since the Unix epoch, or an
//! RFC 3339 date) fixes the clock of one judge process.

use std::time::{SystemTime, UNIX_EPOCH};

use chrono::{DateTime, Local, TimeZone};

/// The environment variable that fixes the clock.
pub const NOW_VAR: &str = "JUDGE_NOW";

/// A source of the current time, in milliseconds since the Unix epoch.
pub trait Clock {
    fn now_ms(&self) -> i64;
}

/// The system clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_ms(&self) -> i64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as i64)
    }
}

/// A clock stopped at one instant.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub i64);

impl Clock for FixedClock {
    fn now_ms(&self) -> i64 {
        self.0
    }
}

/// The clock of this process: `JUDGE_NOW` if set, else the system clock.
pub fn from_env() -> Result<Box<dyn Clock + Send + Sync>, String> {
    match std::env::var(NOW_VAR) {
        Ok(v) if !v.trim().is_empty() => parse_instant(v.trim())
            .map(|ms| Box::new(FixedClock(ms)) as Box<dyn Clock + Send + Sync>)
            .ok_or_else(|| {
                format!("{NOW_VAR}={v} is not a time: give seconds since the Unix epoch or an RFC 3339 date")
            }),
        _ => Ok(Box::new(SystemClock)),
    }
}

/// Seconds since the epoch (`1764067200`, `1764067200.5`) or RFC 3339 (`2026-11-25T10:00:00Z`).
fn parse_instant(s: &str) -> Option<i64> {
    if let Ok(secs) = s.parse::<f64>() {
        return secs.is_finite().then_some((secs * 1000.0).round() as i64);
    }
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|d| d.timestamp_millis())
}

/// A local date and time for people: `2026-11-25 10:31`.
pub fn local_minute(ms: i64) -> String {
    local(ms).format("%Y-%m-%d %H:%M").to_string()
}

/// The local date-time of an instant.
pub fn local(ms: i64) -> DateTime<Local> {
    Local
        .timestamp_millis_opt(ms)
        .single()
        .unwrap_or_else(|| DateTime::<Local>::from(UNIX_EPOCH))
}

/// A duration in milliseconds for a countdown or a solve time: `1:05:09`, `47:12`, `0:09`.
pub fn clock_text(ms: i64) -> String {
    let total = ms.max(0) / 1000;
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// How long ago, roughly: `just now`, `5 min ago`, `3 h ago`, `2 days ago`.
pub fn ago(now_ms: i64, then_ms: i64) -> String {
    let secs = (now_ms - then_ms).max(0) / 1000;
    match secs {
        0..=59 => "just now".to_string(),
        60..=3599 => format!("{} min ago", secs / 60),
        3600..=86_399 => format!("{} h ago", secs / 3600),
        _ => {
            let days = secs / 86_400;
            format!("{days} day{} ago", if days == 1 { "" } else { "s" })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_epoch_seconds_and_rfc3339() {
        assert_eq!(parse_instant("1764067200"), Some(1_764_067_200_000));
        assert_eq!(parse_instant("1.5"), Some(1500));
        assert_eq!(
            parse_instant("2026-11-25T10:00:00Z"),
            Some(1_795_600_800_000)
        );
        assert_eq!(parse_instant("tomorrow"), None);
    }

    #[test]
    fn formats_durations() {
        assert_eq!(clock_text(0), "0:00");
        assert_eq!(clock_text(-5000), "0:00");
        assert_eq!(clock_text(9_999), "0:09");
        assert_eq!(clock_text(47 * 60_000 + 12_000), "47:12");
        assert_eq!(clock_text(3_909_000), "1:05:09");
        assert_eq!(ago(1_000_000, 1_000_000 - 7_200_000), "2 h ago");
    }
}
