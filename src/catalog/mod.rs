//! The exercise catalog: what each exercise name means for the guardrails.
//!
//! The built-in entries are `exercise` blocks in `builtin.wod` ([`builtin`]), read on
//! first use and shared by every program; a program's `exercise` definitions are laid
//! over them in a [`Catalog`]. A definition with the name or an
//! alias of a built-in entry replaces that entry for the whole program (its aliases
//! included), which the resolver reports as `shadowed-exercise`.
//!
//! Names match ignoring case and runs of whitespace ([`normalize`]).

pub mod builtin;

use std::collections::HashMap;

use builtin::{BUILT_INS, BuiltIns};

use crate::span::Location;
use crate::vocabulary::{Equipment, Mechanic, Muscle, MuscleSet, Skill};

/// One exercise and its classification.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub name: String,
    pub equipment: Equipment,
    pub mechanic: Mechanic,
    /// The primary muscles: those a line of this exercise *hits* for the weekly rules.
    pub muscles: MuscleSet,
    pub skill: Skill,
    pub aliases: Vec<String>,
    /// Where a program's own definition was written; `None` for a built-in entry.
    pub defined_at: Option<Location>,
}

impl Entry {
    /// A *heavy compound*: a compound barbell lift.
    pub fn is_heavy_compound(&self) -> bool {
        self.mechanic == Mechanic::Compound && self.equipment == Equipment::Barbell
    }

    /// A *technical lift*: one with `skill high`.
    pub fn is_technical(&self) -> bool {
        self.skill == Skill::High
    }

    /// Cardio or a loaded carry (`mechanic conditioning`).
    pub fn is_conditioning(&self) -> bool {
        self.mechanic == Mechanic::Conditioning
    }

    /// Its classification in the words a definition uses: `barbell compound: quads,
    /// glutes`, `barbell compound, skill high: ...` for a technical lift.
    pub fn classification(&self) -> String {
        let muscles: Vec<&str> = self.muscles.iter().map(Muscle::as_str).collect();
        let skill = if self.is_technical() {
            ", skill high"
        } else {
            ""
        };
        format!(
            "{} {}{skill}: {}",
            self.equipment.as_str(),
            self.mechanic.as_str(),
            muscles.join(", ")
        )
    }
}

/// An entry in a [`Catalog`]: built-in or defined by the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntryId {
    BuiltIn(u16),
    Defined(u16),
}

/// A program's view of the exercises: the built-in entries with its definitions on top.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    /// Set only while `builtin.wod` itself is read: its definitions become the
    /// built-in entries, so they have none to lay over.
    without_built_ins: bool,
    defined: Vec<Entry>,
    defined_index: HashMap<String, u16>,
    /// Built-in entries that a definition replaces.
    replaced: HashMap<u16, u16>,
}

/// Why a definition could not be added.
#[derive(Debug, Clone, PartialEq)]
pub enum DefineError {
    /// The name (the definition's own or an alias) belongs to an earlier definition.
    Clash { name: String, earlier: EntryId },
    /// The catalog is full; only a generated file can get here.
    Full,
}

impl Catalog {
    pub fn new() -> Self {
        Self::default()
    }

    /// A catalog of definitions alone, for reading `builtin.wod`.
    fn without_built_ins() -> Self {
        Self {
            without_built_ins: true,
            ..Self::default()
        }
    }

    /// The built-in entries under the definitions: none while they are being read,
    /// which also keeps their first use from waiting on itself.
    fn built_ins(&self) -> Option<&'static BuiltIns> {
        (!self.without_built_ins).then(|| &*BUILT_INS)
    }

    /// The definitions, in order, and the index of their names.
    fn into_definitions(self) -> (Vec<Entry>, HashMap<String, u16>) {
        (self.defined, self.defined_index)
    }

    /// The entry a name stands for, if any.
    pub fn lookup(&self, name: &str) -> Option<EntryId> {
        let key = normalize(name);
        if let Some(&i) = self.defined_index.get(&key) {
            return Some(EntryId::Defined(i));
        }
        let built_in = *self.built_ins()?.index.get(&key)?;
        Some(match self.replaced.get(&built_in) {
            Some(&i) => EntryId::Defined(i),
            None => EntryId::BuiltIn(built_in),
        })
    }

    pub fn entry(&self, id: EntryId) -> &Entry {
        match id {
            EntryId::BuiltIn(i) => &BUILT_INS.entries[usize::from(i)],
            EntryId::Defined(i) => &self.defined[usize::from(i)],
        }
    }

    /// Adds a definition. Returns its id and the built-in entries it replaces, each with
    /// the index of the name that replaces it (0 for the definition's own name, then its
    /// aliases in order).
    pub fn define(
        &mut self,
        entry: Entry,
    ) -> Result<(EntryId, Vec<(EntryId, usize)>), DefineError> {
        let names: Vec<String> = std::iter::once(&entry.name)
            .chain(&entry.aliases)
            .map(|n| normalize(n))
            .collect();
        if let Some((name, &earlier)) = names
            .iter()
            .find_map(|key| self.defined_index.get(key).map(|i| (key, i)))
        {
            return Err(DefineError::Clash {
                name: name.clone(),
                earlier: EntryId::Defined(earlier),
            });
        }
        let id = u16::try_from(self.defined.len()).map_err(|_| DefineError::Full)?;
        let mut shadowed = Vec::new();
        for (position, key) in names.into_iter().enumerate() {
            if let Some(&built_in) = self.built_ins().and_then(|b| b.index.get(&key))
                && self.replaced.insert(built_in, id).is_none()
            {
                shadowed.push((EntryId::BuiltIn(built_in), position));
            }
            self.defined_index.insert(key, id);
        }
        self.defined.push(entry);
        Ok((EntryId::Defined(id), shadowed))
    }

    /// Up to three names closest to `name`, nearest first, for "did you mean": each is
    /// the spelling that came closest (a name or an alias), one per entry.
    pub fn suggestions(&self, name: &str) -> Vec<&str> {
        /// Longer names are not misspellings of a catalog name: suggest nothing.
        const LONGEST: usize = 64;
        let key = normalize(name);
        let key_chars = key.chars().count();
        if key_chars > LONGEST {
            return Vec::new();
        }
        let limit = (key_chars / 4).max(1);
        let built_in = self
            .built_ins()
            .map_or(&[][..], |b| &b.spellings)
            .iter()
            .map(|(spelling, normal, chars, i)| {
                let id = self
                    .replaced
                    .get(i)
                    .map_or(EntryId::BuiltIn(*i), |&d| EntryId::Defined(d));
                (
                    spelling.as_str(),
                    std::borrow::Cow::Borrowed(normal.as_str()),
                    *chars,
                    id,
                )
            });
        let defined = self.defined.iter().enumerate().flat_map(|(i, entry)| {
            std::iter::once(&entry.name)
                .chain(&entry.aliases)
                .map(move |n| {
                    let normal = normalize(n);
                    let chars = normal.chars().count();
                    (
                        n.as_str(),
                        std::borrow::Cow::Owned(normal),
                        chars,
                        EntryId::Defined(i as u16),
                    )
                })
        });
        let mut scored: Vec<(usize, &str, EntryId)> = built_in
            .chain(defined)
            // The edit distance is at least the difference in length: skip the work.
            .filter(|&(_, _, chars, _)| chars.abs_diff(key_chars) <= limit)
            .filter_map(|(spelling, normal, _, id)| {
                let distance = strsim::levenshtein(&key, &normal);
                (distance <= limit).then_some((distance, spelling, id))
            })
            .collect();
        scored.sort();
        let mut entries = Vec::new();
        let mut names = Vec::new();
        for (_, name, id) in scored {
            if !entries.contains(&id) {
                entries.push(id);
                names.push(name);
            }
        }
        names.truncate(3);
        names
    }

    /// The program's own definitions, in the order they were read.
    pub fn defined_entries(&self) -> &[Entry] {
        &self.defined
    }

    /// The built-in entries, for `wodc` documentation and tests.
    pub fn built_in_entries() -> &'static [Entry] {
        &BUILT_INS.entries
    }
}

/// A name as the catalog compares it: lower case, runs of whitespace as one space, trimmed.
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocabulary::Muscle;

    #[test]
    fn names_match_ignoring_case_and_spaces() {
        let catalog = Catalog::new();
        let bench = catalog
            .lookup("Bench Press")
            .expect("Bench Press is built in");
        assert_eq!(catalog.lookup("bench   press"), Some(bench));
        assert_eq!(catalog.lookup("  BENCH PRESS "), Some(bench));
        assert_eq!(catalog.lookup("BB Bench"), Some(bench));
        assert_eq!(catalog.lookup("Bench"), None);
    }

    #[test]
    fn suggestions_are_nearest_first() {
        let catalog = Catalog::new();
        assert_eq!(
            catalog.suggestions("Bench Pres").first(),
            Some(&"Bench Press")
        );
        assert!(catalog.suggestions("zzzzzzzzzzzz").is_empty());
    }

    #[test]
    fn a_definition_replaces_the_built_in_entry_and_its_aliases() {
        let mut catalog = Catalog::new();
        let entry = Entry {
            name: "Bench Press".into(),
            equipment: Equipment::Machine,
            mechanic: Mechanic::Compound,
            muscles: MuscleSet::from_iter([Muscle::Chest]),
            skill: Skill::Low,
            aliases: vec![],
            defined_at: None,
        };
        let (id, shadowed) = catalog.define(entry.clone()).unwrap();
        assert_eq!(shadowed.len(), 1);
        assert_eq!(catalog.lookup("bb bench"), Some(id));
        assert_eq!(catalog.entry(id).equipment, Equipment::Machine);
        assert!(matches!(
            catalog.define(entry),
            Err(DefineError::Clash { .. })
        ));
    }
}
