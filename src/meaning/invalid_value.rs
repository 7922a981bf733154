use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::span::{FileId, Location, Span};

declare_rule! {
    /// ## What it checks
    /// A value outside its range: `0 x 8`, `RPE 11`, `RIR 12`, `pause 0s`, a reversed
    /// range such as `12-8` or `weeks 4-2`, a date or clock time that does not exist,
    /// an unknown time zone, a drop that does not lighten the load.
    ///
    /// ## Why
    /// Such a value cannot be trained as written, and any figure computed from it
    /// (loads, dates, weekly volume) would be wrong.
    ///
    /// ## Example
    /// ```wod
    /// program "Off the scale"
    ///
    /// block "A" weeks 1-2 {
    ///   session "Pull" on tue {
    ///     Lat Pulldown: 3 x 10 @ 50kg RPE 11
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Use a value in the range the message gives.
    /// ```wod
    /// program "Off the scale"
    ///
    /// block "A" weeks 1-2 {
    ///   session "Pull" on tue {
    ///     Lat Pulldown: 3 x 10 @ 50kg RPE 9
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "invalid-value",
        level: Error,
        kind: Meaning,
        fix: Sometimes,
    }
}

/// `message` says what is wrong with the value at `span`; `help` what is allowed.
pub fn diagnostic(
    file: FileId,
    span: Span,
    message: impl Into<String>,
    help: impl Into<String>,
) -> Diagnostic {
    Diagnostic::error(META.name, file, span, message)
        .with_label("this value")
        .with_help(help)
}

/// A week list whose length is not the block's number of weeks.
pub fn week_list_length(
    file: FileId,
    span: Span,
    values: usize,
    block: &str,
    weeks: u32,
) -> Diagnostic {
    let plural = if weeks == 1 { "" } else { "s" };
    diagnostic(
        file,
        span,
        format!("this list gives {values} values, but block \"{block}\" has {weeks} week{plural}"),
        format!("give one value for each of the block's {weeks} week{plural}, or one value for all of them"),
    )
    .with_label(format!("{values} values"))
}

/// `-P%` on a line's own load, where no top set stands above it.
pub fn below_top_outside_backoff(file: FileId, span: Span) -> Diagnostic {
    diagnostic(
        file,
        span,
        "a load below the top set (`-P%`) is only for back-off sets",
        "write it in the line's `backoff`, such as `backoff 3 x 5 @ -10%`",
    )
    .with_label("no top set to be below")
}

/// `of EXERCISE` on loads that have no percentage for it to apply to.
pub fn of_without_percent(file: FileId, span: Span, exercise: &str) -> Diagnostic {
    diagnostic(
        file,
        span,
        format!("`of {exercise}` applies to percentages, and this load has none"),
        format!("write the load as a share of the max, such as `@ 70% of {exercise}`"),
    )
    .with_label("no percentage")
}

/// A technique on a conditioning line (cardio, a carry).
pub fn technique_on_conditioning(file: FileId, span: Span) -> Diagnostic {
    diagnostic(
        file,
        span,
        "a conditioning exercise takes no technique",
        "intensity techniques are for lifting sets: remove it, or push the pace with an effort such as `@ RPE 8`",
    )
    .with_label("a technique")
}

/// `backoff` and a technique on one line.
pub fn backoff_with_technique(file: FileId, span: Span, first: Location) -> Diagnostic {
    diagnostic(
        file,
        span,
        "a line with back-off sets takes no technique",
        "write them as two lines: the top set with its back-off sets, then the technique on a line of its own",
    )
    .with_label("the second of the two")
    .with_secondary(first, "the first")
}

/// A `drop to` mass after a percentage the program cannot make a mass (or the reverse).
pub fn drop_mixes_kinds(file: FileId, span: Span, exercise: Option<&str>) -> Diagnostic {
    let help = match exercise {
        Some(name) => format!(
            "a `max {name}: MASS` in the header would make the percentages masses, which masses can follow; or write every load of the line the same way"
        ),
        None => {
            "write every load of the line the same way: all masses, or all percentages of the max"
                .to_owned()
        }
    };
    diagnostic(file, span, "this drop mixes masses and percentages", help)
}

/// `count` exercise definitions past the catalog's limit, the first at `first`: one
/// report for them all.
pub fn too_many_definitions(first: Location, count: u32) -> Diagnostic {
    let plural = if count == 1 { "" } else { "s" };
    diagnostic(
        first.file,
        first.span,
        format!("{count} exercise definition{plural} from here on go beyond the limit of 65,536"),
        "a program and its imports may define at most 65,536 exercises",
    )
}

/// The calendar ends on 9999-12-31.
const CALENDAR_ENDS: &str =
    "the calendar ends on 9999-12-31: start the program earlier, or give it fewer weeks";

/// `start` (written at `start_at`) leaves no room for week 1 in the calendar.
pub fn week_one_past_calendar(start_at: Location, start: jiff::civil::Date) -> Diagnostic {
    diagnostic(
        start_at.file,
        start_at.span,
        format!("week 1, the seven days from {start}, runs past the end of the calendar"),
        CALENDAR_ENDS,
    )
}

/// Block `block` (its header at `header`) ends after the calendar does, counting from
/// `start` (written at `start_at`).
pub fn block_past_calendar(
    header: Location,
    block: &str,
    start: jiff::civil::Date,
    start_at: Location,
) -> Diagnostic {
    Diagnostic::error(
        META.name,
        header.file,
        header.span,
        format!(
            "block \"{block}\" runs past the end of the calendar, counting from `start {start}`"
        ),
    )
    .with_label("its weeks end after 9999-12-31")
    .with_secondary(start_at, "week 1 starts here")
    .with_help(CALENDAR_ENDS)
}
