//! `--to ics`: one `VEVENT` per dated session occurrence (RFC 5545).
//!
//! Timed sessions are floating (local wherever the lifter is) or, with `timezone`, in
//! UTC; sessions without `at` are all-day events whose `DTEND` is the next day. Each
//! `UID` is a name-based UUID of program, block, week, session and day, so the same
//! occurrence keeps its UID across compiles and edits elsewhere in the program.

use icalendar::{Calendar, Component, Event, Property};
use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use uuid::Uuid;

use super::sheet;
use super::{Input, Missing};
use crate::plan::{Plan, Session, Week};

pub fn render(input: &Input<'_>) -> Result<String, Missing> {
    let plan = input.plan;
    check_dated(plan)?;
    let settings = &plan.model.settings;
    let zone = settings
        .timezone
        .as_deref()
        .and_then(|name| TimeZone::get(name).ok());
    let mut calendar = Calendar::empty();
    calendar.append_property(("VERSION", "2.0"));
    calendar.append_property((
        "PRODID",
        concat!("-//wodc//wodc ", env!("CARGO_PKG_VERSION"), "//EN"),
    ));
    calendar.append_property(("CALSCALE", "GREGORIAN"));
    if let Some(name) = &settings.name {
        calendar.append_property(("X-WR-CALNAME", name.as_str()));
    }
    for week in &plan.weeks {
        for session in &week.sessions {
            calendar.push(event(plan, week, session, zone.as_ref()));
        }
    }
    Ok(calendar.done().to_string())
}

/// A calendar needs dates: a `start`, and a day for every session.
fn check_dated(plan: &Plan<'_>) -> Result<(), Missing> {
    if plan.model.settings.start.is_none() {
        return Err(Missing {
            message: "the program has no `start` date, so its sessions have no dates".to_owned(),
            help: "add a line such as `start 2026-01-05`: the first day of week 1".to_owned(),
            at: Vec::new(),
        });
    }
    let mut undated: Vec<_> = plan
        .weeks
        .iter()
        .flat_map(|w| &w.sessions)
        .filter(|s| s.day.is_none())
        .map(|s| s.header)
        .collect();
    undated.sort();
    undated.dedup();
    if undated.is_empty() {
        return Ok(());
    }
    Err(Missing {
        message: format!(
            "{} session{} no `on` days, so {} no dates",
            undated.len(),
            if undated.len() == 1 { " has" } else { "s have" },
            if undated.len() == 1 {
                "it has"
            } else {
                "they have"
            }
        ),
        help: "give each session its days, such as `session \"Upper A\" on mon, thu {`".to_owned(),
        at: undated,
    })
}

fn event(
    plan: &Plan<'_>,
    week: &Week<'_>,
    session: &Session<'_>,
    zone: Option<&TimeZone>,
) -> Event {
    let date = session
        .date
        .expect("check_dated found a date for every session");
    let mut event = Event::new();
    event.uid(&uid(plan, week, session));
    event.summary(&format!(
        "{} — week {}{}",
        session.name,
        week.number,
        if week.deload { " (deload)" } else { "" }
    ));
    event.description(&sheet::description(session));
    match session.time {
        Some(time) => {
            let start = date.at(time.hour as i8, time.minute as i8, 0, 0);
            let minutes = i64::from(session.duration_min);
            event.add_property("DTSTART", date_time(start, zone));
            let end = start
                .checked_add(jiff::Span::new().minutes(minutes))
                .unwrap_or(start);
            event.add_property("DTEND", end_time(start, end, minutes, zone));
        }
        None => {
            let next = date.tomorrow().unwrap_or(date);
            event.append_property(all_day("DTSTART", date));
            event.append_property(all_day("DTEND", next));
        }
    }
    event.done()
}

/// The occurrence's stable identity: its program, block, week, session and day.
fn uid(plan: &Plan<'_>, week: &Week<'_>, session: &Session<'_>) -> String {
    let program = plan.model.settings.name.as_deref().unwrap_or_default();
    let day = session.day.map_or("", |d| d.as_str());
    let name = [
        program,
        week.block_name,
        &week.number.to_string(),
        session.name,
        day,
    ]
    .join("\u{1f}");
    format!(
        "{}@wodc",
        Uuid::new_v5(&Uuid::NAMESPACE_OID, name.as_bytes())
    )
}

/// A local time as a floating `DATE-TIME`, or in UTC when the program has a zone.
fn date_time(local: DateTime, zone: Option<&TimeZone>) -> String {
    match zone.and_then(|zone| zone.to_timestamp(local).ok()) {
        Some(instant) => instant.strftime("%Y%m%dT%H%M%SZ").to_string(),
        None => local.strftime("%Y%m%dT%H%M%S").to_string(),
    }
}

/// The end: the start's instant plus the length in a zone (so a session across a DST
/// change lasts what it says), else the floating local time.
fn end_time(start: DateTime, end: DateTime, minutes: i64, zone: Option<&TimeZone>) -> String {
    let instant = zone
        .and_then(|zone| zone.to_timestamp(start).ok())
        .and_then(|instant| instant.checked_add(jiff::Span::new().minutes(minutes)).ok());
    match instant {
        Some(instant) => instant.strftime("%Y%m%dT%H%M%SZ").to_string(),
        None => end.strftime("%Y%m%dT%H%M%S").to_string(),
    }
}

fn all_day(name: &str, date: Date) -> Property {
    let mut property = Property::new(name, date.strftime("%Y%m%d").to_string());
    property.add_parameter("VALUE", "DATE");
    property.done()
}
