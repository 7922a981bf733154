use std::ops::RangeInclusive;

use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::span::Location;

declare_rule! {
    /// ## What it checks
    /// Blocks that do not tile the weeks of the program: the first block does not start
    /// at week 1, a week is covered by no block (a gap), or by two (an overlap).
    ///
    /// ## Why
    /// The calendar, the weekly figures and the rules that look across blocks (how long
    /// techniques run, how volume grows) all need one block per week, in order.
    ///
    /// ## Example
    /// ```wod
    /// program "Missing week"
    ///
    /// block "A" weeks 1-3 {
    ///   session "Legs" on mon {
    ///     Leg Press: 3 x 10 @ 100kg
    ///   }
    /// }
    ///
    /// block "B" weeks 5-6 {
    ///   session "Legs" on mon {
    ///     Leg Press: 3 x 10 @ 110kg
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Renumber the blocks so each starts the week after the one before ends.
    /// ```wod
    /// program "Missing week"
    ///
    /// block "A" weeks 1-3 {
    ///   session "Legs" on mon {
    ///     Leg Press: 3 x 10 @ 100kg
    ///   }
    /// }
    ///
    /// block "B" weeks 4-5 {
    ///   session "Legs" on mon {
    ///     Leg Press: 3 x 10 @ 110kg
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "week-layout",
        level: Error,
        kind: Meaning,
        fix: None,
    }
}

/// The first block, `block` (its header at `header`, its `weeks`), starts after week 1.
pub fn late_start(header: Location, block: &str, weeks: &RangeInclusive<u32>) -> Diagnostic {
    let (first, last) = (*weeks.start(), *weeks.end());
    layout(
        header,
        block,
        format!(
            "the program does not start at week 1: {} in no block",
            is_or_are(1, first - 1)
        ),
        format!(
            "start the first block at week 1 (`{}`)",
            span_text(1, last - first + 1)
        ),
    )
}

/// Block `block` starts after week `next`, the first week no block before it covers.
pub fn gap(header: Location, block: &str, weeks: &RangeInclusive<u32>, next: u32) -> Diagnostic {
    let (first, last) = (*weeks.start(), *weeks.end());
    layout(
        header,
        block,
        format!("{} in no block", is_or_are(next, first - 1)),
        format!(
            "start this block at week {next} (`{}`), or add a block for the missing weeks",
            span_text(next, next + last - first)
        ),
    )
}

/// Block `block` starts before week `next`, so weeks before it are in two blocks;
/// `earlier` is the block before that covers the first of them: its header, name and
/// weeks.
pub fn overlap(
    header: Location,
    block: &str,
    weeks: &RangeInclusive<u32>,
    next: u32,
    earlier: Option<(Location, &str, &RangeInclusive<u32>)>,
) -> Diagnostic {
    let (first, last) = (*weeks.start(), *weeks.end());
    let diagnostic = layout(
        header,
        block,
        format!("{} in two blocks", is_or_are(first, last.min(next - 1))),
        format!(
            "start this block at week {next} (`{}`), after the block before it ends",
            span_text(next, next + last - first)
        ),
    );
    match earlier {
        Some((at, name, weeks)) => diagnostic.with_secondary(
            at,
            format!(
                "block \"{name}\" covers {}",
                span_text(*weeks.start(), *weeks.end())
            ),
        ),
        None => diagnostic,
    }
}

fn layout(header: Location, block: &str, message: String, help: String) -> Diagnostic {
    Diagnostic::error(META.name, header.file, header.span, message)
        .with_label(format!("block \"{block}\""))
        .with_help(help)
}

/// "week 4 is" or "weeks 4-5 are".
fn is_or_are(first: u32, last: u32) -> String {
    if first == last {
        format!("week {first} is")
    } else {
        format!("weeks {first}-{last} are")
    }
}

/// How a block header writes the weeks: "week 4" or "weeks 4-5".
fn span_text(first: u32, last: u32) -> String {
    if first == last {
        format!("week {first}")
    } else {
        format!("weeks {first}-{last}")
    }
}
