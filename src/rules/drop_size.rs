use super::{Report, number, ordinal};
use crate::ast::{Load, Mass};
use crate::declare_rule;
use crate::diagnostic::list_words;
use crate::model::{Model, loads};
use crate::resolve::Technique;

declare_rule! {
    /// ## What it checks
    /// A drop that cuts the load by less than 20% or more than 30% of the load just used.
    /// For `drop to`, the cut is measured from the loads written (the line's load, then
    /// each drop); for percentages of the max, from the percentages.
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
    }
}

/// The advised cut, in percent of the load just used.
const ADVISED: std::ops::RangeInclusive<f64> = 20.0..=30.0;
/// The cut suggested in help: the middle of the advised range.
const SUGGESTED: f64 = 25.0;

pub fn check(model: &Model, report: &mut Report) {
    for (_, _, line) in model.written_lines() {
        let cuts = match &line.technique {
            Some(Technique::Drop(cuts)) => cuts.iter().map(|&c| Some(c)).collect(),
            Some(Technique::DropTo(loads)) => written_cuts(line.load.as_ref(), loads),
            _ => continue,
        };
        let off: Vec<(usize, f64)> = cuts
            .iter()
            .enumerate()
            .filter_map(|(i, cut)| cut.filter(|&c| !within_advice(c)).map(|c| (i, c)))
            .collect();
        if off.is_empty() {
            continue;
        }
        let Some(finding) = report.at(&META, line.location) else {
            continue;
        };
        let name = &model.entry(line).name;
        let amounts: Vec<String> = off.iter().map(|(_, c)| format!("{}%", number(*c))).collect();
        let amounts = list_words(&amounts, "and");
        let message = match off[..] {
            [_] if cuts.len() == 1 => format!("{name}: the drop cuts the load by {amounts}"),
            [(index, _)] => format!("{name}: the {} drop cuts the load by {amounts}", ordinal(index as u32 + 1)),
            _ => {
                let which: Vec<String> = off.iter().map(|(i, _)| (i + 1).to_string()).collect();
                format!("{name}: drops {} cut the load by {amounts}", list_words(&which, "and"))
            }
        };
        let help = match &line.technique {
            Some(Technique::Drop(cuts)) => drop_help(model, line.load, cuts),
            Some(Technique::DropTo(loads)) => drop_to_help(model, line.load, loads),
            _ => unreachable!("only drop lines get here"),
        };
        finding.emit(
            format!("{message}; the articles advise 20-30%"),
            "drop outside 20-30%",
            help,
            [],
        );
    }
}

/// `drop P%` with each cut outside the advice replaced, and the loads it gives.
fn drop_help(model: &Model, load: Option<Load>, cuts: &[f64]) -> String {
    let fixed: Vec<f64> = cuts
        .iter()
        .map(|&c| if within_advice(c) { c } else { SUGGESTED })
        .collect();
    let clause: Vec<String> = fixed.iter().map(|c| format!("{}%", number(*c))).collect();
    let clause = format!("`drop {}`", clause.join(" "));
    match load {
        Some(Load::Mass(mass)) => {
            let step = model.settings.round / model.settings.units.factor_to(mass.unit);
            let mut current = mass.value;
            let loads: Vec<String> = fixed
                .iter()
                .map(|cut| {
                    current = loads::snap(current * (1.0 - cut / 100.0), step);
                    Mass { value: current, unit: mass.unit }.to_string()
                })
                .collect();
            format!("cut 20-30% at each drop: {clause} takes {mass} to {}", loads.join(", then "))
        }
        _ => format!("cut 20-30% at each drop: {clause}"),
    }
}

/// `drop to` with each load outside the advice replaced by one 25% lighter than the
/// load before it.
fn drop_to_help(model: &Model, load: Option<Load>, drops: &[Load]) -> String {
    let mut before = load;
    let fixed: Vec<String> = drops
        .iter()
        .map(|&drop| {
            let chosen = match before.and_then(|b| cut(b, drop).map(|c| (b, c))) {
                Some((before, c)) if !within_advice(c) => lighter(model, before, drop),
                _ => drop,
            };
            before = Some(chosen);
            chosen.to_string()
        })
        .collect();
    format!(
        "make each load 20-30% lighter than the one before: `drop to {}`",
        fixed.join(" ")
    )
}

/// `before` cut by the suggested amount, written like `like` (its unit, or a percentage).
fn lighter(model: &Model, before: Load, like: Load) -> Load {
    let kept = 1.0 - SUGGESTED / 100.0;
    match (before, like) {
        (Load::Mass(before), Load::Mass(like)) => {
            let step = model.settings.round / model.settings.units.factor_to(like.unit);
            Load::Mass(Mass {
                value: loads::snap(before.value_in(like.unit) * kept, step),
                unit: like.unit,
            })
        }
        (Load::Percent(before), Load::Percent(_)) => Load::Percent((before * kept).round()),
        _ => like,
    }
}
fn within_advice(cut: f64) -> bool {
    const TOLERANCE: f64 = 1e-9;
    cut >= ADVISED.start() - TOLERANCE && cut <= ADVISED.end() + TOLERANCE
}

/// The cut of each `drop to` load from the load before it, in percent; `None` where
/// the load before cannot be compared (bodyweight, or no load written).
fn written_cuts(load: Option<&Load>, drops: &[Load]) -> Vec<Option<f64>> {
    let mut before = load.copied();
    drops
        .iter()
        .map(|&drop| {
            let cut = before.and_then(|before| cut(before, drop));
            before = Some(drop);
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
