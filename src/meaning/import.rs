use crate::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `import` whose path cannot be read as a `.wod` file: it does not exist, is a
    /// directory or another kind of non-regular file, cannot be read, or imports the
    /// importing file again (a cycle).
    ///
    /// ## Why
    /// The exercises the file expects from the import would be missing, and every line
    /// using them would fail for a reason far from its cause.
    ///
    /// ## Example
    /// ```wod
    /// program "Missing library"
    /// import "no-such-file.wod"
    /// ```
    ///
    /// ## Fix
    /// Give a path, relative to the importing file, of a readable `.wod` file, and break
    /// any cycle by moving shared definitions into a file both can import.
    pub static META = {
        name: "import",
        level: Error,
        kind: Meaning,
    }
}
