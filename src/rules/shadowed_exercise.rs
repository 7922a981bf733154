use super::Report;
use crate::declare_rule;
use crate::diagnostic::list_words;
use crate::model::Model;

declare_rule! {
    /// ## What it checks
    /// An `exercise` definition whose name or alias belongs to a built-in catalog entry.
    /// The definition replaces that entry, with all its aliases, for the whole program.
    ///
    /// ## Why
    /// The guardrails judge an exercise by its classification; redefining a well-known
    /// name changes how every line using it is judged, and a reader of the program will
    /// assume the usual meaning. That may be intended (a gym's odd machine), or a name
    /// clash by accident.
    ///
    /// ## Example
    /// ```wod
    /// exercise "Leg Press" {
    ///   equipment machine
    ///   mechanic compound
    ///   muscles quads
    /// }
    /// ```
    ///
    /// ## Fix
    /// Give a different exercise its own name, or `allow shadowed-exercise` when the
    /// replacement is meant.
    /// ```wod
    /// exercise "Old Gym Leg Press" {
    ///   equipment machine
    ///   mechanic compound
    ///   muscles quads
    /// }
    /// ```
    pub static META = {
        name: "shadowed-exercise",
        level: Warning,
        kind: Guardrail,
        fix: None,
    }
}

pub fn check(model: &Model, report: &mut Report) {
    for definition in &model.definitions {
        if definition.shadows.is_empty() {
            continue;
        }
        let Some(finding) = report.at(&META, definition.name) else {
            continue;
        };
        let name = model.name(definition.entry);
        let replaced: Vec<String> = definition
            .shadows
            .iter()
            .map(|&(id, _)| format!("`{}`", model.name(id)))
            .collect();
        let through_aliases = definition
            .shadows
            .iter()
            .filter(|(_, at)| *at != definition.name)
            .map(|&(id, at)| (at, format!("a name of the built-in `{}`", model.name(id))));
        finding.emit(
            format!(
                "exercise \"{name}\" replaces the built-in {}",
                list_words(&replaced, "and")
            ),
            "replaces a built-in exercise",
            "rename it (and its aliases) if it is a different exercise; if the replacement is meant, `allow shadowed-exercise`",
            through_aliases,
        );
    }
}
