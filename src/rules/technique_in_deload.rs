use super::{Report, suggest};
use crate::declare_rule;
use crate::model::Model;

declare_rule! {
    /// ## What it checks
    /// Any technique in a deload block, including one that takes its sessions from
    /// another block (`block "Deload" week 5 deload repeats "Build"`): the lines written in
    /// that block are reported, with the deload's header beside them. A deload written
    /// without a body drops the techniques of the block before it, so it never has one.
    ///
    /// ## Why
    /// A deload exists to shed the fatigue the block before built up; a drop set or
    /// rest-pause set brings it straight back. The article's word on deloads: skip the
    /// techniques entirely (`001_0a5e9ea24e371da4.txt`, "How often should I do drop
    /// sets?"). A deload written without a body already drops every technique.
    ///
    /// ## Example
    /// ```wod
    /// program "Busy deload"
    /// athlete intermediate
    ///
    /// block "Build" weeks 1-4 {
    ///   session "Arms" on fri {
    ///     Dumbbell Curl: 1 x 10 @ 12kg, drop 25%
    ///   }
    /// }
    ///
    /// block "Deload" week 5 deload {
    ///   session "Arms" on fri {
    ///     Dumbbell Curl: 1 x 10 @ 10kg, drop 25%
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Do straight sets in the deload, or let it repeat the block before by leaving out
    /// its body.
    /// ```wod
    /// program "Busy deload"
    /// athlete intermediate
    ///
    /// block "Build" weeks 1-4 {
    ///   session "Arms" on fri {
    ///     Dumbbell Curl: 1 x 10 @ 12kg, drop 25%
    ///   }
    /// }
    ///
    /// block "Deload" week 5 deload
    /// ```
    pub static META = {
        name: "technique-in-deload",
        level: Error,
        kind: Guardrail,
        fix: None,
    }
}

pub fn check(model: &Model, report: &mut Report) {
    for (block, _, line) in model.written_lines().filter(|(block, ..)| block.deload) {
        let Some(technique) = &line.technique else {
            continue;
        };
        let Some(finding) = report.in_block(&META, block, line.location) else {
            continue;
        };
        finding.emit(
            format!(
                "{} in deload block \"{}\" ({})",
                suggest::technique(technique),
                block.name,
                model.entry(line).name
            ),
            "technique in a deload",
            "remove the technique: a deload is for recovering, so do straight sets",
            [(block.header, "deload block".to_owned())],
        );
    }
}
