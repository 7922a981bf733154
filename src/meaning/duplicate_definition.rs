use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::span::{FileId, Location, Span};

declare_rule! {
    /// ## What it checks
    /// Something said twice where it may be said once: an exercise name or alias
    /// defined twice, two sessions of one block with the same name, a repeated header
    /// statement (`program`, `units`, a `max` for the same exercise...), a repeated
    /// clause on one line, or a repeated property in an `exercise` definition.
    ///
    /// ## Why
    /// When two statements disagree, either reading could be the one the author meant;
    /// the checker will not guess.
    ///
    /// ## Example
    /// ```wod
    /// program "Two rests"
    ///
    /// block "A" weeks 1-2 {
    ///   session "Arms" on mon {
    ///     Dumbbell Curl: 3 x 10 @ 12kg, rest 60s, rest 90s
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Keep one of the two, or rename one of two sessions.
    /// ```wod
    /// program "Two rests"
    ///
    /// block "A" weeks 1-2 {
    ///   session "Arms" on mon {
    ///     Dumbbell Curl: 3 x 10 @ 12kg, rest 90s
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "duplicate-definition",
        level: Error,
        kind: Meaning,
        fix: Sometimes,
    }
}

/// `what` (e.g. "the `rest` clause") is written at `span` after `first`.
pub fn diagnostic(file: FileId, span: Span, what: &str, first: Location, help: &str) -> Diagnostic {
    Diagnostic::error(META.name, file, span, format!("{what} is given twice"))
        .with_label("given again here")
        .with_secondary(first, "first given here")
        .with_help(help.to_owned())
}

/// A second technique on a line: a line takes one.
pub fn second_technique(file: FileId, span: Span, first: Location, written: &str) -> Diagnostic {
    Diagnostic::error(
        META.name,
        file,
        span,
        format!("a line takes one technique, and this one already has `{written}`"),
    )
    .with_label("a second technique")
    .with_secondary(first, "its technique")
    .with_help("split the work over two lines, one technique each")
}

/// A header statement given twice (`` `program` ``, `` `units` ``...): `keyword` is
/// written again at `span`, first at `first`.
pub fn header_statement(file: FileId, span: Span, keyword: &str, first: Span) -> Diagnostic {
    header(file, span, &format!("`{keyword}`"), first)
}

/// `round EQUIPMENT` given twice for one `equipment`.
pub fn equipment_round(file: FileId, span: Span, equipment: &str, first: Span) -> Diagnostic {
    header(file, span, &format!("the `round` of {equipment}"), first)
}

/// `max EXERCISE` given twice for one `exercise` (its catalog name).
pub fn exercise_max(file: FileId, span: Span, exercise: &str, first: Span) -> Diagnostic {
    header(file, span, &format!("the `max` of {exercise}"), first)
}

fn header(file: FileId, span: Span, what: &str, first: Span) -> Diagnostic {
    diagnostic(
        file,
        span,
        what,
        Location::new(file, first),
        "a header statement is given once per file: keep the one you mean",
    )
}

/// An exercise name or alias, `written` at `span`, that an earlier definition (named
/// at `first`) already has.
pub fn exercise_name(file: FileId, span: Span, written: &str, first: Location) -> Diagnostic {
    diagnostic(
        file,
        span,
        &format!("the exercise name `{written}`"),
        first,
        "give each exercise its own name and aliases",
    )
}

/// The property `keyword` given twice in the definition of exercise `exercise`.
pub fn exercise_property(
    file: FileId,
    span: Span,
    keyword: &str,
    exercise: &str,
    first: Span,
) -> Diagnostic {
    diagnostic(
        file,
        span,
        &format!(
            "the `{keyword}` of exercise \"{}\"",
            crate::text::shown(exercise)
        ),
        Location::new(file, first),
        "keep one of the two lines",
    )
}

/// A second `allow`/`warn`/`deny` of `rule`, at `at`, in the scope of the one at `first`.
pub fn rule_level(at: Location, rule: &str, first: Location) -> Diagnostic {
    diagnostic(
        at.file,
        at.span,
        &format!("the level of `{rule}` in this scope"),
        first,
        "set a rule's level once per file, block or session",
    )
}
