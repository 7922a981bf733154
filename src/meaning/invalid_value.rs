use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::span::{FileId, Span};

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
