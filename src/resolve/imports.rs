//! `import "PATH"`: reading the exercise definitions of other files.
//!
//! Imports are followed depth first, in file order, so definitions are read in the
//! order a person reading the files would meet them. Each file is read once per
//! program however many paths lead to it (hard links and symbolic links included: the
//! [`Loader`] names files by identity); a file that imports itself, directly or not, is
//! a cycle and reported at the `import` that closes it.
//!
//! An import must name a `.wod` file inside the project, by a relative path: a program
//! checked in CI could otherwise make `wodc` print the first line of `/etc/shadow` in a
//! snippet. The resolver refuses absolute paths and other extensions as written; the
//! loader, which knows the project and the file system, refuses the rest.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{Directive, Scope, definitions};
use crate::ast::{self, Item};
use crate::catalog::Catalog;
use crate::diagnostic::Diagnostic;
use crate::meaning::import;
use crate::source::{self, SourceMap};
use crate::span::{FileId, Location};
use crate::syntax;
use crate::text;

/// Reads files for imports: the resolver's only way to the outside world.
pub trait Loader {
    /// Reads the `.wod` file at `path`, inside the project of the program being
    /// checked, refusing one larger than `limit` bytes.
    fn load(&self, path: &Path, limit: u64) -> Result<Loaded, LoadError>;

    /// The identity of the file at `path`, the same for every path that leads to it;
    /// `None` when there is no such file. By default, the path itself: right for
    /// loaders whose files have one name each.
    fn key(&self, path: &Path) -> Option<FileKey> {
        Some(FileKey::of_name(path))
    }

    /// Whether the file at `path` may be imported at all, without reading it: the checks
    /// [`Loader::load`] makes first (inside the project, a regular `.wod` file). The
    /// language server asks this of a file it holds open in the editor, whose text it
    /// reads from there. By default, every path may.
    fn admits(&self, path: &Path) -> Result<(), LoadError> {
        let _ = path;
        Ok(())
    }
}

/// For text that stands alone (the built-in catalog, a benchmark's program): every
/// import is missing.
pub struct NoImports;

impl Loader for NoImports {
    fn load(&self, _: &Path, _: u64) -> Result<Loaded, LoadError> {
        Err(LoadError::NotFound)
    }
}

/// A file's identity: on disk, its device and inode; for files held elsewhere (an
/// editor's open documents, a test's fixtures), any pair unique to the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FileKey(pub u64, pub u64);

impl FileKey {
    /// A key from a name, for loaders whose files have no inode.
    pub fn of_name(name: &Path) -> Self {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        name.hash(&mut hasher);
        Self(u64::MAX, hasher.finish())
    }
}

/// A file's identity and content.
pub struct Loaded {
    pub key: FileKey,
    pub bytes: Vec<u8>,
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    NotFound,
    Directory,
    NotRegularFile,
    TooLarge {
        limit: u64,
    },
    /// It lies outside the project (the directory of the nearest `wodc.toml` or `.git`).
    OutsideProject,
    /// It is not a `.wod` file, once links are followed.
    NotWod,
    Unreadable(String),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound => f.write_str("no such file"),
            Self::Directory => f.write_str("it is a directory"),
            Self::NotRegularFile => f.write_str("it is not a regular file"),
            Self::TooLarge { limit } => write!(f, "it is larger than {} MiB", limit >> 20),
            Self::OutsideProject => f.write_str("it lies outside the project"),
            Self::NotWod => f.write_str("it is not a `.wod` file"),
            Self::Unreadable(reason) => write!(f, "it cannot be read: {reason}"),
        }
    }
}

/// An `import` statement, as the resolver followed it: what the language server's go to
/// definition opens, and how a diagnostic in an imported file is traced back to the
/// `import` that brought the file in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The path as written, quotes included, in the importing file.
    pub at: Location,
    /// The file it names: relative to the importing file's directory, as read.
    pub path: PathBuf,
    /// The file once read; `None` when it could not be (reported), or closes a cycle.
    pub file: Option<FileId>,
}

/// The most the imports of one program may hold, in all: as much as one file may.
pub const MAX_IMPORT_BYTES: u64 = 64 << 20;

/// Imports nest at most this deep, so a generated chain cannot exhaust the stack.
const MAX_DEPTH: usize = 64;

/// Where the definitions and directives of every file go.
pub(super) struct Sink<'a> {
    pub catalog: &'a mut Catalog,
    pub definitions: &'a mut Vec<super::Definition>,
    pub directives: &'a mut Vec<Directive>,
    pub diagnostics: &'a mut Vec<Diagnostic>,
    pub imports: &'a mut Vec<Imported>,
    /// The first definition past the catalog's limit, and how many there are.
    pub overflow: Option<(Location, u32)>,
}

/// The files of one program: those read, and the chain of imports being followed.
pub(super) struct Files<'l> {
    loader: &'l dyn Loader,
    /// The files read, each with its place in the source map (`None`: the program's own).
    read: HashMap<FileKey, Option<FileId>>,
    /// The files being read, outermost first...
    chain: Vec<FileKey>,
    /// ...and the `import` paths that led from each to the next.
    via: Vec<Location>,
    /// How many bytes the imports may still hold.
    budget: u64,
}

impl<'l> Files<'l> {
    /// `root` is the path of the program's own file, if it has one.
    pub fn new(loader: &'l dyn Loader, root: Option<&Path>) -> Self {
        let chain: Vec<FileKey> = root.and_then(|p| loader.key(p)).into_iter().collect();
        Self {
            loader,
            read: chain.iter().map(|&key| (key, None)).collect(),
            chain,
            via: Vec::new(),
            budget: MAX_IMPORT_BYTES,
        }
    }

    /// Takes the definitions and file-level directives of `tree` (the text of `file`,
    /// whose imports are relative to `base`), following its imports.
    pub fn collect(
        &mut self,
        file: FileId,
        base: &Path,
        tree: &ast::File,
        sources: &mut SourceMap,
        sink: &mut Sink<'_>,
    ) {
        for item in &tree.items {
            match item {
                Item::Import(import) => self.import(file, base, import, sources, sink),
                Item::Exercise(def) => definitions::define(file, def, sink),
                Item::Level(directive) => sink.directives.push(Directive {
                    level: directive.level,
                    rule: directive.rule.value.clone(),
                    name: Location::new(file, directive.rule.span),
                    scope: Scope::File(file),
                }),
                Item::Header(_) | Item::Block(_) => {}
            }
        }
    }

    fn import(
        &mut self,
        file: FileId,
        base: &Path,
        import: &ast::Import,
        sources: &mut SourceMap,
        sink: &mut Sink<'_>,
    ) {
        let at = import.path.span;
        let written = text::shown(&import.path.value);
        let written_path = Path::new(&import.path.value);
        if written_path.has_root() || written_path.is_absolute() {
            sink.diagnostics
                .push(import::absolute_path(file, at, &written));
            return;
        }
        if written_path.extension().is_none_or(|e| e != "wod") {
            sink.diagnostics.push(import::not_wod(file, at, &written));
            return;
        }
        let path = base.join(written_path);
        let record = sink.imports.len();
        sink.imports.push(Imported {
            at: Location::new(file, at),
            path: path.clone(),
            file: None,
        });
        // From here on, the path as it resolves: where the reader should look.
        let written = text::shown(&path.display().to_string());
        if let Some(key) = self.loader.key(&path) {
            if let Some(start) = self.chain.iter().position(|file| *file == key) {
                sink.diagnostics
                    .push(import::cycle(file, at, &written, &self.via[start..]));
                return;
            }
            if let Some(&read) = self.read.get(&key) {
                sink.imports[record].file = read;
                return;
            }
        }
        if self.chain.len() >= MAX_DEPTH {
            sink.diagnostics.push(import::too_deep(file, at, MAX_DEPTH));
            return;
        }
        let loaded = match self.loader.load(&path, self.budget) {
            Ok(loaded) => loaded,
            Err(LoadError::TooLarge { .. }) if self.budget < MAX_IMPORT_BYTES => {
                sink.diagnostics
                    .push(import::over_budget(file, at, &written, MAX_IMPORT_BYTES));
                return;
            }
            Err(error) => {
                sink.diagnostics
                    .push(import::unreadable(file, at, &written, &error));
                return;
            }
        };
        self.budget = self.budget.saturating_sub(loaded.bytes.len() as u64);
        let decoded = source::decode(&loaded.bytes);
        let imported = sources.add(path.display().to_string(), decoded.text);
        self.read.insert(loaded.key, Some(imported));
        sink.imports[record].file = Some(imported);
        let text = sources.shared_text(imported);
        let parsed = syntax::parse_decoded(imported, &text, decoded.invalid_at);
        sink.diagnostics.extend(parsed.diagnostics);
        let base = path.parent().map_or_else(PathBuf::new, Path::to_path_buf);
        self.chain.push(loaded.key);
        self.via.push(Location::new(file, at));
        self.collect(imported, &base, &parsed.file, sources, sink);
        self.via.pop();
        self.chain.pop();
    }
}
