//! The printable session sheet in words, shared by the Markdown and HTML backends: one
//! table per session occurrence, a row per set (superset members alternating as they
//! are done), the computed loads with drop loads written out, and blank cells to log
//! what was lifted.

use crate::ast::{Effort, NumberOrRange, Reps, decimal};
use crate::plan::{ComputedLoad, Exercise, Plan, Session, Set, SetKind, Week};
use crate::resolve::Technique;
use crate::vocabulary::{Equipment, Mechanic};

/// The columns filled from the program.
pub(super) const COLUMNS: [&str; 6] = ["Exercise", "Set", "Target", "Load", "Rest", "Technique"];
/// The columns left blank, to log what was done.
pub(super) const LOG_COLUMNS: [&str; 3] = ["Load used", "Reps done", "RPE"];

/// What stands above the sheets: the program's title and a line about it.
pub(super) struct Heading {
    pub title: String,
    pub summary: String,
}

pub(super) struct SheetWeek {
    pub heading: String,
    pub sessions: Vec<SheetSession>,
}

pub(super) struct SheetSession {
    pub heading: String,
    /// The session's own notes, printed under its heading.
    pub session_notes: Vec<String>,
    pub rows: Vec<[String; 6]>,
    /// The notes of its lines, printed after the table.
    pub notes: Vec<String>,
}

pub(super) fn heading(plan: &Plan<'_>) -> Heading {
    let settings = &plan.model.settings;
    let mut summary = Vec::new();
    if let Some(athlete) = settings.athlete {
        summary.push(
            format!("for an {} lifter", athlete.as_str()).replace("an beginner", "a beginner"),
        );
    }
    summary.push(format!("goal {}", settings.goal.as_str()));
    summary.push(format!("phase {}", settings.phase.as_str()));
    summary.push(format!(
        "loads in {}, rounded to {}{}",
        settings.units.as_str(),
        decimal(settings.round),
        settings.units.as_str()
    ));
    if let Some(start) = settings.start {
        summary.push(format!("starts {} {start}", weekday(start)));
    }
    let mut summary = summary.join(" · ");
    if let Some(first) = summary.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    Heading {
        title: settings
            .name
            .clone()
            .unwrap_or_else(|| "Training program".to_owned()),
        summary,
    }
}

/// One week's sheets, made as the week is written.
pub(super) fn week(week: &Week<'_>) -> SheetWeek {
    SheetWeek {
        heading: format!(
            "Week {} — {}{}",
            week.number,
            week.block_name,
            if week.deload { " (deload)" } else { "" }
        ),
        sessions: week.sessions.iter().map(session).collect(),
    }
}

fn session(session: &Session<'_>) -> SheetSession {
    let mut heading = session.name.to_owned();
    match (session.day, session.date) {
        (_, Some(date)) => heading.push_str(&format!(" — {} {date}", weekday(date))),
        (Some(day), None) => heading.push_str(&format!(" — {}", capitalised(day.as_str()))),
        (None, None) => {}
    }
    if let Some(time) = session.time {
        heading.push_str(&format!(" at {:02}:{:02}", time.hour, time.minute));
    }
    let about = if session.duration_estimated {
        "about "
    } else {
        ""
    };
    heading.push_str(&format!(" · {about}{} min", session.duration_min));
    let notes = session
        .exercises
        .iter()
        .filter_map(|e| e.note.map(|note| format!("{}: {note}", label(e))))
        .collect();
    SheetSession {
        heading,
        session_notes: session.notes.to_vec(),
        rows: rows(&session.exercises),
        notes,
    }
}

/// A row per set, in the order they are done: superset members take turns.
fn rows(exercises: &[Exercise<'_>]) -> Vec<[String; 6]> {
    let mut rows = Vec::new();
    let mut index = 0;
    while index < exercises.len() {
        let group = superset_group(&exercises[index..]);
        let rounds = group.iter().map(|e| e.sets.len()).max().unwrap_or(0);
        for round in 0..rounds {
            for exercise in group {
                if let Some(set) = exercise.sets.get(round) {
                    rows.push(row(exercise, round, set));
                }
            }
        }
        index += group.len();
    }
    rows
}

/// The exercises done together from the first one: its superset, or itself alone.
fn superset_group<'e, 'm>(exercises: &'e [Exercise<'m>]) -> &'e [Exercise<'m>] {
    let letter = |e: &Exercise<'_>| e.superset.as_ref().map(|label| label[..1].to_owned());
    let first = letter(&exercises[0]);
    if first.is_none() {
        return &exercises[..1];
    }
    let len = exercises.iter().take_while(|e| letter(e) == first).count();
    &exercises[..len]
}

fn row(exercise: &Exercise<'_>, round: usize, set: &Set<'_>) -> [String; 6] {
    [
        label(exercise),
        set_number(exercise, round, set),
        target(set, exercise),
        load_with_drops(set, exercise),
        match set.rest_s {
            Some(0.0) => "none".to_owned(),
            Some(seconds) => crate::ast::Duration { seconds }.to_string(),
            None => "—".to_owned(),
        },
        match (set.kind, exercise.technique) {
            (SetKind::Work, Some(technique)) => self::technique(technique, set),
            _ => String::new(),
        },
    ]
}

/// `1/4` for a work set; `warm-up 1/2` and `back-off 1/3` for the others.
fn set_number(exercise: &Exercise<'_>, index: usize, set: &Set<'_>) -> String {
    let of_kind = |kind: SetKind| exercise.sets.iter().filter(|s| s.kind == kind).count();
    let before = exercise.sets[..index]
        .iter()
        .filter(|s| s.kind == set.kind)
        .count();
    let number = format!("{}/{}", before + 1, of_kind(set.kind));
    match set.kind {
        SetKind::Warmup => format!("warm-up {number}"),
        SetKind::Work => number,
        SetKind::Backoff => format!("back-off {number}"),
    }
}

/// A session's notes, then its exercises as lines of text, one per exercise: a
/// calendar event's description.
pub(super) fn description(session: &Session<'_>) -> String {
    let exercises = session.exercises.iter().filter_map(|exercise| {
        let set = exercise.work_sets().next()?;
        let mut line = format!(
            "{}: {} × {}",
            label(exercise),
            exercise.work_sets().count(),
            target(set, exercise)
        );
        if set.load.is_some() {
            line.push_str(&format!(", {}", load_with_drops(set, exercise)));
        }
        if let Some(technique) = exercise.technique {
            line.push_str(&format!(" ({})", self::technique(technique, set)));
        }
        let warmups = exercise
            .sets
            .iter()
            .filter(|s| s.kind == SetKind::Warmup)
            .count();
        if warmups > 0 {
            line.push_str(&format!(", after {warmups} warm-up sets"));
        }
        let backoffs: Vec<&Set<'_>> = exercise
            .sets
            .iter()
            .filter(|s| s.kind == SetKind::Backoff)
            .collect();
        if let Some(first) = backoffs.first() {
            line.push_str(&format!(
                ", then {} back-off × {}, {}",
                backoffs.len(),
                target(first, exercise),
                load_with_drops(first, exercise)
            ));
        }
        Some(line)
    });
    session
        .notes
        .iter()
        .cloned()
        .chain(exercises)
        .collect::<Vec<_>>()
        .join("\n")
}

fn label(exercise: &Exercise<'_>) -> String {
    match &exercise.superset {
        Some(label) => format!("{label} {}", exercise.name),
        None => exercise.name.to_owned(),
    }
}

pub(crate) fn target(set: &Set<'_>, exercise: &Exercise<'_>) -> String {
    let conditioning = exercise.mechanic == Mechanic::Conditioning;
    let mut target = match set.reps {
        Reps::Exact(1) => "1 rep".to_owned(),
        Reps::Hold(duration) if conditioning => duration.to_string(),
        Reps::Hold(duration) => format!("{duration} hold"),
        Reps::Distance(distance) => distance.to_string(),
        Reps::Amrap => "AMRAP".to_owned(),
        reps => format!("{reps} reps"),
    };
    if exercise.each {
        target.push_str(" each side");
    }
    if let Some(effort) = set.effort {
        target.push_str(&format!(" @ {}", self::effort(effort)));
    }
    if let (Some(tempo), false) = (exercise.tempo, set.kind == SetKind::Warmup) {
        target.push_str(&format!(", tempo {tempo}"));
    }
    target
}

fn effort(effort: Effort) -> String {
    let value = |v: NumberOrRange| match v {
        NumberOrRange::Number(n) => decimal(n),
        NumberOrRange::Range(low, high) => format!("{}-{}", decimal(low), decimal(high)),
    };
    match effort {
        Effort::Rpe(v) => format!("RPE {}", value(v)),
        Effort::Rir(v) => format!("RIR {}", value(v)),
        Effort::Failure => "failure".to_owned(),
    }
}

/// The set's load, then each drop's: `70kg → 52.5kg → 40kg`.
pub(crate) fn load_with_drops(set: &Set<'_>, exercise: &Exercise<'_>) -> String {
    let mut text = match set.load {
        Some(load) => self::load(load, exercise),
        // A warm-up step written without a load: the empty bar, or bodyweight.
        None if set.kind == SetKind::Warmup => match exercise.equipment {
            Equipment::Barbell | Equipment::Smith => "empty bar".to_owned(),
            Equipment::Bodyweight => "bodyweight".to_owned(),
            _ => "—".to_owned(),
        },
        None => "—".to_owned(),
    };
    for drop in &set.drops {
        text.push_str(" → ");
        text.push_str(&drop.map_or_else(|| "lighter".to_owned(), |d| load(d, exercise)));
    }
    text
}

pub(crate) fn load(load: ComputedLoad, exercise: &Exercise<'_>) -> String {
    match load {
        ComputedLoad::Mass(mass) => mass.to_string(),
        ComputedLoad::Percent { percent, of: None } => format!("{}% 1RM", decimal(percent)),
        ComputedLoad::Percent {
            percent,
            of: Some(_),
        } => format!(
            "{}% of the {} 1RM",
            decimal(percent),
            exercise.max_of.unwrap_or_default()
        ),
        ComputedLoad::ShareOfWork(percent) => {
            format!("{}% of the working load", decimal(percent))
        }
        ComputedLoad::BelowTop(percent) => format!("{}% below the top set", decimal(percent)),
        ComputedLoad::Bodyweight { plus: None } => "bodyweight".to_owned(),
        ComputedLoad::Bodyweight { plus: Some(mass) } if mass.value < 0.0 => {
            format!(
                "bodyweight, {} assisted",
                crate::ast::Mass {
                    value: -mass.value,
                    ..mass
                }
            )
        }
        ComputedLoad::Bodyweight { plus: Some(mass) } => format!("bodyweight + {mass}"),
    }
}

/// The technique in plain words.
fn technique(technique: &Technique, set: &Set<'_>) -> String {
    match technique {
        Technique::Drop(_) | Technique::DropTo(_) => match set.drops.len() {
            1 => "drop set: one drop, to failure, no rest".to_owned(),
            drops => format!("drop set: {drops} drops, each to failure, no rest"),
        },
        Technique::MechanicalDrop(_) => format!(
            "mechanical drop set: then {}, same load, no rest",
            set.steps.join(", then ")
        ),
        Technique::RestPause(mini) | Technique::MyoReps(mini) => {
            let name = if matches!(technique, Technique::RestPause(_)) {
                "rest-pause"
            } else {
                "myo-reps"
            };
            format!(
                "{name}: {} mini-set{} of {} reps, {} pauses",
                mini.count,
                if mini.count == 1 { "" } else { "s" },
                mini.reps,
                mini.pause
            )
        }
    }
}

fn weekday(date: jiff::civil::Date) -> String {
    let day = crate::ast::Weekday::of(date);
    capitalised(day.as_str())
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}
