use super::{Report, suggest};
use crate::declare_rule;
use crate::model::Model;

declare_rule! {
    /// ## What it checks
    /// A drop set or mechanical drop set on a heavy compound: a compound lift loaded on a
    /// barbell, such as a squat, deadlift, bench press or barbell row.
    ///
    /// ## Why
    /// A drop set runs a muscle to failure and past it. On a heavy barbell lift, form is
    /// the first thing to go under that fatigue, and a failed rep has a loaded bar on the
    /// back or over the chest: the risk rises while the stimulus does not. The articles
    /// name squats, deadlifts and free-weight bench as the worst choices
    /// (`000_16b862246f4cca0a.txt`, "Which exercises to choose"), and put it bluntly:
    /// never drop set a barbell squat or deadlift (`001_0a5e9ea24e371da4.txt`, "Do drop
    /// sets work for legs?").
    ///
    /// ## Example
    /// ```wod
    /// program "Squat drops"
    /// athlete advanced
    ///
    /// block "A" weeks 1-3 {
    ///   session "Legs" on mon {
    ///     Back Squat: 1 x 8 @ 100kg, drop 25%
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Keep the barbell lift to straight sets and put the drop set on a machine that
    /// trains the same muscles, at the end of the session.
    /// ```wod
    /// program "Squat drops"
    /// athlete advanced
    ///
    /// block "A" weeks 1-3 {
    ///   session "Legs" on mon {
    ///     Back Squat: 3 x 8 @ 100kg, rest 3min
    ///     Leg Press: 1 x 10 @ 160kg, drop 25%
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "drop-set-on-heavy-compound",
        level: Error,
        kind: Guardrail,
        fix: None,
    }
}

pub fn check(model: &Model, report: &mut Report) {
    for (block, _, line) in model.written_lines() {
        let entry = model.entry(line);
        let Some(technique) = line.technique.as_ref().filter(|t| t.is_drop_set()) else {
            continue;
        };
        if !entry.is_heavy_compound() || entry.is_technical() {
            continue;
        }
        let Some(finding) = report.in_block(&META, block, line.location) else {
            continue;
        };
        let help = match suggest::safer_alternative(entry) {
            Some(other) => format!(
                "do {} as straight sets and move the {} to a machine or cable exercise such as {other}",
                entry.name,
                suggest::technique(technique)
            ),
            None => format!("do {} as straight sets", entry.name),
        };
        finding.emit(
            format!(
                "{} on a heavy barbell compound ({})",
                suggest::technique(technique),
                entry.name
            ),
            "heavy barbell compound",
            help,
            [],
        );
    }
}
