//! Serde helpers for the engine's facts (run reports, compile results), so that the engine does
//! not reach up into the reporters for them.

use std::time::Duration;

/// Serializes a duration as whole milliseconds.
pub fn ser_millis<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_u64(d.as_millis() as u64)
}
