//! Session dates: week 1 is the seven days from `start`.

use crate::ast::Weekday;

/// The date of a session on `day` in week `week` (from 1), or `None` without a start
/// date or a day.
pub(super) fn date(
    start: Option<jiff::civil::Date>,
    week: u32,
    day: Option<Weekday>,
) -> Option<jiff::civil::Date> {
    let (start, day) = (start?, day?);
    let first = i64::from(Weekday::of(start).index());
    let offset = (i64::from(day.index()) - first).rem_euclid(7);
    let days = 7 * (i64::from(week) - 1) + offset;
    start
        .checked_add(jiff::Span::new().try_days(days).ok()?)
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date as d;

    #[test]
    fn week_one_is_the_seven_days_from_start() {
        // 2026-01-07 is a Wednesday: week 1 runs Wednesday to Tuesday.
        let start = Some(d(2026, 1, 7));
        assert_eq!(date(start, 1, Some(Weekday::Wed)), Some(d(2026, 1, 7)));
        assert_eq!(date(start, 1, Some(Weekday::Mon)), Some(d(2026, 1, 12)));
        assert_eq!(date(start, 2, Some(Weekday::Thu)), Some(d(2026, 1, 15)));
        assert_eq!(date(None, 2, Some(Weekday::Thu)), None);
        assert_eq!(date(start, 2, None), None);
    }
}
