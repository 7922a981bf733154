//! The exercise catalog: what each exercise name means for the guardrails.
//!
//! The built-in entries ([`builtin`]) are shared by every program; a program's `exercise`
//! definitions are laid over them in a [`Catalog`]. A definition with the name or an
//! alias of a built-in entry replaces that entry for the whole program (its aliases
//! included), which the resolver reports as `shadowed-exercise`.
//!
//! Names match ignoring case and runs of whitespace ([`normalize`]).

mod builtin;
mod muscle;

use std::collections::HashMap;
use std::sync::LazyLock;

pub use muscle::{Muscle, MuscleSet};

use crate::span::Location;

/// What an exercise is done with. Only `barbell` matters to a rule (heavy compounds);
/// the rest is for people reading JSON and sheets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Equipment {
    Barbell,
    Dumbbell,
    Machine,
    Cable,
    Smith,
    Bodyweight,
    Band,
    Kettlebell,
    Other,
}

impl Equipment {
    pub const ALL: [Equipment; 9] = [
        Self::Barbell,
        Self::Dumbbell,
        Self::Machine,
        Self::Cable,
        Self::Smith,
        Self::Bodyweight,
        Self::Band,
        Self::Kettlebell,
        Self::Other,
    ];

    /// The word `.wod` files and JSON use.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Barbell => "barbell",
            Self::Dumbbell => "dumbbell",
            Self::Machine => "machine",
            Self::Cable => "cable",
            Self::Smith => "smith",
            Self::Bodyweight => "bodyweight",
            Self::Band => "band",
            Self::Kettlebell => "kettlebell",
            Self::Other => "other",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mechanic {
    Compound,
    Isolation,
    /// Cardio and loaded carries: counted in no figure, never a compound line, and
    /// never given a technique.
    Conditioning,
}

impl Mechanic {
    /// The word `.wod` files and JSON use.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Compound => "compound",
            Self::Isolation => "isolation",
            Self::Conditioning => "conditioning",
        }
    }
}

/// `high` marks a technical lift: the Olympic lifts and their variants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Skill {
    #[default]
    Low,
    High,
}

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

/// The built-in entries and their name index, built once per process.
struct BuiltIns {
    entries: Vec<Entry>,
    /// Every name and alias, normalised, to its entry.
    index: HashMap<String, u16>,
    /// Every name and alias as written, with its normalised form and that form's length
    /// in characters: for suggestions.
    spellings: Vec<(&'static str, String, usize, u16)>,
}

static BUILT_INS: LazyLock<BuiltIns> = LazyLock::new(|| {
    let entries: Vec<Entry> = builtin::ENTRIES
        .iter()
        .map(builtin::Row::to_entry)
        .collect();
    let mut index = HashMap::new();
    let mut spellings = Vec::new();
    for (i, row) in builtin::ENTRIES.iter().enumerate() {
        let id = u16::try_from(i).expect("the built-in catalog has fewer than 65536 entries");
        for name in row.names() {
            let previous = index.insert(normalize(name), id);
            debug_assert!(previous.is_none(), "built-in name {name:?} is listed twice");
            let normal = normalize(name);
            let chars = normal.chars().count();
            spellings.push((name, normal, chars, id));
        }
    }
    BuiltIns {
        entries,
        index,
        spellings,
    }
});

/// A program's view of the exercises: the built-in entries with its definitions on top.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
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

    /// The entry a name stands for, if any.
    pub fn lookup(&self, name: &str) -> Option<EntryId> {
        let key = normalize(name);
        if let Some(&i) = self.defined_index.get(&key) {
            return Some(EntryId::Defined(i));
        }
        let built_in = *BUILT_INS.index.get(&key)?;
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
            if let Some(&built_in) = BUILT_INS.index.get(&key)
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
        let built_in = BUILT_INS
            .spellings
            .iter()
            .map(|(spelling, normal, chars, i)| {
                let id = self
                    .replaced
                    .get(i)
                    .map_or(EntryId::BuiltIn(*i), |&d| EntryId::Defined(d));
                (
                    *spelling,
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
