use crate::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `allow`, `warn` or `deny` that names no rule, or that tries to change the level
    /// of an error of meaning (which is always an error).
    ///
    /// ## Why
    /// A misspelt rule name would silently change nothing, and the author would believe
    /// a rule was switched off or raised when it was not.
    ///
    /// ## Example
    /// ```wod
    /// program "Misspelt"
    /// allow drop-sizes
    ///
    /// block "A" weeks 1-2 {
    ///   session "Arms" on mon {
    ///     Dumbbell Curl: 1 x 10 @ 14kg, drop 10%
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Use a name from `wodc rules`.
    /// ```wod
    /// program "Misspelt"
    /// allow drop-size
    ///
    /// block "A" weeks 1-2 {
    ///   session "Arms" on mon {
    ///     Dumbbell Curl: 1 x 10 @ 14kg, drop 10%
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "unknown-rule",
        level: Error,
        kind: Meaning,
    }
}
