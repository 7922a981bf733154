use crate::declare_rule;

declare_rule! {
    /// ## What it checks
    /// An `import` whose path cannot be read as a `.wod` file inside the project: it is
    /// an absolute path, leaves the project (the directory of the nearest `wodc.toml`
    /// or `.git` above the checked file, else that file's own directory), does not end
    /// in `.wod`, does not exist, is a directory or another kind of non-regular file,
    /// cannot be read, makes the program's imports larger than 64 MiB in all, or
    /// imports the importing file again (a cycle).
    ///
    /// ## Why
    /// The exercises the file expects from the import would be missing, and every line
    /// using them would fail for a reason far from its cause. The project rule keeps a
    /// program checked in CI from reading, and showing in a snippet, files it has no
    /// business with, such as `/etc/shadow`.
    ///
    /// ## Example
    /// ```wod
    /// program "Missing library"
    /// import "no-such-file.wod"
    /// ```
    ///
    /// ## Fix
    /// Give a path, relative to the importing file, of a readable `.wod` file in the
    /// project, and break any cycle by moving shared definitions into a file both can
    /// import.
    pub static META = {
        name: "import",
        level: Error,
        kind: Meaning,
        fix: None,
    }
}
