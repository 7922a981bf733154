//! Range checks for the values a program writes, each reported as `invalid-value` on
//! the value's text, with the allowed range as help.
//!
//! Besides the ranges of `language.md`, upper bounds keep the expanded program finite
//! and every computed value a real number however a file is written: a program spans at
//! most [`MAX_WEEK`] weeks, a line has at most [`MAX_SETS`] sets in any week, a technique
//! at most [`MAX_STEPS`] drops, steps or mini-sets, and masses, steps and times have the
//! ranges below (`docs/language.md` lists them).

use std::ops::RangeInclusive;

use crate::ast::{
    ClockTime, Date, Duration, Effort, Load, Mass, MassUnit, NumberOrRange, Reps, Tempo,
};
use crate::diagnostic::{Applicability, Diagnostic};
use crate::meaning::invalid_value;
use crate::span::{FileId, Span, Spanned};
use crate::text;

/// Ten years of weeks.
pub const MAX_WEEK: u32 = 520;
pub const MAX_SETS: u32 = 100;
pub const MAX_REPS: u32 = 1000;
pub const MAX_STEPS: u32 = 20;
/// The longest session, in seconds: a day.
pub const MAX_SESSION_SECONDS: f64 = 24.0 * 3600.0;
/// The longest part of a tempo, in seconds.
pub const MAX_TEMPO_PART: u32 = 60;
/// The longest name of a program, block, session or exercise, in characters: every
/// message that names one stays readable.
pub const MAX_NAME_CHARS: usize = 100;
/// A written load or one-rep max, in kilograms: more than nothing, at most a tonne.
pub const LOAD_KG: RangeInclusive<f64> = 0.0..=1000.0;
/// What `BW+` adds or `BW-` takes off, in kilograms.
pub const BODYWEIGHT_CHANGE_KG: RangeInclusive<f64> = 0.0..=500.0;
/// A `progress` step of mass, in kilograms.
pub const MASS_STEP_KG: RangeInclusive<f64> = 0.0..=50.0;
/// A `round` step, in kilograms (a hundredth of a kilogram to 25 kg).
pub const ROUND_KG: RangeInclusive<f64> = 0.01..=25.0;
/// The longest rest after a set, a hold, and a rest-pause or myo-reps pause, in seconds.
pub const MAX_REST_SECONDS: f64 = 3600.0;
pub const MAX_HOLD_SECONDS: f64 = 3600.0;
pub const MAX_PAUSE_SECONDS: f64 = 300.0;
/// The longest distance one set covers: 100 km.
pub const MAX_METRES: f64 = 100_000.0;

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

/// A name a person gave: a program's, a block's, a session's, an exercise's or an alias.
pub(super) fn name(file: FileId, name: &Spanned<String>, what: &str) -> Checked {
    let chars = name.value.chars().count();
    if chars <= MAX_NAME_CHARS {
        return Ok(());
    }
    Err(invalid(
        file,
        name.span,
        format!(
            "{what} \"{}\" is {chars} characters long",
            text::shown(&name.value)
        ),
        format!("a name has at most {MAX_NAME_CHARS} characters"),
    ))
}

pub(super) fn time_zone(file: FileId, zone: &Spanned<String>) -> Checked {
    match jiff::tz::TimeZone::get(&zone.value) {
        Ok(_) => Ok(()),
        Err(_) => Err(invalid(
            file,
            zone.span,
            format!("`{}` is not a time zone", text::shown(&zone.value)),
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

/// A mass within `range` (in kilograms, compared whatever the unit written): a load, a
/// one-rep max, a step. A range from 0 excludes 0 itself.
pub(super) fn mass(
    file: FileId,
    mass: Spanned<Mass>,
    what: &str,
    range: RangeInclusive<f64>,
) -> Checked {
    let kg = mass.value.value_in(MassUnit::Kg);
    let above_low = if *range.start() == 0.0 {
        kg > 0.0
    } else {
        kg >= *range.start()
    };
    if above_low && kg <= *range.end() {
        return Ok(());
    }
    let kg_text = |kg: f64| crate::ast::decimal(kg);
    let lb_text = |kg: f64| crate::ast::decimal(kg * MassUnit::Kg.factor_to(MassUnit::Lb));
    let (low, high) = (*range.start(), *range.end());
    let from = if low == 0.0 {
        "more than 0kg".to_owned()
    } else {
        format!("from {}kg ({}lb)", kg_text(low), lb_text(low))
    };
    Err(invalid(
        file,
        mass.span,
        format!("{what} of {} is out of range", shown_mass(mass.value)),
        format!(
            "{what} is {from} and at most {}kg ({}lb)",
            kg_text(high),
            lb_text(high)
        ),
    ))
}

/// A distance as a message quotes it: too many digits to print are "too long".
fn shown_distance(distance: crate::ast::Distance) -> String {
    if distance.value.is_finite() && distance.value < 1e9 {
        distance.to_string()
    } else {
        "more than a million units".to_owned()
    }
}

/// A mass as a message quotes it: too many digits to print are "too large".
fn shown_mass(mass: Mass) -> String {
    if mass.value.is_finite() && mass.value < 1e9 {
        mass.to_string()
    } else {
        format!("more than a million {}", mass.unit.as_str())
    }
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
        Reps::Range(low, high) if low > high => Err(Box::new(
            invalid(
                file,
                reps.span,
                format!("the rep range {low}-{high} is reversed"),
                format!("write the lower number first: {high}-{low}"),
            )
            .with_edit(
                format!("Write {high}-{low}"),
                reps.span,
                format!("{high}-{low}"),
                Applicability::Safe,
            ),
        )),
        Reps::Range(low, high) if low == 0 || high > MAX_REPS => Err(invalid(
            file,
            reps.span,
            format!("the rep range {low}-{high} is out of range"),
            help(),
        )),
        Reps::Hold(duration) => positive_duration(
            file,
            Spanned::new(duration, reps.span),
            "a hold",
            MAX_HOLD_SECONDS,
        ),
        Reps::Distance(distance)
            if !(distance.metres() > 0.0 && distance.metres() <= MAX_METRES) =>
        {
            Err(invalid(
                file,
                reps.span,
                format!("a distance of {} is out of range", shown_distance(distance)),
                "a distance is more than 0m and at most 100km",
            ))
        }
        _ => Ok(()),
    }
}

pub(super) fn load(file: FileId, load: &Spanned<Load>) -> Checked {
    match load.value {
        Load::Mass(value) => mass(file, Spanned::new(value, load.span), "a load", LOAD_KG),
        Load::Percent(p) if !(p > 0.0 && p <= 100.0) => Err(invalid(
            file,
            load.span,
            format!(
                "{}% of the one-rep max is out of range",
                crate::ast::decimal(p)
            ),
            "a share of the one-rep max is more than 0% and at most 100%",
        )),
        Load::Bodyweight {
            plus: Some((_, value)),
        } => mass(
            file,
            Spanned::new(value, load.span),
            "the mass added to or taken off bodyweight",
            BODYWEIGHT_CHANGE_KG,
        ),
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

/// A duration that must be more than zero and at most `longest` seconds: a hold, a
/// pause, a session's length.
pub(super) fn positive_duration(
    file: FileId,
    duration: Spanned<Duration>,
    what: &str,
    longest: f64,
) -> Checked {
    let seconds = duration.value.seconds;
    if seconds > 0.0 && seconds <= longest {
        return Ok(());
    }
    let most = Duration { seconds: longest };
    let message = if seconds > 0.0 {
        format!("{what} of more than {most} is out of range")
    } else {
        format!("{what} must last more than zero seconds")
    };
    Err(invalid(
        file,
        duration.span,
        message,
        format!("{what} lasts more than 0s and at most {most}"),
    ))
}

/// A session's written length: more than zero, at most a day.
pub(super) fn session_length(file: FileId, duration: Spanned<Duration>) -> Checked {
    positive_duration(file, duration, "a session", MAX_SESSION_SECONDS)
}

/// A rest, which may be zero (`rest 0s` after a set done back to back).
pub(super) fn rest(file: FileId, duration: Spanned<Duration>) -> Checked {
    if duration.value.seconds <= MAX_REST_SECONDS {
        return Ok(());
    }
    Err(invalid(
        file,
        duration.span,
        format!(
            "a rest of more than {} is out of range",
            Duration {
                seconds: MAX_REST_SECONDS
            }
        ),
        "a rest lasts from 0s to 1h, such as `90s` or `3min`",
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
