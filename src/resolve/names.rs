//! Exercise names: looked up in the catalog, and reported with "did you mean" when
//! unknown.
//!
//! Suggestions cost a search of the whole catalog, so each distinct name is searched
//! once, and only the first [`SEARCHES`] distinct unknown names of a file get one: a
//! file of a hundred thousand invented names is still checked in moments.

use std::collections::HashMap;

use crate::catalog::{Catalog, EntryId, normalize};
use crate::diagnostic::Diagnostic;
use crate::meaning;
use crate::span::{FileId, Spanned};

/// Distinct unknown names per file that get suggestions.
const SEARCHES: usize = 64;

pub(super) struct Names<'c> {
    pub catalog: &'c Catalog,
    /// Suggestions already found, by normalised name.
    searched: HashMap<String, Vec<&'c str>>,
}

impl<'c> Names<'c> {
    pub fn new(catalog: &'c Catalog) -> Self {
        Self {
            catalog,
            searched: HashMap::new(),
        }
    }

    /// The entry `name` stands for; an unknown name is reported.
    pub fn lookup(
        &mut self,
        file: FileId,
        name: &Spanned<String>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<EntryId> {
        let found = self.catalog.lookup(&name.value);
        if found.is_none() {
            // A name that only looks wrong (a Cyrillic `е`) has one clear answer.
            let unconfused = crate::text::unconfused(&name.value);
            let mut suggestions = self.suggestions(&name.value);
            let clear = (unconfused != name.value && self.catalog.lookup(&unconfused).is_some())
                .then_some(unconfused);
            if clear.is_some() {
                suggestions.clear();
            }
            let quoted = name.span.len() != name.value.len();
            diagnostics.push(meaning::unknown_exercise::diagnostic(
                file,
                name.span,
                &name.value,
                &suggestions,
                clear.as_deref(),
                quoted,
            ));
        }
        found
    }

    fn suggestions(&mut self, name: &str) -> Vec<&'c str> {
        let key = normalize(name);
        if let Some(found) = self.searched.get(&key) {
            return found.clone();
        }
        if self.searched.len() >= SEARCHES {
            return Vec::new();
        }
        let found = self.catalog.suggestions(name);
        self.searched.insert(key, found.clone());
        found
    }
}
