//! `--to ics`: one `VEVENT` per dated session occurrence (RFC 5545).
//!
//! Timed sessions are floating (local wherever the lifter is) or, with `timezone`, in
//! UTC; sessions without `at` are all-day events whose `DTEND` is the next day. Each
//! `UID` is a name-based UUID of program, block, week, session and day, so the same
//! occurrence keeps its UID across compiles and edits elsewhere in the program.
//!
//! Lines end with CRLF and are folded so that no line, the folding space included, is
//! longer than 75 octets, always between two UTF-8 characters; TEXT values are escaped.

use std::fmt::Write as _;
use std::io::{self, Write};

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use uuid::Uuid;

use super::sheet;
use super::{Failure, Input, Missing};
use crate::plan::{Plan, Session, Week};
use crate::text;

/// `DATE-TIME` in UTC.
const UTC: &str = "%Y%m%dT%H%M%SZ";
/// A floating `DATE-TIME`: local time wherever the lifter is.
const FLOATING: &str = "%Y%m%dT%H%M%S";
/// The longest line, in octets and without its CRLF; a folded line counts its space.
const LINE_OCTETS: usize = 75;

pub fn render(input: &Input<'_>, out: &mut dyn Write) -> Result<(), Failure> {
    let plan = input.plan;
    let occurrences = dated(plan).map_err(Failure::Missing)?;
    let settings = &plan.model.settings;
    let zone = settings
        .timezone
        .as_deref()
        .and_then(|name| TimeZone::get(name).ok());
    let stamp = input.made_at.strftime(UTC).to_string();
    let mut calendar = Lines { out };
    calendar.raw("BEGIN", "VCALENDAR")?;
    calendar.raw("VERSION", "2.0")?;
    calendar.raw(
        "PRODID",
        concat!("-//wodc//wodc ", env!("CARGO_PKG_VERSION"), "//EN"),
    )?;
    calendar.raw("CALSCALE", "GREGORIAN")?;
    if let Some(name) = &settings.name {
        calendar.text("X-WR-CALNAME", name)?;
    }
    for occurrence in &occurrences {
        calendar.event(plan, occurrence, zone.as_ref(), &stamp)?;
    }
    calendar.raw("END", "VCALENDAR")?;
    Ok(())
}

/// A session occurrence with its date.
struct Dated<'p, 'm> {
    week: &'p Week<'m>,
    session: &'p Session<'m>,
    date: jiff::civil::Date,
}

/// Every session occurrence with its date. A calendar needs dates: a `start`, and a
/// day for every session; what lacks them is reported, with where.
fn dated<'p, 'm>(plan: &'p Plan<'m>) -> Result<Vec<Dated<'p, 'm>>, Missing> {
    if plan.model.settings.start.is_none() {
        return Err(Missing {
            message: "the program has no `start` date, so its sessions have no dates".to_owned(),
            help: "add a line such as `start 2026-01-05`: the first day of week 1".to_owned(),
            at: Vec::new(),
        });
    }
    let mut dated = Vec::new();
    let mut undated = Vec::new();
    for week in &plan.weeks {
        for session in &week.sessions {
            match session.date {
                Some(date) => dated.push(Dated {
                    week,
                    session,
                    date,
                }),
                None => undated.push(session.header),
            }
        }
    }
    undated.sort();
    undated.dedup();
    if undated.is_empty() {
        return Ok(dated);
    }
    let (has, they) = if undated.len() == 1 {
        ("session has", "it has")
    } else {
        ("sessions have", "they have")
    };
    Err(Missing {
        message: format!("{} {has} no `on` days, so {they} no dates", undated.len()),
        help: "give each session its days, such as `session \"Upper A\" on mon, thu {`".to_owned(),
        at: undated,
    })
}

/// Content lines, written as they are made.
struct Lines<'w> {
    out: &'w mut dyn Write,
}

impl Lines<'_> {
    /// A property whose value is written as it is (dates, identifiers).
    fn raw(&mut self, name: &str, value: &str) -> io::Result<()> {
        self.out
            .write_all(fold(&format!("{name}:{value}")).as_bytes())
    }

    /// A `TEXT` property, escaped.
    fn text(&mut self, name: &str, value: &str) -> io::Result<()> {
        self.raw(name, &escape(value))
    }

    fn event(
        &mut self,
        plan: &Plan<'_>,
        occurrence: &Dated<'_, '_>,
        zone: Option<&TimeZone>,
        stamp: &str,
    ) -> io::Result<()> {
        let Dated {
            week,
            session,
            date,
        } = *occurrence;
        self.raw("BEGIN", "VEVENT")?;
        self.text("UID", &uid(plan, week, session))?;
        self.raw("DTSTAMP", stamp)?;
        match session.time {
            Some(time) => {
                let start = date.at(time.hour as i8, time.minute as i8, 0, 0);
                // A `for` too long for a calendar span is drawn as lasting nothing.
                let length = jiff::Span::new()
                    .try_minutes(i64::from(session.duration_min))
                    .unwrap_or_default();
                self.raw("DTSTART", &start_time(start, zone))?;
                self.raw("DTEND", &end_time(start, length, zone))?;
            }
            None => {
                let next = date.tomorrow().unwrap_or(date);
                self.raw("DTSTART;VALUE=DATE", &date.strftime("%Y%m%d").to_string())?;
                self.raw("DTEND;VALUE=DATE", &next.strftime("%Y%m%d").to_string())?;
            }
        }
        let deload = if week.deload { " (deload)" } else { "" };
        self.text(
            "SUMMARY",
            &format!("{} — week {}{deload}", session.name, week.number),
        )?;
        self.text("DESCRIPTION", &sheet::description(session))?;
        self.raw("END", "VEVENT")
    }
}

/// The occurrence's stable identity: its program, block, week, session and day.
fn uid(plan: &Plan<'_>, week: &Week<'_>, session: &Session<'_>) -> String {
    let program = plan.model.settings.name.as_deref().unwrap_or_default();
    let day = session.day.map_or("", |d| d.as_str());
    let week_number = week.number.to_string();
    let name = [program, week.block_name, &week_number, session.name, day].join("\u{1f}");
    format!(
        "{}@wodc",
        Uuid::new_v5(&Uuid::NAMESPACE_OID, name.as_bytes())
    )
}

/// A local time as a floating `DATE-TIME`, or in UTC when the program has a zone.
fn start_time(local: DateTime, zone: Option<&TimeZone>) -> String {
    match zone.and_then(|zone| zone.to_timestamp(local).ok()) {
        Some(instant) => instant.strftime(UTC).to_string(),
        None => local.strftime(FLOATING).to_string(),
    }
}

/// The end: in a zone, the start's instant plus the length, so a session across a DST
/// change lasts what it says; floating, the local start plus the length.
fn end_time(start: DateTime, length: jiff::Span, zone: Option<&TimeZone>) -> String {
    let instant = zone
        .and_then(|zone| zone.to_timestamp(start).ok())
        .and_then(|instant| instant.checked_add(length).ok());
    match instant {
        Some(instant) => instant.strftime(UTC).to_string(),
        None => start
            .checked_add(length)
            .unwrap_or(start)
            .strftime(FLOATING)
            .to_string(),
    }
}

/// A `TEXT` value: backslashes, semicolons and commas escaped, line breaks as `\n`,
/// hidden characters named (RFC 5545 allows no control characters in `TEXT`).
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text::visible(text).chars() {
        match c {
            '\\' | ';' | ',' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '\n' => escaped.push_str("\\n"),
            _ => escaped.push(c),
        }
    }
    escaped
}

/// `line` and its CRLF, folded at [`LINE_OCTETS`] between UTF-8 characters.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 32 + 2);
    let mut rest = line;
    let mut room = LINE_OCTETS;
    while rest.len() > room {
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let _ = write!(out, "{}\r\n ", &rest[..cut]);
        rest = &rest[cut..];
        // The folding space takes one octet of every continuation line.
        room = LINE_OCTETS - 1;
    }
    let _ = write!(out, "{rest}\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_fold_at_75_octets_between_characters() {
        let line = format!("DESCRIPTION:{}", "é".repeat(100));
        let out = fold(&line);
        for folded in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(
                folded.len() <= LINE_OCTETS,
                "{} octets: {folded:?}",
                folded.len()
            );
        }
        assert_eq!(out.replace("\r\n ", "").trim_end(), line);
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
        assert_eq!(escape("Bench\u{1B}[2J"), "Bench<U+001B>[2J");
    }
}
