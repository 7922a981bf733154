//! Range checks for the values a program writes, each reported as `invalid-value` on
//! the value's text, with the allowed range as help.
//!
//! Besides the ranges of `language.md`, a few upper bounds keep the expanded program
//! finite however a file is written: a program spans at most [`MAX_WEEK`] weeks, a
//! line has at most [`MAX_SETS`] sets in any week, and a technique at most
//! [`MAX_STEPS`] drops, steps or mini-sets.

use crate::ast::{ClockTime, Date, Duration, Effort, Load, Mass, NumberOrRange, Reps, Tempo};
use crate::diagnostic::Diagnostic;
use crate::meaning::invalid_value;
use crate::span::{FileId, Span, Spanned};

/// Ten years of weeks.
pub const MAX_WEEK: u32 = 520;
pub const MAX_SETS: u32 = 100;
pub const MAX_REPS: u32 = 1000;
pub const MAX_STEPS: u32 = 20;
/// The longest session, in seconds: a day.
pub const MAX_SESSION_SECONDS: f64 = 24.0 * 3600.0;
/// The longest part of a tempo, in seconds.
pub const MAX_TEMPO_PART: u32 = 60;

/// A checked value, or the diagnostic that says why it is not one (boxed: a diagnostic
/// is large beside the values).
pub(super) type Checked<T = ()> = Result<T, Box<Diagnostic>>;

fn invalid(
    file: FileId,
    span: Span,
    message: impl Into<String>,
    help: impl Into<String>,
) -> Box<Diagnostic> {
    Box::new(invalid_value::diagnostic(file, span, message, help))
}

pub(super) fn date(file: FileId, date: &Spanned<Date>) -> Checked<jiff::civil::Date> {
    let Date { year, month, day } = date.value;
    i16::try_from(year)
        .ok()
        .and_then(|year| jiff::civil::Date::new(year, month as i8, day as i8).ok())
        .ok_or_else(|| {
            invalid(
                file,
                date.span,
                format!("{year:04}-{month:02}-{day:02} is not a date"),
                "write a date of the calendar as YYYY-MM-DD, such as 2026-01-05",
            )
        })
}

pub(super) fn time_zone(file: FileId, zone: &Spanned<String>) -> Checked {
    match jiff::tz::TimeZone::get(&zone.value) {
        Ok(_) => Ok(()),
        Err(_) => Err(invalid(
            file,
            zone.span,
            format!("`{}` is not a time zone", zone.value),
            "use an IANA time zone name such as `Europe/Rome` or `America/New_York`",
        )),
    }
}

pub(super) fn clock_time(file: FileId, time: &Spanned<ClockTime>) -> Checked {
    let ClockTime { hour, minute } = time.value;
    if hour < 24 && minute < 60 {
        return Ok(());
    }
    Err(invalid(
        file,
        time.span,
        format!("{hour}:{minute:02} is not a time of day"),
        "write a 24-hour time from 00:00 to 23:59",
    ))
}

/// A mass that must be more than zero, such as a one-rep max or a rounding step.
pub(super) fn positive_mass(file: FileId, mass: &Spanned<Mass>, what: &str) -> Checked {
    if mass.value.value > 0.0 && mass.value.value.is_finite() {
        return Ok(());
    }
    Err(invalid(
        file,
        mass.span,
        format!("{what} must be more than zero"),
        format!("give {what} such as `2.5kg`"),
    ))
}

pub(super) fn sets(file: FileId, sets: Spanned<u32>) -> Checked {
    if (1..=MAX_SETS).contains(&sets.value) {
        return Ok(());
    }
    Err(invalid(
        file,
        sets.span,
        format!("{} sets is out of range", sets.value),
        format!("a line has from 1 to {MAX_SETS} sets"),
    ))
}

pub(super) fn reps(file: FileId, reps: &Spanned<Reps>) -> Checked {
    let help = || {
        format!(
            "reps are whole numbers from 1 to {MAX_REPS}; a range is written low-high, such as 8-12"
        )
    };
    match reps.value {
        Reps::Exact(n) if !(1..=MAX_REPS).contains(&n) => Err(invalid(
            file,
            reps.span,
            format!("{n} reps is out of range"),
            help(),
        )),
        Reps::Range(low, high) if low > high => Err(invalid(
            file,
            reps.span,
            format!("the rep range {low}-{high} is reversed"),
            format!("write the lower number first: {high}-{low}"),
        )),
        Reps::Range(low, high) if low == 0 || high > MAX_REPS => Err(invalid(
            file,
            reps.span,
            format!("the rep range {low}-{high} is out of range"),
            help(),
        )),
        Reps::Hold(duration) => {
            positive_duration(file, Spanned::new(duration, reps.span), "a hold")
        }
        _ => Ok(()),
    }
}

pub(super) fn load(file: FileId, load: &Spanned<Load>) -> Checked {
    match load.value {
        Load::Mass(mass) if !mass.value.is_finite() => Err(invalid(
            file,
            load.span,
            "this load is too large",
            "write the load in kg or lb, such as `80kg`",
        )),
        Load::Percent(p) if !(p > 0.0 && p <= 100.0) => Err(invalid(
            file,
            load.span,
            format!("{}% of the one-rep max is out of range", p),
            "a share of the one-rep max is more than 0% and at most 100%",
        )),
        Load::Bodyweight {
            plus: Some((_, mass)),
        } if !(mass.value > 0.0 && mass.value.is_finite()) => Err(invalid(
            file,
            load.span,
            "the mass added to bodyweight must be more than zero",
            "write `BW` alone, or `BW+10kg`, `BW-20kg`",
        )),
        _ => Ok(()),
    }
}

pub(super) fn effort(file: FileId, effort: &Spanned<Effort>) -> Checked {
    let (scale, value, min, max, step) = match effort.value {
        Effort::Rpe(value) => ("RPE", value, 1.0, 10.0, 0.5),
        Effort::Rir(value) => ("RIR", value, 0.0, 10.0, 0.5),
        Effort::Failure => return Ok(()),
    };
    let on_scale = |n: f64| (min..=max).contains(&n) && (n / step).fract() == 0.0;
    let help = format!("{scale} runs from {min} to {max} in steps of {step}");
    match value {
        NumberOrRange::Number(n) if !on_scale(n) => Err(invalid(
            file,
            effort.span,
            format!("{scale} {n} is out of range"),
            help,
        )),
        NumberOrRange::Range(low, high) if !on_scale(low) || !on_scale(high) => Err(invalid(
            file,
            effort.span,
            format!("{scale} {low}-{high} is out of range"),
            help,
        )),
        NumberOrRange::Range(low, high) if low > high => Err(invalid(
            file,
            effort.span,
            format!("the range {scale} {low}-{high} is reversed"),
            format!("write the lower number first: {scale} {high}-{low}"),
        )),
        _ => Ok(()),
    }
}

/// A duration that must be more than zero: a hold, a pause, a session's length.
pub(super) fn positive_duration(file: FileId, duration: Spanned<Duration>, what: &str) -> Checked {
    let seconds = duration.value.seconds;
    if seconds > 0.0 && seconds.is_finite() {
        return Ok(());
    }
    Err(invalid(
        file,
        duration.span,
        format!("{what} must last more than zero seconds"),
        "write a duration such as `15s`, `90s` or `2min`",
    ))
}

/// A session's written length: more than zero, at most a day.
pub(super) fn session_length(file: FileId, duration: Spanned<Duration>) -> Checked {
    positive_duration(file, duration, "a session")?;
    if duration.value.seconds <= MAX_SESSION_SECONDS {
        return Ok(());
    }
    Err(invalid(
        file,
        duration.span,
        format!("a session of {} is out of range", duration.value),
        "a session lasts at most 24h; write its length such as `for 75min`",
    ))
}

/// A duration that may be zero (`rest 0s` after a set done back to back).
pub(super) fn duration(file: FileId, duration: Spanned<Duration>) -> Checked {
    if duration.value.seconds.is_finite() {
        return Ok(());
    }
    Err(invalid(
        file,
        duration.span,
        "this duration is too long",
        "write a duration such as `90s` or `2min`",
    ))
}

pub(super) fn tempo(file: FileId, tempo: &Spanned<Tempo>) -> Checked {
    if tempo
        .value
        .0
        .iter()
        .flatten()
        .all(|&part| part <= MAX_TEMPO_PART)
    {
        return Ok(());
    }
    Err(invalid(
        file,
        tempo.span,
        "a part of this tempo is too long",
        format!("each part of a tempo is from 0 to {MAX_TEMPO_PART} seconds, or X for explosive"),
    ))
}

/// How many drops, steps or mini-sets a technique has.
pub(super) fn steps(file: FileId, count: Spanned<u32>, what: &str) -> Checked {
    if (1..=MAX_STEPS).contains(&count.value) {
        return Ok(());
    }
    Err(invalid(
        file,
        count.span,
        format!("{} {what} is out of range", count.value),
        format!("a technique has from 1 to {MAX_STEPS} {what}"),
    ))
}

/// A drop's cut, as a percentage of the load just used.
pub(super) fn drop_cut(file: FileId, cut: &Spanned<f64>) -> Checked {
    if cut.value > 0.0 && cut.value < 100.0 {
        return Ok(());
    }
    Err(invalid(
        file,
        cut.span,
        format!("a drop of {}% is out of range", cut.value),
        "a drop cuts the load by more than 0% and less than 100%; the articles advise 20-30%",
    ))
}
