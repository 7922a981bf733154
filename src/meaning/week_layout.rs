use crate::declare_rule;

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
