//! The documents open in the editor, each with its last analysis, and the loader
//! through which a program's imports are read: from the open documents first, as the
//! editor holds them (saved or not), then from disk.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use lsp_types::Uri;

use super::Host;
use super::convert::{normal, path_of};
use crate::Analysis;
use crate::resolve::{FileKey, LoadError, Loaded, Loader};
use crate::source::SourceMap;
use crate::syntax::LineCache;

/// One open document.
pub struct Document {
    /// Its path, for a `file:` URI: where its imports are relative to.
    pub path: Option<PathBuf>,
    pub version: i32,
    pub text: String,
    /// The analysis of `text`, once checked.
    pub checked: Option<Checked>,
    /// The lines of the last check, so that the next reads only those that changed.
    lines: RefCell<LineCache>,
}

/// A document checked: the files read and the analysis.
pub struct Checked {
    pub uri: Uri,
    pub sources: SourceMap,
    pub analysis: Analysis,
    /// Every path its imports name, read or not: a change to any of them (opened,
    /// edited, closed) checks the document again.
    pub imports: Vec<PathBuf>,
}

impl Checked {
    pub fn file(&self) -> &crate::source::SourceFile {
        self.sources.file(self.analysis.file)
    }
}

#[derive(Default)]
pub struct Documents {
    open: HashMap<Uri, Document>,
}

impl Documents {
    pub fn open(&mut self, uri: Uri, version: i32, text: String) {
        let path = path_of(&uri);
        let document = Document {
            path,
            version,
            text,
            checked: None,
            lines: RefCell::default(),
        };
        self.open.insert(uri, document);
    }

    pub fn close(&mut self, uri: &Uri) -> Option<Document> {
        self.open.remove(uri)
    }

    pub fn get(&self, uri: &Uri) -> Option<&Document> {
        self.open.get(uri)
    }

    pub fn get_mut(&mut self, uri: &Uri) -> Option<&mut Document> {
        self.open.get_mut(uri)
    }

    pub fn uris(&self) -> impl Iterator<Item = &Uri> {
        self.open.keys()
    }

    /// The open documents, other than `changed`, that import the file at `path`.
    pub fn importers(&self, path: &Path, changed: &Uri) -> Vec<Uri> {
        self.open
            .iter()
            .filter(|(uri, document)| {
                *uri != changed
                    && document
                        .checked
                        .as_ref()
                        .is_some_and(|checked| checked.imports.iter().any(|p| p == path))
            })
            .map(|(uri, _)| uri.clone())
            .collect()
    }

    /// Checks the document at `uri` as `wodc check` checks a file, its imports read
    /// through [`Overlay`]; `None` when it is not open.
    pub fn check(&self, uri: &Uri, host: &dyn Host) -> Option<Checked> {
        let document = self.open.get(uri)?;
        let path = document.path.as_deref();
        let name = path.map_or_else(|| uri.as_str().to_owned(), |p| p.display().to_string());
        let overlay = Overlay {
            documents: self,
            disk: host.loader(path),
        };
        let levels = host.levels(path);
        let mut sources = SourceMap::new();
        let analysis = crate::check_cached(
            &mut sources,
            &name,
            path,
            document.text.as_bytes(),
            &overlay,
            &levels,
            Some(&mut document.lines.borrow_mut()),
        );
        let imports = analysis
            .imports
            .iter()
            .map(|import| normal(&import.path))
            .collect();
        Some(Checked {
            uri: uri.clone(),
            sources,
            analysis,
            imports,
        })
    }

    /// The open document at `path` (normalised), if any.
    fn at_path(&self, path: &Path) -> Option<&Document> {
        let path = normal(path);
        self.open
            .values()
            .find(|document| document.path.as_deref() == Some(path.as_path()))
    }
}

/// Reads imports from the open documents, then from disk. The disk's loader still
/// decides whether an open file may be imported (inside the project, a `.wod` file),
/// unless the file is not on disk at all, as a new file not yet saved.
struct Overlay<'a> {
    documents: &'a Documents,
    disk: Box<dyn Loader>,
}

impl Loader for Overlay<'_> {
    fn load(&self, path: &Path, limit: u64) -> Result<Loaded, LoadError> {
        let Some(document) = self.documents.at_path(path) else {
            return self.disk.load(path, limit);
        };
        match self.disk.admits(path) {
            Ok(()) | Err(LoadError::NotFound) => {}
            Err(error) => return Err(error),
        }
        if document.text.len() as u64 > limit {
            return Err(LoadError::TooLarge { limit });
        }
        Ok(Loaded {
            key: self
                .key(path)
                .unwrap_or_else(|| FileKey::of_name(&normal(path))),
            bytes: document.text.as_bytes().to_vec(),
        })
    }

    fn key(&self, path: &Path) -> Option<FileKey> {
        self.disk.key(path).or_else(|| {
            self.documents
                .at_path(path)
                .map(|_| FileKey::of_name(&normal(path)))
        })
    }

    fn admits(&self, path: &Path) -> Result<(), LoadError> {
        self.disk.admits(path)
    }
}
