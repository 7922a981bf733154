use super::Report;
use crate::ast::Reps;
use crate::declare_rule;
use crate::model::Model;

declare_rule! {
    /// ## What it checks
    /// A drop-set line (`drop` or `mechanical drop`) whose rep target lies wholly outside
    /// 8-12: a top end under 8, or a bottom end over 12. AMRAP, timed holds and distances
    /// are exempt. Reps given week by week (`10/12/15`) or progressing (`+1 rep/week`)
    /// are judged in each week; the line is reported once, naming the first week out.
    ///
    /// ## Why
    /// A drop set starts from a load that takes you to failure in the target range; too
    /// heavy and the first drop starts from a grind, too light and the set turns into
    /// endurance work. The article sets the load for failure at 8-12 reps
    /// (`001_0a5e9ea24e371da4.txt`, "How to Execute a Drop Set", step 3). This is advice:
    /// some coaches run drop sets from heavier or lighter starts on purpose.
    ///
    /// ## Example
    /// ```wod
    /// program "High-rep drops"
    /// athlete intermediate
    ///
    /// block "A" weeks 1-2 {
    ///   session "Arms" on mon {
    ///     Triceps Pushdown: 1 x 15-20 @ 20kg, drop 25%
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Pick a load you fail with at 8-12 reps.
    /// ```wod
    /// program "High-rep drops"
    /// athlete intermediate
    ///
    /// block "A" weeks 1-2 {
    ///   session "Arms" on mon {
    ///     Triceps Pushdown: 1 x 8-12 @ 25kg, drop 25%
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "drop-set-rep-range",
        level: Advice,
        kind: Guardrail,
        fix: None,
    }
}

const LOW: u32 = 8;
const HIGH: u32 = 12;

pub fn check(model: &Model, report: &mut Report) {
    for (block, session, line) in model.written_lines() {
        if !line.is_drop_set() {
            continue;
        }
        // Judged at each place of the block, reported at the first that misses.
        let missed = block.places(session).into_iter().find_map(|at| {
            let reps = line.reps_at(at);
            let (low, high) = match reps {
                Reps::Exact(n) => (n, n),
                Reps::Range(low, high) => (low, high),
                Reps::Amrap | Reps::Hold(_) | Reps::Distance(_) => return None,
            };
            (high < LOW || low > HIGH).then_some((at, reps, high < LOW))
        });
        let Some((at, reps, too_few)) = missed else {
            continue;
        };
        let Some(finding) = report.in_block(&META, block, line.location) else {
            continue;
        };
        finding.emit(
            format!(
                "{}: a drop set of {reps} reps{}; the articles start it from a load you fail with at {LOW}-{HIGH}",
                model.entry(line).name,
                super::when(block, line, at),
            ),
            if too_few { "too few reps" } else { "too many reps" },
            format!(
                "pick a load you fail with at {LOW}-{HIGH} reps and write `{} x {LOW}-{HIGH}`",
                line.sets_at(at)
            ),
            [],
        );
    }
}
