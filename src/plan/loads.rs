//! The load of each set in a given week, and the loads of its drops.

use crate::ast::{Load, Mass, Progress, Sign};
use crate::catalog::EntryId;
use crate::model::loads::snap;
use crate::model::{Line, LoadProgress, Model};
use crate::resolve::Technique;

/// A load as a set is to be done with it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ComputedLoad {
    /// In the program's units, snapped to its `round`.
    Mass(Mass),
    /// A share of a one-rep max the program does not give.
    Percent(f64),
    /// Bodyweight with a mass added (positive) or taken off by assistance (negative).
    Bodyweight { plus: Option<Mass> },
}

/// The line's load in week `week` of its block (0 is the first).
pub(super) fn of_week(model: &Model, line: &Line, week: u32) -> Option<ComputedLoad> {
    let (step, steps) = match line.load_progress {
        LoadProgress::None => (None, 0.0),
        LoadProgress::Weekly(step) => (Some(step), f64::from(week)),
        LoadProgress::Frozen { step, weeks } => (Some(step), f64::from(weeks)),
    };
    let settings = &model.settings;
    let units = settings.units;
    let added_mass = match step {
        Some(Progress::Mass(mass)) => mass.value_in(units) * steps,
        _ => 0.0,
    };
    let added_percent = match step {
        Some(Progress::Percent(percent)) => percent * steps,
        _ => 0.0,
    };
    Some(match line.load? {
        Load::Mass(mass) => {
            let base = mass.value_in(units);
            mass_load(model, base * (1.0 + added_percent / 100.0) + added_mass)
        }
        Load::Percent(percent) => {
            let percent = percent + added_percent;
            match one_rep_max(model, line.exercise) {
                Some(max) => mass_load(model, max * percent / 100.0 + added_mass),
                None => ComputedLoad::Percent(percent),
            }
        }
        Load::Bodyweight { plus } => {
            let written = plus.map_or(0.0, |(sign, mass)| signed(sign) * mass.value_in(units));
            let plus = written + added_mass;
            ComputedLoad::Bodyweight {
                plus: (plus != 0.0).then(|| Mass {
                    value: snap(plus, settings.round),
                    unit: units,
                }),
            }
        }
    })
}

/// The load of each drop after a set done with `load` (`language.md`): cut from the load
/// just used, already snapped, then snapped; or, for `drop to`, the loads written.
pub(super) fn drops(
    model: &Model,
    line: &Line,
    load: Option<&ComputedLoad>,
) -> Vec<Option<ComputedLoad>> {
    match &line.technique {
        Some(Technique::Drop(cuts)) => {
            let mut current = load.copied();
            cuts.iter()
                .map(|cut| {
                    current = current.and_then(|load| cut_by(model, load, *cut));
                    current
                })
                .collect()
        }
        Some(Technique::DropTo(loads)) => loads
            .iter()
            .map(|load| match *load {
                Load::Mass(mass) => Some(mass_load(model, mass.value_in(model.settings.units))),
                Load::Percent(percent) => Some(match one_rep_max(model, line.exercise) {
                    Some(max) => mass_load(model, max * percent / 100.0),
                    None => ComputedLoad::Percent(percent),
                }),
                Load::Bodyweight { .. } => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn cut_by(model: &Model, load: ComputedLoad, cut: f64) -> Option<ComputedLoad> {
    let kept = 1.0 - cut / 100.0;
    match load {
        ComputedLoad::Mass(mass) => Some(mass_load(model, mass.value * kept)),
        ComputedLoad::Percent(percent) => Some(ComputedLoad::Percent(percent * kept)),
        ComputedLoad::Bodyweight { .. } => None,
    }
}

/// A mass in the program's units, snapped.
fn mass_load(model: &Model, value: f64) -> ComputedLoad {
    ComputedLoad::Mass(Mass {
        value: snap(value, model.settings.round),
        unit: model.settings.units,
    })
}

/// The exercise's one-rep max in the program's units, if the program gives one.
fn one_rep_max(model: &Model, exercise: EntryId) -> Option<f64> {
    model
        .settings
        .maxes
        .iter()
        .find(|(entry, _)| *entry == exercise)
        .map(|(_, max)| max.value_in(model.settings.units))
}

fn signed(sign: Sign) -> f64 {
    match sign {
        Sign::Plus => 1.0,
        Sign::Minus => -1.0,
    }
}
