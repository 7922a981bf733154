use super::Report;
use crate::ast::{Effort, NumberOrRange};
use crate::declare_rule;
use crate::model::{Line, Model};

declare_rule! {
    /// ## What it checks
    /// A session of three or more lines in which every line's effort is `failure` or
    /// `RIR 0` (or `RPE 10`, the same point on the RPE scale).
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
    }
}

const MIN_LINES: usize = 3;

pub fn check(model: &Model, report: &mut Report) {
    for block in model.blocks.iter().filter(|b| b.derived_from.is_none()) {
        for session in &block.sessions {
            if session.lines.len() < MIN_LINES || !session.lines.iter().all(to_failure) {
                continue;
            }
            let Some(finding) = report.at(&META, session.header) else {
                continue;
            };
            finding.emit(
                format!(
                    "every line of session \"{}\" goes to failure",
                    session.name
                ),
                format!("{} lines, all to failure", session.lines.len()),
                "leave a rep or two in reserve on most lines (`RIR 1-2`), and keep failure for the last set of one exercise",
                [],
            );
        }
    }
}

fn to_failure(line: &Line) -> bool {
    matches!(
        line.effort,
        Some(Effort::Failure)
            | Some(Effort::Rir(NumberOrRange::Number(0.0)))
            | Some(Effort::Rpe(NumberOrRange::Number(10.0)))
    )
}
