//! The layers of a guardrail's level (`src/levels.rs`), from the weakest to the
//! strongest: the rule's default, the project's (`wodc.toml`), the file's directive,
//! the block's, the session's, the command line's. Every combination of the five
//! layers that can be set, each unset or at one of the three levels, is checked.

mod support;

use support::NoFiles;
use wodc::ast::LevelWord;
use wodc::diagnostic::Severity;
use wodc::levels::{self, CommandLine, Levels, Project};
use wodc::source::SourceMap;

const RULE: &str = "drop-size";

/// The layers that can be set, from the weakest.
#[derive(Debug, Clone, Copy)]
struct Layers {
    project: Option<LevelWord>,
    file: Option<LevelWord>,
    block: Option<LevelWord>,
    session: Option<LevelWord>,
    command_line: Option<LevelWord>,
}

fn directive(word: Option<LevelWord>) -> String {
    match word {
        None => String::new(),
        Some(LevelWord::Allow) => format!("allow {RULE}"),
        Some(LevelWord::Warn) => format!("warn {RULE}"),
        Some(LevelWord::Deny) => format!("deny {RULE}"),
    }
}

/// The severity `drop-size` is reported with under `layers`, if reported.
fn reported(layers: Layers) -> Option<Severity> {
    let text = format!(
        "program \"Layers\"\nathlete intermediate\n{}\n\nblock \"Base\" weeks 1-4 {{\n  {}\n  session \"Legs\" on mon {{\n    {}\n    Leg Extension: 1 x 10 @ 40kg, drop 10%\n  }}\n}}\n",
        directive(layers.file),
        directive(layers.block),
        directive(layers.session),
    );
    let mut project = Project::default();
    let mut command_line = CommandLine::new(false);
    let rule = levels::guardrail(RULE).expect("a guardrail");
    if let Some(word) = layers.project {
        project.set(rule, word);
    }
    if let Some(word) = layers.command_line {
        command_line.set(RULE, word).expect("a guardrail");
    }
    let levels = Levels {
        project,
        command_line,
    };
    let mut sources = SourceMap::new();
    let analysis = wodc::check(
        &mut sources,
        "layers.wod",
        None,
        text.as_bytes(),
        &NoFiles,
        &levels,
    );
    let others: Vec<_> = analysis
        .diagnostics
        .iter()
        .filter(|d| d.rule != RULE)
        .collect();
    assert!(others.is_empty(), "{layers:?}: {others:#?}\n{text}");
    analysis
        .diagnostics
        .iter()
        .find(|d| d.rule == RULE)
        .map(|d| d.severity)
}

fn severity(word: LevelWord) -> Option<Severity> {
    match word {
        LevelWord::Allow => None,
        LevelWord::Warn => Some(Severity::Warning),
        LevelWord::Deny => Some(Severity::Error),
    }
}

#[test]
fn the_strongest_layer_set_decides() {
    let choices = [
        None,
        Some(LevelWord::Allow),
        Some(LevelWord::Warn),
        Some(LevelWord::Deny),
    ];
    let mut checked = 0;
    for project in choices {
        for file in choices {
            for block in choices {
                for session in choices {
                    for command_line in choices {
                        let layers = Layers {
                            project,
                            file,
                            block,
                            session,
                            command_line,
                        };
                        let strongest = [command_line, session, block, file, project]
                            .into_iter()
                            .flatten()
                            .next();
                        // drop-size is a warning by default.
                        let expected = strongest.map_or(Some(Severity::Warning), severity);
                        assert_eq!(reported(layers), expected, "{layers:?}");
                        checked += 1;
                    }
                }
            }
        }
    }
    assert_eq!(checked, 4 * 4 * 4 * 4 * 4);
}

#[test]
fn only_guardrails_have_a_level_to_set() {
    assert!(levels::guardrail("syntax").is_err());
    assert!(levels::guardrail("no-such-rule").is_err());
    assert!(levels::guardrail(RULE).is_ok());
}
