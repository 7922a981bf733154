//! `week-layout`: blocks must tile weeks 1..N, no gap, no overlap; and every week must
//! fall inside the calendar.

use super::Block;
use crate::diagnostic::Diagnostic;
use crate::meaning::{invalid_value, week_layout};
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
            diagnostics.push(if next == 1 {
                week_layout::late_start(block.header, &block.name, &block.weeks)
            } else {
                week_layout::gap(block.header, &block.name, &block.weeks, next)
            });
        } else if first < next {
            let other = earlier
                .iter()
                .rev()
                .find(|b: &&&Block| *b.weeks.end() >= first)
                .map(|other| (other.header, other.name.as_str(), &other.weeks));
            diagnostics.push(week_layout::overlap(
                block.header,
                &block.name,
                &block.weeks,
                next,
                other,
            ));
        }
        earlier.push(block);
        next = next.max(last + 1);
    }
    blocks
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
    if last_day(1).is_none() {
        diagnostics.push(invalid_value::week_one_past_calendar(start_at, start));
        return;
    }
    if let Some(block) = blocks.iter().find(|b| last_day(*b.weeks.end()).is_none()) {
        diagnostics.push(invalid_value::block_past_calendar(
            block.header,
            &block.name,
            start,
            start_at,
        ));
    }
}
