use super::{Report, number};
use crate::ast::{Load, Mass};
use crate::declare_rule;
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
        let outside: Vec<f64> = cuts
            .iter()
            .flatten()
            .copied()
            .filter(|cut| !within_advice(*cut))
            .collect();
        if outside.is_empty() {
            continue;
        }
        let Some(finding) = report.at(&META, line.location) else {
            continue;
        };
        let name = &model.entry(line).name;
        let list: Vec<String> = outside.iter().map(|c| format!("{}%", number(*c))).collect();
        let message = format!(
            "{name}: {} the load by {}; the articles advise 20-30%",
            if outside.len() == 1 { "a drop cuts" } else { "drops cut" },
            crate::diagnostic::list_words(&list, "and")
        );
        let help = match line.load {
            Some(Load::Mass(mass)) => {
                let step = model.settings.round / model.settings.units.factor_to(mass.unit);
                let lighter = Mass {
                    value: loads::snap(mass.value * (1.0 - SUGGESTED / 100.0), step),
                    unit: mass.unit,
                };
                match &line.technique {
                    Some(Technique::DropTo(_)) => format!(
                        "make each load 20-30% lighter than the one before: from {mass}, drop to {lighter}"
                    ),
                    _ => format!("cut by 20-30% at each drop: `drop 25%` takes {mass} to {lighter}"),
                }
            }
            _ => "cut by 20-30% at each drop, for example `drop 25%`".to_owned(),
        };
        finding.emit(message, "drop outside 20-30%", help, []);
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
