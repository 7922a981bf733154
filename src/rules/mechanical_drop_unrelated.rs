use super::{Report, suggest};
use crate::declare_rule;
use crate::diagnostic::list_words;
use crate::model::Model;
use crate::resolve::Technique;

declare_rule! {
    /// ## What it checks
    /// A mechanical drop set whose step switches to an exercise that shares no primary
    /// muscle with the exercise of the line.
    ///
    /// ## Why
    /// A mechanical drop set keeps the load and changes the leverage, so the same muscles
    /// can keep working past failure: dumbbell bench press to close-grip bench, incline to
    /// flat (`001_0a5e9ea24e371da4.txt`, "Drop Set Protocol Examples" and "The Drop Set
    /// Lexicon"). Switching to an exercise for other muscles is a superset, not a drop.
    ///
    /// ## Example
    /// ```wod
    /// program "Curl to leg extension"
    /// athlete advanced
    ///
    /// block "A" weeks 1-2 {
    ///   session "Arms" on mon {
    ///     Dumbbell Curl: 1 x 10 @ 12kg, mechanical drop "Leg Extension"
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Switch to a variation of the same movement.
    /// ```wod
    /// program "Curl to leg extension"
    /// athlete advanced
    ///
    /// block "A" weeks 1-2 {
    ///   session "Arms" on mon {
    ///     Dumbbell Curl: 1 x 10 @ 12kg, mechanical drop "Hammer Curl"
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "mechanical-drop-unrelated",
        level: Warning,
        kind: Guardrail,
        fix: None,
    }
}

pub fn check(model: &Model, report: &mut Report) {
    for (block, _, line) in model.written_lines() {
        let Some(Technique::MechanicalDrop(steps)) = &line.technique else {
            continue;
        };
        let unrelated: Vec<&str> = steps
            .iter()
            .filter(|&&step| !model.catalog.entry(step).muscles.intersects(line.muscles))
            .map(|&step| model.name(step))
            .collect();
        if unrelated.is_empty() {
            continue;
        }
        let Some(finding) = report.in_block(&META, block, line.location) else {
            continue;
        };
        let entry = model.entry(line);
        let taken: Vec<&str> = steps.iter().map(|&step| model.name(step)).collect();
        let replace = list_words(&unrelated, "and");
        let muscles = suggest::muscles(line.muscles);
        let help = match suggest::variation(entry, &taken) {
            Some(variation) => format!(
                "replace {replace} with a variation that trains {muscles}, such as {variation}"
            ),
            None => format!("replace {replace} with a variation that trains {muscles}"),
        };
        finding.emit(
            format!(
                "mechanical drop from {} to {}, which trains none of its muscles",
                entry.name,
                list_words(&unrelated, "and")
            ),
            format!("{} trains {}", entry.name, suggest::muscles(line.muscles)),
            help,
            [],
        );
    }
}
