//! Loads as a set is done with them: week lists and progressions applied, `%` loads
//! made masses where the program gives the `max`, everything in the program's units.
//!
//! A load *written* as a mass in the program's units is used as written. Every load
//! that is *computed* (progressed, converted from the other unit, a share of a max, a
//! drop, a warm-up, a back-off, a deload's 90%) snaps to the `round` of the exercise's
//! equipment, or the plain `round` (`language.md`, "Computed values").

use super::{At, Line, Model};
use crate::ast::{Load, Mass, Sign, Step, WarmupStep};
use crate::catalog::EntryId;
use crate::resolve::{Backoff, Technique};
use crate::vocabulary::Equipment;

/// What a deload keeps of every load (`language.md`): 90%.
const DELOAD_SHARE: f64 = 0.9;

/// A load as a set is to be done with it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ComputedLoad {
    /// In the program's units.
    Mass(Mass),
    /// A share of a one-rep max the program does not give: of the line's exercise, or
    /// of the one named after `of`.
    Percent { percent: f64, of: Option<EntryId> },
    /// Bodyweight with a mass added (positive) or taken off by assistance (negative).
    Bodyweight { plus: Option<Mass> },
    /// A warm-up share of the working load, which the program does not give.
    ShareOfWork(f64),
    /// A back-off's `-P%`, where the top set's load is not known.
    BelowTop(f64),
}

/// The load of the line's work sets at `at`.
pub fn load_at(model: &Model, line: &Line, at: At) -> Option<ComputedLoad> {
    let source = line.source(at);
    let written = line.load.as_ref()?.at(source.week);
    let loads = Loads::of(model, line);
    let (mut added_mass, mut added_percent) = (0.0, 0.0);
    let mut stepped = false;
    for progress in &line.progress {
        let steps = f64::from(source.steps(progress.period));
        let sign = if progress.sign == Sign::Minus {
            -1.0
        } else {
            1.0
        };
        match progress.step {
            Step::Mass(mass) => added_mass += sign * mass.value_in(loads.units()) * steps,
            Step::Percent(percent) => added_percent += sign * percent * steps,
            _ => continue,
        }
        stepped |= steps > 0.0;
    }
    let computed = match written {
        Load::Mass(mass) => {
            let base = mass.value_in(loads.units());
            let value = base * (1.0 + added_percent / 100.0) + added_mass;
            if stepped || mass.unit != loads.units() {
                loads.mass(value)
            } else {
                ComputedLoad::Mass(mass)
            }
        }
        Load::Percent(percent) => loads.share_of_max(percent + added_percent, added_mass),
        Load::Bodyweight { plus } => {
            let converted = plus.is_some_and(|(_, mass)| mass.unit != loads.units());
            let written = plus.map_or(0.0, |(sign, mass)| {
                signed(sign) * mass.value_in(loads.units())
            });
            let plus = written + added_mass;
            let snapped = stepped || converted;
            ComputedLoad::Bodyweight {
                plus: (plus != 0.0).then(|| Mass {
                    value: if snapped { loads.snap(plus) } else { plus },
                    unit: loads.units(),
                }),
            }
        }
        Load::BelowTop(percent) => ComputedLoad::BelowTop(percent),
    };
    Some(if line.deload_of.is_some() {
        loads.lightened(computed)
    } else {
        computed
    })
}

/// The load of each drop after a set done with `load` (`language.md`): cut from the
/// load just used, already snapped, then snapped; or, for `drop to`, the loads written.
pub fn drops(model: &Model, line: &Line, load: Option<&ComputedLoad>) -> Vec<Option<ComputedLoad>> {
    let loads = Loads::of(model, line);
    match &line.technique {
        Some(Technique::Drop(cuts)) => {
            let mut current = load.copied();
            cuts.iter()
                .map(|cut| {
                    current = current.and_then(|load| loads.share(load, 1.0 - cut / 100.0));
                    current
                })
                .collect()
        }
        Some(Technique::DropTo(written)) => {
            written.iter().map(|&load| loads.written(load)).collect()
        }
        _ => Vec::new(),
    }
}

/// A warm-up set's load: a `%` of the line's working load `work`, or as written; a step
/// without a load is an empty bar or bodyweight (`None`).
pub fn warmup(
    model: &Model,
    line: &Line,
    step: WarmupStep,
    work: Option<&ComputedLoad>,
) -> Option<ComputedLoad> {
    let loads = Loads::of(model, line);
    match step.load? {
        Load::Percent(share) => Some(match work {
            Some(&work) => loads
                .share(work, share / 100.0)
                .unwrap_or(ComputedLoad::ShareOfWork(share)),
            None => ComputedLoad::ShareOfWork(share),
        }),
        load => loads.written(load),
    }
}

/// A back-off set's load: `-P%` is P% lighter than the top set's load `top` where it is
/// known; other loads are read as on any line.
pub fn backoff(
    model: &Model,
    line: &Line,
    backoff: &Backoff,
    top: Option<&ComputedLoad>,
) -> Option<ComputedLoad> {
    let loads = Loads::of(model, line);
    match backoff.load? {
        // Below a top set that a deload has already lightened.
        Load::BelowTop(percent) => Some(
            top.and_then(|&top| loads.share(top, 1.0 - percent / 100.0))
                .unwrap_or(ComputedLoad::BelowTop(percent)),
        ),
        load => {
            let load = loads.written(load)?;
            Some(if line.deload_of.is_some() {
                loads.lightened(load)
            } else {
                load
            })
        }
    }
}

/// The load arithmetic of one line: its units, its rounding step, its max.
struct Loads<'m> {
    model: &'m Model,
    /// The exercise whose max the line's percentages are of...
    max_of: EntryId,
    /// ...when it is not the line's own (`of`).
    of: Option<EntryId>,
    step: f64,
}

impl<'m> Loads<'m> {
    fn of(model: &'m Model, line: &Line) -> Self {
        let equipment: Equipment = model.entry(line).equipment;
        Self {
            model,
            max_of: line.load_of.unwrap_or(line.exercise),
            of: line.load_of,
            step: model.settings.round_for(equipment),
        }
    }

    fn units(&self) -> crate::ast::MassUnit {
        self.model.settings.units
    }

    fn snap(&self, value: f64) -> f64 {
        snap(value, self.step)
    }

    /// A computed mass, snapped.
    fn mass(&self, value: f64) -> ComputedLoad {
        ComputedLoad::Mass(Mass {
            value: self.snap(value),
            unit: self.units(),
        })
    }

    /// `percent` of the max, plus `added` mass: a mass where the max is given.
    fn share_of_max(&self, percent: f64, added: f64) -> ComputedLoad {
        match self.model.settings.max_of(self.max_of) {
            Some(max) => self.mass(max * percent / 100.0 + added),
            None => ComputedLoad::Percent {
                percent,
                of: self.of,
            },
        }
    }

    /// A load written in a `drop to`, a warm-up step or a back-off: a mass in the
    /// program's units as written, any other mass converted and snapped.
    fn written(&self, load: Load) -> Option<ComputedLoad> {
        Some(match load {
            Load::Mass(mass) if mass.unit == self.units() => ComputedLoad::Mass(mass),
            Load::Mass(mass) => self.mass(mass.value_in(self.units())),
            Load::Percent(percent) => self.share_of_max(percent, 0.0),
            Load::Bodyweight { plus } => ComputedLoad::Bodyweight {
                plus: plus.map(|(sign, mass)| Mass {
                    value: signed(sign) * mass.value_in(self.units()),
                    unit: self.units(),
                }),
            },
            Load::BelowTop(percent) => ComputedLoad::BelowTop(percent),
        })
    }

    /// `load` times `share`, snapped: a drop, a warm-up, a back-off. `None` where it
    /// cannot be worked out (a share of bodyweight).
    fn share(&self, load: ComputedLoad, share: f64) -> Option<ComputedLoad> {
        match load {
            ComputedLoad::Mass(mass) => Some(self.mass(mass.value_in(self.units()) * share)),
            ComputedLoad::Percent { percent, of } => Some(ComputedLoad::Percent {
                percent: percent * share,
                of,
            }),
            ComputedLoad::ShareOfWork(percent) => Some(ComputedLoad::ShareOfWork(percent * share)),
            ComputedLoad::Bodyweight { .. } | ComputedLoad::BelowTop(_) => None,
        }
    }

    /// A deload's load: 90% of it, snapped; bodyweight stays bodyweight, with an added
    /// mass cut to 90% (an assisting one kept, as lighter would be harder).
    fn lightened(&self, load: ComputedLoad) -> ComputedLoad {
        match load {
            ComputedLoad::Bodyweight { plus: Some(mass) } if mass.value > 0.0 => {
                ComputedLoad::Bodyweight {
                    plus: Some(Mass {
                        value: self.snap(mass.value * DELOAD_SHARE),
                        ..mass
                    }),
                }
            }
            ComputedLoad::Bodyweight { .. } | ComputedLoad::BelowTop(_) => load,
            other => self.share(other, DELOAD_SHARE).unwrap_or(other),
        }
    }
}

fn signed(sign: Sign) -> f64 {
    match sign {
        Sign::Plus => 1.0,
        Sign::Minus => -1.0,
    }
}

/// `value` snapped to the nearest multiple of `step`, halfway values up (`language.md`:
/// 26.25 snaps to 25 with a 5lb step, 18.75 to 20). A tiny tolerance keeps values that
/// are halfway on paper from falling short in binary floating point.
pub fn snap(value: f64, step: f64) -> f64 {
    if step <= 0.0 {
        return value;
    }
    let snapped = (value / step + 0.5 + 1e-9).floor() * step;
    // Strip the noise of the multiplication (2.5 * 3 is exactly 7.5, 0.1 * 3 is not).
    (snapped * 1e6).round() / 1e6
}

#[cfg(test)]
mod tests {
    use super::snap;

    #[test]
    fn the_language_reference_example() {
        // 35lb, drop 25% 25%, round 5lb: 35, 25, 20.
        let first = snap(35.0 * 0.75, 5.0);
        assert_eq!(first, 25.0);
        assert_eq!(snap(first * 0.75, 5.0), 20.0);
    }

    #[test]
    fn halfway_snaps_up() {
        assert_eq!(snap(11.25, 2.5), 12.5);
        assert_eq!(snap(11.2, 2.5), 10.0);
        assert_eq!(snap(0.3, 0.1), 0.3);
    }
}
