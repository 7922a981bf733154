//! The built-in entries: `builtin.wod`, a library file of `exercise` blocks compiled
//! into the binary, read the first time a program needs the catalog.
//!
//! The file is read as a program's own definitions are, by the same parser and
//! resolver (so with the same checks), onto a catalog without built-in entries: what
//! it defines becomes the built-in entries. Its header comment gives the catalog's
//! source of truth.
//!
//! The text is constant, so it reads cleanly on every run or on none, and
//! `tests/catalog_builtin.rs` asserts that reading it reports nothing. Should a mistake
//! slip into it all the same, reading still never panics: a definition in error is left
//! out, as one of a program's would be, and debug builds assert.

use std::collections::HashMap;
use std::path::Path;
use std::sync::LazyLock;

use super::{Catalog, Entry, normalize};
use crate::diagnostic::Diagnostic;
use crate::resolve::{self, NoImports};
use crate::source::SourceMap;
use crate::syntax;

/// The file's path in the project: the name its diagnostics carry.
pub const PATH: &str = "src/catalog/builtin.wod";

/// The file's text, as built into the binary.
pub const SOURCE: &str = include_str!("builtin.wod");

/// The built-in entries and their name index, read once per process.
pub(super) static BUILT_INS: LazyLock<BuiltIns> = LazyLock::new(|| {
    let read = read();
    debug_assert!(
        read.diagnostics.is_empty(),
        "{PATH} reads with diagnostics: run `cargo test --test catalog_builtin`"
    );
    read.built_ins
});

/// The built-in entries, indexed.
pub(super) struct BuiltIns {
    /// In the order of the file.
    pub entries: Vec<Entry>,
    /// Every name and alias, normalised, to its entry.
    pub index: HashMap<String, u16>,
    /// Every name and alias as written, with its normalised form and that form's length
    /// in characters, and its entry: for suggestions.
    pub spellings: Vec<(String, String, usize, u16)>,
}

/// The built-in file read afresh, with what reading it reported.
pub struct BuiltInFile {
    /// The file, for rendering its diagnostics.
    pub sources: SourceMap,
    /// Empty: `tests/catalog_builtin.rs` sees to it.
    pub diagnostics: Vec<Diagnostic>,
    built_ins: BuiltIns,
}

impl BuiltInFile {
    /// The entries it defines, in file order.
    pub fn entries(&self) -> &[Entry] {
        &self.built_ins.entries
    }
}

/// Reads `builtin.wod` as a library: parsed, then resolved onto a catalog without
/// built-in entries. The process's own catalog is read once, on first use; this reads
/// the file again on every call, for its test and its benchmark.
pub fn read() -> BuiltInFile {
    let mut sources = SourceMap::new();
    let file = sources.add(PATH, SOURCE.to_owned());
    let parsed = syntax::parse(file, SOURCE);
    let mut diagnostics = parsed.diagnostics;
    let program = resolve::resolve_onto(
        Catalog::without_built_ins(),
        file,
        Some(Path::new(PATH)),
        &parsed.file,
        &mut sources,
        // The file imports nothing: an `import` in it is reported, not followed.
        &NoImports,
        &mut diagnostics,
    );
    let (mut entries, index) = program.catalog.into_definitions();
    // Only a program's own definitions say where they were written.
    for entry in &mut entries {
        entry.defined_at = None;
    }
    let spellings = entries
        .iter()
        .zip(0u16..)
        .flat_map(|(entry, id)| {
            std::iter::once(&entry.name)
                .chain(&entry.aliases)
                .map(move |name| {
                    let normal = normalize(name);
                    let chars = normal.chars().count();
                    (name.clone(), normal, chars, id)
                })
        })
        .collect();
    BuiltInFile {
        sources,
        diagnostics,
        built_ins: BuiltIns {
            entries,
            index,
            spellings,
        },
    }
}
