use super::Report;
use crate::declare_rule;
use crate::model::Model;
use crate::ast::Duration;
use crate::diagnostic::{Applicability, Fix};
use crate::resolve::Technique;
use crate::span::Location;

declare_rule! {
    /// ## What it checks
    /// A rest-pause or myo-reps pause shorter than 10 seconds or longer than 30.
    /// Without `pause`, the pause is 15 seconds.
    ///
    /// ## Why
    /// The short pause is the whole technique: long enough for a little recovery, short
    /// enough that the next mini-set starts close to failure. The article gives 10-20
    /// seconds for a denser set and 20-30 to grind out a few more reps
    /// (`000_16b862246f4cca0a.txt`, "How to perform a rest-pause", "Variants and how to
    /// dose them"). Longer than that, it is an ordinary set with short rest.
    ///
    /// ## Example
    /// ```wod
    /// program "Long pauses"
    /// athlete intermediate
    ///
    /// block "A" weeks 1-2 {
    ///   session "Legs" on tue {
    ///     Lying Leg Curl: 1 x 8 @ 40kg, rest-pause 2 x 3 pause 45s
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Pause 10-30 seconds.
    /// ```wod
    /// program "Long pauses"
    /// athlete intermediate
    ///
    /// block "A" weeks 1-2 {
    ///   session "Legs" on tue {
    ///     Lying Leg Curl: 1 x 8 @ 40kg, rest-pause 2 x 3 pause 20s
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "rest-pause-pause-length",
        level: Warning,
        kind: Guardrail,
        fix: Always,
    }
}

const SHORTEST_SECONDS: f64 = 10.0;
const LONGEST_SECONDS: f64 = 30.0;

pub fn check(model: &Model, report: &mut Report) {
    for (block, _, line) in model.written_lines() {
        let (Some(Technique::RestPause(mini)) | Some(Technique::MyoReps(mini))) = &line.technique
        else {
            continue;
        };
        let seconds = mini.pause.seconds;
        if (SHORTEST_SECONDS..=LONGEST_SECONDS).contains(&seconds) {
            continue;
        }
        let Some(finding) = report.in_block(&META, block, line.location) else {
            continue;
        };
        let (label, help, bound) = if seconds < SHORTEST_SECONDS {
            ("too short to recover", "pause at least 10s: `pause 15s`", SHORTEST_SECONDS)
        } else {
            ("too long to stay near failure", "pause 10-15s for a denser set, or up to 30s to get a few more reps: `pause 20s`", LONGEST_SECONDS)
        };
        // The nearest pause the articles advise, the rest of the technique as written.
        let bound = Duration { seconds: bound };
        let keyword = if matches!(line.technique, Some(Technique::RestPause(_))) {
            "rest-pause"
        } else {
            "myo-reps"
        };
        let finding = match line.technique_span {
            Some(span) => finding.with_fix(Fix::replace(
                format!("Pause {bound}"),
                Location::new(line.location.file, span),
                format!("{keyword} {} x {} pause {bound}", mini.count, mini.reps),
                Applicability::Unsafe,
            )),
            None => finding,
        };
        finding.emit(
            format!(
                "{}: pauses of {} between mini-sets; the articles advise 10-30s",
                model.entry(line).name,
                mini.pause
            ),
            label,
            help,
            [],
        );
    }
}
