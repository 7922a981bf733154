use super::{Report, number, ordinal};
use crate::ast::{Load, Mass};
use crate::declare_rule;
use crate::diagnostic::{Applicability, Fix, list_words};
use crate::model::Model;
use crate::model::loads::{self, ComputedLoad};
use crate::resolve::Technique;
use crate::span::Location;

declare_rule! {
    /// ## What it checks
    /// A drop that cuts the load by less than 20% or more than 30% of the load just used.
    /// For `drop to`, the cut is measured from the loads written (the line's load, then
    /// each drop); for percentages of the max, from the percentages; where a `max` makes
    /// the line's percentage a mass, from that mass. A line whose load changes from week
    /// to week (a week list, a progression) is judged in each week.
    ///
    /// ## Why
    /// The drop has to be big enough that the muscle, already at failure, can do a few
    /// more reps, and small enough that those reps still count. The articles put the cut
    /// at 20-30%: a cut too small will not let you continue, one too large makes the set
    /// useless (`000_16b862246f4cca0a.txt`, "How to perform a drop set", "Common
    /// mistakes"; `001_0a5e9ea24e371da4.txt`, "How to Execute a Drop Set", step 4).
    ///
    /// ## Example
    /// ```wod
    /// program "Small drops"
    /// athlete intermediate
    ///
    /// block "A" weeks 1-2 {
    ///   session "Arms" on mon {
    ///     Dumbbell Curl: 1 x 10 @ 14kg, drop 10%
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Cut by 20-30% at each drop.
    /// ```wod
    /// program "Small drops"
    /// athlete intermediate
    ///
    /// block "A" weeks 1-2 {
    ///   session "Arms" on mon {
    ///     Dumbbell Curl: 1 x 10 @ 14kg, drop 25%
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "drop-size",
        level: Warning,
        kind: Guardrail,
        fix: Always,
    }
}

/// The advised cut, in percent of the load just used.
const ADVISED: std::ops::RangeInclusive<f64> = 20.0..=30.0;

pub fn check(model: &Model, report: &mut Report) {
    for (block, session, line) in model.written_lines() {
        let Some(technique @ (Technique::Drop(_) | Technique::DropTo(_))) = &line.technique
        else {
            continue;
        };
        // `drop to` cuts depend on the line's load, which may change along the block:
        // judged at each place, reported at the first that is off.
        let places = block.places(session);
        let found = places.iter().find_map(|&at| {
            let top = loads::load_at(model, line, at);
            let cuts: Vec<Option<f64>> = match technique {
                Technique::Drop(cuts) => cuts.iter().map(|&c| Some(c)).collect(),
                _ => {
                    let drops = loads::drops(model, line, top.as_ref());
                    cuts_between(top, &drops)
                }
            };
            let off: Vec<(usize, f64)> = cuts
                .iter()
                .enumerate()
                .filter_map(|(i, cut)| cut.filter(|&c| !within_advice(c)).map(|c| (i, c)))
                .collect();
            (!off.is_empty()).then_some((at, top, cuts, off))
        });
        let Some((at, top, cuts, off)) = found else {
            continue;
        };
        let count = cuts.len();
        let Some(finding) = report.in_block(&META, block, line.location) else {
            continue;
        };
        let name = &model.entry(line).name;
        let amounts: Vec<String> = off.iter().map(|(_, c)| format!("{}%", number(*c))).collect();
        let amounts = list_words(&amounts, "and");
        let message = match off[..] {
            [_] if count == 1 => format!("{name}: the drop cuts the load by {amounts}"),
            [(index, _)] => format!(
                "{name}: the {} drop cuts the load by {amounts}",
                ordinal(index as u32 + 1)
            ),
            _ => {
                let which: Vec<String> = off.iter().map(|(i, _)| (i + 1).to_string()).collect();
                format!(
                    "{name}: drops {} cut the load by {amounts}",
                    list_words(&which, "and")
                )
            }
        };
        let step = model.settings.round_for(model.entry(line).equipment);
        let load_changes = places
            .iter()
            .any(|&place| loads::load_at(model, line, place) != top);
        let (clause, help) = match (technique, measured(&cuts)) {
            (Technique::Drop(cuts), _) => drop_help(top, cuts, step),
            // No one `drop to` suits a load that changes along the block; cuts do.
            (Technique::DropTo(_), Some(cuts)) if load_changes => drop_help(top, &cuts, step),
            (Technique::DropTo(drops), _) => {
                // Drops written as percentages are fixed as percentages of the line's.
                let before = match drops.first() {
                    Some(Load::Percent(_)) => line.load.as_ref().map(|l| l.at(at.week)),
                    _ => top.and_then(written),
                };
                drop_to_help(before, drops, step)
            }
            _ => continue,
        };
        // Not safe: the cut is the coach's choice, the advice only bounds it.
        let finding = match line.technique_span {
            Some(span) => finding.with_fix(Fix::replace(
                format!("Drop by 20-30%: `{clause}`"),
                Location::new(line.location.file, span),
                clause,
                Applicability::Unsafe,
            )),
            None => finding,
        };
        finding.emit(
            format!("{message}{}; the articles advise 20-30%", super::when(block, line, at)),
            "drop outside 20-30%",
            help,
            [],
        );
    }
}

/// Every cut, where each could be measured.
fn measured(cuts: &[Option<f64>]) -> Option<Vec<f64>> {
    cuts.iter().copied().collect()
}

/// `drop P%` with each cut outside the advice moved to the nearest bound, and the help
/// that shows the loads it gives.
fn drop_help(top: Option<ComputedLoad>, cuts: &[f64], step: f64) -> (String, String) {
    let fixed: Vec<f64> = cuts
        .iter()
        .map(|&c| c.clamp(*ADVISED.start(), *ADVISED.end()))
        .collect();
    let clause: Vec<String> = fixed.iter().map(|c| format!("{}%", number(*c))).collect();
    let clause = format!("drop {}", clause.join(" "));
    let help = match top {
        Some(ComputedLoad::Mass(mass)) => {
            let mut current = mass.value;
            let loads: Vec<String> = fixed
                .iter()
                .map(|cut| {
                    current = loads::snap(current * (1.0 - cut / 100.0), step);
                    Mass {
                        value: current,
                        unit: mass.unit,
                    }
                    .to_string()
                })
                .collect();
            format!(
                "cut 20-30% at each drop: `{clause}` takes {mass} to {}",
                loads.join(", then ")
            )
        }
        _ => format!("cut 20-30% at each drop: `{clause}`"),
    };
    (clause, help)
}

/// `drop to` with each load outside the advice moved to the nearest bound of it (from
/// the load before), written as the drop was (its unit, or a percentage); and the help.
fn drop_to_help(top: Option<Load>, drops: &[Load], step: f64) -> (String, String) {
    let mut before = top;
    let fixed: Vec<String> = drops
        .iter()
        .map(|&drop| {
            let chosen = match before.and_then(|b| cut(b, drop).map(|c| (b, c))) {
                Some((before, c)) if !within_advice(c) => {
                    let bound = c.clamp(*ADVISED.start(), *ADVISED.end());
                    lighter(before, drop, bound, step)
                }
                _ => drop,
            };
            before = Some(chosen);
            chosen.to_string()
        })
        .collect();
    let clause = format!("drop to {}", fixed.join(" "));
    let help = format!("make each load 20-30% lighter than the one before: `{clause}`");
    (clause, help)
}

/// A computed load as a line would write it, where it can be compared with drops.
fn written(load: ComputedLoad) -> Option<Load> {
    match load {
        ComputedLoad::Mass(mass) => Some(Load::Mass(mass)),
        ComputedLoad::Percent { percent, .. } => Some(Load::Percent(percent)),
        _ => None,
    }
}

/// `before` cut by `percent`, written like `like` (its unit, or a percentage): on the
/// equipment's step (whole percentages) where one lies within the advice, else exact.
fn lighter(before: Load, like: Load, percent: f64, step: f64) -> Load {
    let kept = 1.0 - percent / 100.0;
    match (before, like) {
        (Load::Mass(before), Load::Mass(like)) => {
            let from = before.value_in(like.unit);
            Load::Mass(Mass {
                value: within_step(from, from * kept, step),
                unit: like.unit,
            })
        }
        (Load::Percent(before), Load::Percent(_)) => {
            Load::Percent(within_step(before, before * kept, 1.0))
        }
        _ => like,
    }
}

/// The multiple of `step` nearest `target` whose cut from `from` is within the advice;
/// `target` itself (to a hundredth) when no multiple is.
fn within_step(from: f64, target: f64, step: f64) -> f64 {
    let on_step = |multiple: f64| (multiple * step * 1e6).round() / 1e6;
    let candidates = [(target / step).floor(), (target / step).ceil()].map(on_step);
    candidates
        .into_iter()
        .filter(|&value| within_advice((from - value) / from * 100.0))
        .min_by(|a, b| (a - target).abs().total_cmp(&(b - target).abs()))
        .unwrap_or((target * 100.0).round() / 100.0)
}

fn within_advice(cut: f64) -> bool {
    const TOLERANCE: f64 = 1e-9;
    cut >= ADVISED.start() - TOLERANCE && cut <= ADVISED.end() + TOLERANCE
}

/// The cut of each `drop to` load from the load before it, in percent; `None` where
/// the load before cannot be compared (bodyweight, or no load).
fn cuts_between(top: Option<ComputedLoad>, drops: &[Option<ComputedLoad>]) -> Vec<Option<f64>> {
    let mut before = top.and_then(written);
    drops
        .iter()
        .map(|drop| {
            let drop = drop.and_then(written);
            let cut = before.zip(drop).and_then(|(before, drop)| cut(before, drop));
            before = drop;
            cut
        })
        .collect()
}

fn cut(before: Load, after: Load) -> Option<f64> {
    let (from, to) = match (before, after) {
        (Load::Mass(from), Load::Mass(to)) => (from.value_in(to.unit), to.value),
        (Load::Percent(from), Load::Percent(to)) => (from, to),
        _ => return None,
    };
    (from > 0.0).then(|| (from - to) / from * 100.0)
}
