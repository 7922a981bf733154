//! The words that classify an exercise: its equipment, mechanic, muscles and skill.
//!
//! They are words of the language before they are fields of a catalog entry: an
//! `exercise` definition writes them and the syntax tree holds them. So they live in a
//! module of their own, which the tree and the catalog both use, and the catalog's data
//! is nothing but `exercise` blocks (`src/catalog/builtin.wod`).

mod muscle;

pub use muscle::{Muscle, MuscleSet};

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
