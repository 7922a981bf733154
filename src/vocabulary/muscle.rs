//! The muscles of `language.md`, and a compact set of them.

use std::fmt;

/// A muscle group, as `language.md` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Muscle {
    Chest,
    Lats,
    UpperBack,
    Traps,
    FrontDelts,
    SideDelts,
    RearDelts,
    Biceps,
    Triceps,
    Forearms,
    Abs,
    Obliques,
    LowerBack,
    Glutes,
    Quads,
    Hamstrings,
    Adductors,
    Abductors,
    Calves,
}

impl Muscle {
    pub const ALL: [Muscle; 19] = [
        Self::Chest,
        Self::Lats,
        Self::UpperBack,
        Self::Traps,
        Self::FrontDelts,
        Self::SideDelts,
        Self::RearDelts,
        Self::Biceps,
        Self::Triceps,
        Self::Forearms,
        Self::Abs,
        Self::Obliques,
        Self::LowerBack,
        Self::Glutes,
        Self::Quads,
        Self::Hamstrings,
        Self::Adductors,
        Self::Abductors,
        Self::Calves,
    ];

    /// The name used in `.wod` files and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Chest => "chest",
            Self::Lats => "lats",
            Self::UpperBack => "upper-back",
            Self::Traps => "traps",
            Self::FrontDelts => "front-delts",
            Self::SideDelts => "side-delts",
            Self::RearDelts => "rear-delts",
            Self::Biceps => "biceps",
            Self::Triceps => "triceps",
            Self::Forearms => "forearms",
            Self::Abs => "abs",
            Self::Obliques => "obliques",
            Self::LowerBack => "lower-back",
            Self::Glutes => "glutes",
            Self::Quads => "quads",
            Self::Hamstrings => "hamstrings",
            Self::Adductors => "adductors",
            Self::Abductors => "abductors",
            Self::Calves => "calves",
        }
    }

    pub fn from_name(name: &str) -> Option<Muscle> {
        Self::ALL.into_iter().find(|m| m.as_str() == name)
    }

    /// The small muscles of `language.md`, which `triple-drop-on-large-muscle` spares.
    pub fn is_small(self) -> bool {
        matches!(
            self,
            Self::Biceps
                | Self::Triceps
                | Self::Forearms
                | Self::SideDelts
                | Self::RearDelts
                | Self::Calves
        )
    }
}

impl fmt::Display for Muscle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A set of muscles as a bit mask: the weekly rules intersect these per line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MuscleSet(u32);

impl MuscleSet {
    pub fn insert(&mut self, muscle: Muscle) {
        self.0 |= 1 << muscle as u32;
    }

    pub fn contains(self, muscle: Muscle) -> bool {
        self.0 & (1 << muscle as u32) != 0
    }

    pub fn intersects(self, other: MuscleSet) -> bool {
        self.0 & other.0 != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The muscles in the order of [`Muscle::ALL`].
    pub fn iter(self) -> impl Iterator<Item = Muscle> {
        Muscle::ALL.into_iter().filter(move |&m| self.contains(m))
    }
}

impl FromIterator<Muscle> for MuscleSet {
    fn from_iter<I: IntoIterator<Item = Muscle>>(muscles: I) -> Self {
        let mut set = MuscleSet::default();
        for muscle in muscles {
            set.insert(muscle);
        }
        set
    }
}
