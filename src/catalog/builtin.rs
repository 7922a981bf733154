//! The built-in exercise catalog.
//!
//! Source of truth: (to be written by the catalog author)

use super::Equipment::{self, *};
use super::Mechanic::{self, *};
use super::Muscle::{self, *};
use super::{Entry, MuscleSet, Skill};

/// One row of the table below.
pub(super) struct Row {
    name: &'static str,
    equipment: Equipment,
    mechanic: Mechanic,
    muscles: &'static [Muscle],
    skill: Skill,
    aliases: &'static [&'static str],
}

impl Row {
    pub(super) fn to_entry(&self) -> Entry {
        Entry {
            name: self.name.to_owned(),
            equipment: self.equipment,
            mechanic: self.mechanic,
            muscles: self.muscles.iter().copied().collect::<MuscleSet>(),
            skill: self.skill,
            aliases: self.aliases.iter().map(|&a| a.to_owned()).collect(),
            defined_at: None,
        }
    }
}

/// An ordinary entry.
const fn row(
    name: &'static str,
    equipment: Equipment,
    mechanic: Mechanic,
    muscles: &'static [Muscle],
    aliases: &'static [&'static str],
) -> Row {
    Row { name, equipment, mechanic, muscles, skill: Skill::Low, aliases }
}

/// A technical lift (`skill high`): the Olympic lifts and their variants only.
const fn technical(
    name: &'static str,
    equipment: Equipment,
    mechanic: Mechanic,
    muscles: &'static [Muscle],
    aliases: &'static [&'static str],
) -> Row {
    Row { name, equipment, mechanic, muscles, skill: Skill::High, aliases }
}

pub(super) static ENTRIES: &[Row] = &[
    row("Bench Press", Barbell, Compound, &[Chest, FrontDelts, Triceps], &["BB Bench", "Barbell Bench Press"]),
    technical("Power Clean", Barbell, Compound, &[Quads, Glutes, Hamstrings, Traps], &[]),
];
