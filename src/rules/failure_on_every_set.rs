use super::Report;
use crate::ast::{Effort, NumberOrRange};
use crate::declare_rule;
use crate::model::{Line, Model};

declare_rule! {
    /// ## What it checks
    /// A session of three or more lines in which every line's effort is `failure` or
    /// `RIR 0` (or `RPE 10`, the same point on the RPE scale). An effort given week by
    /// week, or progressing, is judged in each week; conditioning lines are not counted,
    /// and a line's effort is that of its work sets (warm-ups have none).
    ///
    /// ## Why
    /// Training hard does not mean failing every set. Taking every first set and every
    /// follow-up burst to ugly failure is one of the rest-pause article's common
    /// mistakes, and it notes that the closer and more often you push to failure, the
    /// more carefully recovery has to be managed (`002_58af7380838583ec.txt`, "Common
    /// mistakes", "Failure proximity still needs guardrails").
    ///
    /// ## Example
    /// ```wod
    /// program "All out"
    /// athlete intermediate
    ///
    /// block "A" weeks 1-2 {
    ///   session "Arms" on wed {
    ///     Dumbbell Curl: 2 x 10 @ 12kg failure
    ///     Triceps Pushdown: 2 x 10 @ 30kg failure
    ///     Lateral Raise: 2 x 15 @ 8kg failure
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Leave a rep or two in reserve on most lines.
    /// ```wod
    /// program "All out"
    /// athlete intermediate
    ///
    /// block "A" weeks 1-2 {
    ///   session "Arms" on wed {
    ///     Dumbbell Curl: 2 x 10 @ 12kg RIR 1-2
    ///     Triceps Pushdown: 2 x 10 @ 30kg RIR 1-2
    ///     Lateral Raise: 2 x 15 @ 8kg failure
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "failure-on-every-set",
        level: Warning,
        kind: Guardrail,
        fix: None,
    }
}

const MIN_LINES: usize = 3;

pub fn check(model: &Model, report: &mut Report) {
    for block in model.blocks.iter().filter(|b| b.derived_from.is_none()) {
        for session in &block.sessions {
            // Conditioning lines have no sets to fail: they are not counted.
            let lines: Vec<&Line> = session.lines.iter().filter(|l| !l.conditioning).collect();
            if lines.len() < MIN_LINES {
                continue;
            }
            let all_out = block
                .places(session)
                .into_iter()
                .find(|&at| lines.iter().all(|line| to_failure(line.effort_at(at))));
            let Some(at) = all_out else {
                continue;
            };
            let Some(finding) = report.in_block(&META, block, session.header) else {
                continue;
            };
            let week = match lines.iter().any(|l| l.varies()) {
                true => format!(" in week {}", block.weeks.start() + at.week),
                false => String::new(),
            };
            finding.emit(
                format!(
                    "every line of session \"{}\" goes to failure{week}",
                    session.name
                ),
                format!("{} lines, all to failure", lines.len()),
                "leave a rep or two in reserve on most lines (`RIR 1-2`), and keep failure for the last set of one exercise",
                [],
            );
        }
    }
}

fn to_failure(effort: Option<Effort>) -> bool {
    matches!(
        effort,
        Some(Effort::Failure)
            | Some(Effort::Rir(NumberOrRange::Number(0.0)))
            | Some(Effort::Rpe(NumberOrRange::Number(10.0)))
    )
}
