//! `import "PATH"`: reading the exercise definitions of other files.
//!
//! Imports are followed depth first, in file order, so definitions are read in the
//! order a person reading the files would meet them. Each file is read once per
//! program however many paths lead to it; a file that imports itself, directly or
//! not, is a cycle and reported at the `import` that closes it.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::{Directive, Scope, definitions};
use crate::ast::{self, Item};
use crate::catalog::Catalog;
use crate::diagnostic::Diagnostic;
use crate::meaning;
use crate::source::{self, SourceMap};
use crate::span::{FileId, Location};
use crate::syntax;

/// Reads files for imports: the resolver's only way to the outside world.
pub trait Loader {
    /// Reads the file at `path`.
    fn load(&self, path: &Path) -> Result<Loaded, LoadError>;

    /// The identity of the file at `path`, the same for every path that leads to it.
    fn key(&self, path: &Path) -> PathBuf {
        path.to_path_buf()
    }
}

/// A file's identity and content.
pub struct Loaded {
    pub key: PathBuf,
    pub bytes: Vec<u8>,
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    NotFound,
    Directory,
    NotRegularFile,
    TooLarge { limit: u64 },
    Unreadable(String),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotFound => f.write_str("no such file"),
            Self::Directory => f.write_str("it is a directory"),
            Self::NotRegularFile => f.write_str("it is not a regular file"),
            Self::TooLarge { limit } => write!(f, "it is larger than {} MiB", limit >> 20),
            Self::Unreadable(reason) => write!(f, "it cannot be read: {reason}"),
        }
    }
}

/// Imports nest at most this deep, so a generated chain cannot exhaust the stack.
const MAX_DEPTH: usize = 64;

/// Where the definitions and directives of every file go.
pub(super) struct Sink<'a> {
    pub catalog: &'a mut Catalog,
    pub definitions: &'a mut Vec<super::Definition>,
    pub directives: &'a mut Vec<Directive>,
    pub diagnostics: &'a mut Vec<Diagnostic>,
    /// The first definition past the catalog's limit, and how many there are.
    pub overflow: Option<(Location, u32)>,
}

/// The files of one program: those read, and the chain of imports being followed.
pub(super) struct Files<'l> {
    loader: &'l dyn Loader,
    read: HashSet<PathBuf>,
    /// The files being read, outermost first...
    chain: Vec<PathBuf>,
    /// ...and the `import` paths that led from each to the next.
    via: Vec<Location>,
}

impl<'l> Files<'l> {
    /// `root` is the path of the program's own file, if it has one.
    pub fn new(loader: &'l dyn Loader, root: Option<&Path>) -> Self {
        let chain: Vec<PathBuf> = root.map(|p| loader.key(p)).into_iter().collect();
        Self {
            loader,
            read: chain.iter().cloned().collect(),
            chain,
            via: Vec::new(),
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
        let path = base.join(&import.path.value);
        let at = import.path.span;
        let fail = |message: String, help: &str| {
            Diagnostic::error(meaning::import::META.name, file, at, message)
                .with_label("this import")
                .with_help(help.to_owned())
        };
        let key = self.loader.key(&path);
        if let Some(start) = self.chain.iter().position(|file| *file == key) {
            let message = format!("`{}` imports itself through this import", path.display());
            let mut cycle = fail(
                message,
                "move the shared definitions into a file that both can import",
            );
            for &step in &self.via[start..] {
                cycle = cycle.with_secondary(step, "imported from here");
            }
            sink.diagnostics.push(cycle);
            return;
        }
        if self.read.contains(&key) {
            return;
        }
        if self.chain.len() >= MAX_DEPTH {
            let message = format!("imports nest more than {MAX_DEPTH} files deep here");
            sink.diagnostics
                .push(fail(message, "import the files from fewer levels"));
            return;
        }
        let loaded = match self.loader.load(&path) {
            Ok(loaded) => loaded,
            Err(error) => {
                let message = format!("cannot import `{}`: {error}", path.display());
                let help =
                    "the path is relative to the importing file and must name a readable .wod file";
                sink.diagnostics.push(fail(message, help));
                return;
            }
        };
        self.read.insert(loaded.key.clone());
        let decoded = source::decode(&loaded.bytes);
        let imported = sources.add(path.display().to_string(), decoded.text);
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
