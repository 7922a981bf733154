use std::fmt::Display;

use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::span::{FileId, Location, Span};

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

/// Where an import may lead, said whenever one leads elsewhere.
const WHERE: &str = "an import names a `.wod` file inside the project (the directory of \
                     the nearest `wodc.toml` or `.git`), by a path relative to the \
                     importing file";

/// The path `written` at `at` is absolute.
pub fn absolute_path(file: FileId, at: Span, written: &str) -> Diagnostic {
    fail(
        file,
        at,
        format!("cannot import `{written}`: it is an absolute path"),
        WHERE,
    )
}

/// The path `written` at `at` does not end in `.wod`.
pub fn not_wod(file: FileId, at: Span, written: &str) -> Diagnostic {
    fail(
        file,
        at,
        format!("cannot import `{written}`: it is not a `.wod` file"),
        WHERE,
    )
}

/// `path` is a file being read already: the import at `at` closes a cycle, through the
/// imports at `via`, outermost first.
pub fn cycle(file: FileId, at: Span, path: &str, via: &[Location]) -> Diagnostic {
    via.iter().fold(
        fail(
            file,
            at,
            format!("`{path}` imports itself through this import"),
            "move the shared definitions into a file that both can import",
        ),
        |cycle, &step| cycle.with_secondary(step, "imported from here"),
    )
}

/// The import at `at` would nest deeper than `depth` files.
pub fn too_deep(file: FileId, at: Span, depth: usize) -> Diagnostic {
    fail(
        file,
        at,
        format!("imports nest more than {depth} files deep here"),
        "import the files from fewer levels",
    )
}

/// Reading `path` would take the program's imports past `limit` bytes in all.
pub fn over_budget(file: FileId, at: Span, path: &str, limit: u64) -> Diagnostic {
    fail(
        file,
        at,
        format!(
            "cannot import `{path}`: the imports of a program hold at most {} MiB in all",
            limit >> 20
        ),
        "import fewer or smaller files",
    )
}

/// `path` cannot be read, for `reason` (the loader's: "no such file"...).
pub fn unreadable(file: FileId, at: Span, path: &str, reason: &dyn Display) -> Diagnostic {
    fail(file, at, format!("cannot import `{path}`: {reason}"), WHERE)
}

fn fail(file: FileId, at: Span, message: String, help: &str) -> Diagnostic {
    Diagnostic::error(META.name, file, at, message)
        .with_label("this import")
        .with_help(help.to_owned())
}
