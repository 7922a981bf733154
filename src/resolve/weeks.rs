//! `week-layout`: blocks must tile weeks 1..N, no gap, no overlap; and every week must
//! fall inside the calendar.

use super::Block;
use crate::diagnostic::Diagnostic;
use crate::meaning;
use crate::span::Location;

/// Puts the blocks in week order and reports gaps and overlaps, each at the header of
/// the later block (the later in the file among blocks that start the same week).
pub(super) fn check_layout(
    mut blocks: Vec<Block>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Block> {
    // A stable sort keeps file order among blocks that start the same week.
    blocks.sort_by_key(|block| *block.weeks.start());
    let mut next = 1;
    let mut earlier: Vec<&Block> = Vec::new();
    for block in &blocks {
        let (first, last) = (*block.weeks.start(), *block.weeks.end());
        if first > next {
            let missing = weeks(next, first - 1);
            let (message, help) = if next == 1 {
                (
                    format!("the program does not start at week 1: {missing} in no block"),
                    format!(
                        "start the first block at week 1 (`{}`)",
                        span_text(1, last - first + 1)
                    ),
                )
            } else {
                (
                    format!("{missing} in no block"),
                    format!(
                        "start this block at week {next} (`{}`), or add a block for the missing weeks",
                        span_text(next, next + last - first)
                    ),
                )
            };
            diagnostics.push(layout(block, message, help));
        } else if first < next {
            let doubled = weeks(first, last.min(next - 1));
            let mut diagnostic = layout(
                block,
                format!("{doubled} in two blocks"),
                format!(
                    "start this block at week {next} (`{}`), after the block before it ends",
                    span_text(next, next + last - first)
                ),
            );
            if let Some(other) = earlier
                .iter()
                .rev()
                .find(|b: &&&Block| *b.weeks.end() >= first)
            {
                let (from, to) = (*other.weeks.start(), *other.weeks.end());
                diagnostic = diagnostic.with_secondary(
                    other.header,
                    format!("block \"{}\" covers {}", other.name, span_text(from, to)),
                );
            }
            diagnostics.push(diagnostic);
        }
        earlier.push(block);
        next = next.max(last + 1);
    }
    blocks
}

fn layout(block: &Block, message: String, help: String) -> Diagnostic {
    Diagnostic::error(
        meaning::week_layout::META.name,
        block.header.file,
        block.header.span,
        message,
    )
    .with_label(format!("block \"{}\"", block.name))
    .with_help(help)
}

/// "week 4 is" or "weeks 4-5 are".
fn weeks(first: u32, last: u32) -> String {
    if first == last {
        format!("week {first} is")
    } else {
        format!("weeks {first}-{last} are")
    }
}

/// How a block header writes the span.
fn span_text(first: u32, last: u32) -> String {
    if first == last {
        format!("week {first}")
    } else {
        format!("weeks {first}-{last}")
    }
}

/// Every day of the program must be a date: week 1 is the seven days from `start`, and
/// the calendar ends on 9999-12-31. A week 1 that runs past it is reported at `start`;
/// otherwise the first block whose weeks do, at its header.
pub(super) fn check_calendar(
    start: jiff::civil::Date,
    start_at: Location,
    blocks: &[Block],
    diagnostics: &mut Vec<Diagnostic>,
) {
    let last_day = |week: u32| {
        jiff::Span::new()
            .try_days(7 * i64::from(week) - 1)
            .ok()
            .and_then(|days| start.checked_add(days).ok())
    };
    let help = "the calendar ends on 9999-12-31: start the program earlier, or give it fewer weeks";
    if last_day(1).is_none() {
        diagnostics.push(meaning::invalid_value::diagnostic(
            start_at.file,
            start_at.span,
            format!("week 1, the seven days from {start}, runs past the end of the calendar"),
            help,
        ));
        return;
    }
    if let Some(block) = blocks.iter().find(|b| last_day(*b.weeks.end()).is_none()) {
        diagnostics.push(
            Diagnostic::error(
                meaning::invalid_value::META.name,
                block.header.file,
                block.header.span,
                format!(
                    "block \"{}\" runs past the end of the calendar, counting from `start {start}`",
                    block.name
                ),
            )
            .with_label("its weeks end after 9999-12-31")
            .with_secondary(start_at, "week 1 starts here")
            .with_help(help),
        );
    }
}
