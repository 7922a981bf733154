use super::Report;
use crate::declare_rule;
use crate::model::Model;
use crate::resolve::Technique;

declare_rule! {
    /// ## What it checks
    /// More than three drops, or more than three mechanical steps, after a set.
    ///
    /// ## Why
    /// Each drop takes the muscle to failure again; past the third the sets add fatigue
    /// and little else. One article says to repeat the drop one to three times and not to
    /// go longer than three drops (`001_0a5e9ea24e371da4.txt`, "How to Execute a Drop
    /// Set", step 5); the other keeps even double and triple drops for rare use at the
    /// end of a session (`000_16b862246f4cca0a.txt`, "Variants and how to dose them").
    ///
    /// ## Example
    /// ```wod
    /// program "Long strip set"
    /// athlete advanced
    ///
    /// block "A" weeks 1-2 {
    ///   session "Calves" on fri {
    ///     Seated Calf Raise: 1 x 12 @ 40kg, drop 20% 20% 20% 20%
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Keep to three drops or fewer.
    /// ```wod
    /// program "Long strip set"
    /// athlete advanced
    ///
    /// block "A" weeks 1-2 {
    ///   session "Calves" on fri {
    ///     Seated Calf Raise: 1 x 12 @ 40kg, drop 20% 20% 20%
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "too-many-drops",
        level: Error,
        kind: Guardrail,
        fix: None,
    }
}

/// The most drops the articles allow after a set.
const MAX_DROPS: usize = 3;

pub fn check(model: &Model, report: &mut Report) {
    for (block, _, line) in model.written_lines() {
        let drops = line.drops();
        if drops <= MAX_DROPS {
            continue;
        }
        let Some(finding) = report.in_block(&META, block, line.location) else {
            continue;
        };
        let what = match line.technique {
            Some(Technique::MechanicalDrop(_)) => "mechanical steps",
            _ => "drops",
        };
        let kept = match &line.technique {
            Some(Technique::Drop(cuts)) => {
                let cuts: Vec<String> = cuts[..MAX_DROPS].iter().map(|c| format!("{}%", crate::ast::decimal(*c))).collect();
                format!("`drop {}`", cuts.join(" "))
            }
            Some(Technique::DropTo(loads)) => {
                let loads: Vec<String> = loads[..MAX_DROPS].iter().map(ToString::to_string).collect();
                format!("`drop to {}`", loads.join(" "))
            }
            Some(Technique::MechanicalDrop(steps)) => {
                let steps: Vec<String> = steps[..MAX_DROPS].iter().map(|&s| format!("\"{}\"", model.name(s))).collect();
                format!("`mechanical drop {}`", steps.join(" "))
            }
            _ => unreachable!("only drops and steps are counted"),
        };
        finding.emit(
            format!(
                "{}: {drops} {what} after each set; the articles advise at most {MAX_DROPS}",
                model.entry(line).name
            ),
            format!("{drops} {what}"),
            format!("stop after {MAX_DROPS} {what}: {kept}"),
            [],
        );
    }
}
