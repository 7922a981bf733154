use super::Report;
use crate::declare_rule;
use crate::model::Model;

declare_rule! {
    /// ## What it checks
    /// Techniques in more than four consecutive weeks with no deload week between. A week
    /// without any technique also ends the run. The header of the block in which the run
    /// passes four weeks is reported.
    ///
    /// ## Why
    /// The body adapts to a technique, and the fatigue it brings accumulates week after
    /// week. The article advises using the techniques in cycles: three or four weeks, then
    /// back to straight sets or a deload (`000_16b862246f4cca0a.txt`, "Drop sets,
    /// rest-pause, and recovery").
    ///
    /// ## Example
    /// ```wod
    /// program "Endless drops"
    /// athlete intermediate
    ///
    /// block "Long" weeks 1-6 {
    ///   session "Arms" on fri {
    ///     Dumbbell Curl: 1 x 10 @ 12kg, drop 25%
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// End the run after four weeks with a deload, or with weeks of straight sets.
    /// ```wod
    /// program "Endless drops"
    /// athlete intermediate
    ///
    /// block "Intense" weeks 1-4 {
    ///   session "Arms" on fri {
    ///     Dumbbell Curl: 1 x 10 @ 12kg, drop 25%
    ///   }
    /// }
    ///
    /// block "Deload" week 5 deload
    /// ```
    pub static META = {
        name: "technique-block-too-long",
        level: Warning,
        kind: Guardrail,
        fix: None,
    }
}

/// Consecutive weeks with techniques the articles allow before a break.
const LONGEST_RUN: usize = 4;

pub fn check(model: &Model, report: &mut Report) {
    for run in runs(model) {
        if run.len() <= LONGEST_RUN {
            continue;
        }
        let passing = &model.blocks[model.weeks[run[LONGEST_RUN]].block];
        let Some(finding) = report.at(&META, passing.header) else {
            continue;
        };
        let first = model.weeks[run[0]].number;
        let last = model.weeks[run[run.len() - 1]].number;
        let mut blocks: Vec<usize> = run.iter().map(|&w| model.weeks[w].block).collect();
        blocks.dedup();
        let also = blocks
            .into_iter()
            .map(|b| (model.blocks[b].header, "part of the run".to_owned()));
        let cut_at = model.weeks[run[LONGEST_RUN]].number;
        let deload = format!("`block \"Deload\" week {cut_at} deload`");
        let help = if cut_at == *passing.weeks.start() {
            format!(
                "after 3-4 weeks of techniques, deload or go back to straight sets: insert a deload week before block \"{}\" ({deload}) and move the blocks after it a week later, or do block \"{}\" with straight sets",
                passing.name, passing.name
            )
        } else {
            format!(
                "after 3-4 weeks of techniques, deload or go back to straight sets: end block \"{}\" at week {}, make week {cut_at} a deload ({deload}), and move the weeks after it a week later",
                passing.name,
                cut_at - 1
            )
        };
        finding.emit(
            format!(
                "techniques run through {} consecutive weeks (weeks {first}-{last}) with no deload",
                run.len()
            ),
            format!("the run passes {LONGEST_RUN} weeks in block \"{}\"", passing.name),
            help,
            also,
        );
    }
}

/// Maximal runs of consecutive weeks that hold techniques, as indices into `model.weeks`.
fn runs(model: &Model) -> Vec<Vec<usize>> {
    let mut runs = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    for (index, week) in model.weeks.iter().enumerate() {
        let block = &model.blocks[week.block];
        let follows = current
            .last()
            .is_none_or(|&previous| model.weeks[previous].number + 1 == week.number);
        if !follows {
            runs.push(std::mem::take(&mut current));
        }
        if !block.deload && block.has_techniques() {
            current.push(index);
        } else {
            runs.push(std::mem::take(&mut current));
        }
    }
    runs.push(current);
    runs
}
