//! What the language server asks of an analysed file, as pure functions of an
//! [`Analysis`](crate::Analysis) and its [`SourceMap`](crate::source::SourceMap): the
//! names written and what each stands for, hovers, completions, the work of a line week
//! by week, the outline and folds, and the edits that allow a rule. Everything is in
//! byte offsets; the server only converts positions and protocol types.

mod allow;
mod complete;
mod hints;
mod hover;
mod names;
mod outline;
mod work;

pub use allow::{Allow, allow};
pub use complete::{Candidate, CandidateKind, Completions, complete};
pub use hints::{Hint, hints};
pub use hover::{Hover, hover};
pub use names::{Name, NameKind, name_at, names};
pub use outline::{Section, SectionKind, folds, outline};
pub use work::{LineWork, SessionLength, line_work, lines_work, session_lengths};
