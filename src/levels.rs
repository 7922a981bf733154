//! Rule levels: defaults, a project's `wodc.toml`, `allow`/`warn`/`deny` in files,
//! blocks and sessions, and the command line's `-A`/`-W`/`-D` and `--deny warnings`.
//!
//! A guardrail's diagnostic takes, from the weakest to the strongest: the rule's
//! default, the project's level, the level set by the innermost scope of the program
//! holding its anchor (file, then block, then session), the command line's. Errors of
//! meaning are always errors.

use std::collections::HashMap;

use crate::ast::LevelWord;
use crate::diagnostic::{Diagnostic, Severity, list_words};
use crate::meaning;
use crate::resolve::{Directive, Scope};
use crate::rule::{Kind, Level, RuleMeta};
use crate::rules;
use crate::span::Location;
use crate::text::shown;

/// The levels set around a program by whoever checks it: its project's, below the
/// program's own `allow`/`warn`/`deny`, and the command line's, above them.
#[derive(Debug, Clone, Default)]
pub struct Levels {
    pub project: Project,
    pub command_line: CommandLine,
}

/// A project's default levels (`[rules]` in `wodc.toml`): they replace the rules' own
/// defaults, and every `allow`/`warn`/`deny` of a program wins over them.
#[derive(Debug, Clone, Default)]
pub struct Project {
    rules: HashMap<&'static str, Level>,
}

impl Project {
    /// Sets the default level of `rule`, a guardrail (as [`guardrail`] finds it).
    pub fn set(&mut self, rule: &'static RuleMeta, word: LevelWord) {
        self.rules.insert(rule.name, level(word));
    }
}

/// Levels set on the command line.
#[derive(Debug, Clone, Default)]
pub struct CommandLine {
    rules: HashMap<&'static str, Level>,
    /// `--deny warnings`: every warning becomes an error.
    pub deny_warnings: bool,
}

/// Why a command-line level could not be set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LevelError {
    UnknownRule {
        name: String,
        suggestions: Vec<&'static str>,
    },
    Meaning(&'static str),
}

impl std::fmt::Display for LevelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnknownRule { name, suggestions } if suggestions.is_empty() => {
                write!(
                    f,
                    "no rule is named `{}` (`wodc rules` lists them)",
                    shown(name)
                )
            }
            Self::UnknownRule { name, suggestions } => {
                let quoted: Vec<String> = suggestions.iter().map(|s| format!("`{s}`")).collect();
                write!(
                    f,
                    "no rule is named `{}`; did you mean {}?",
                    shown(name),
                    list_words(&quoted, "or")
                )
            }
            Self::Meaning(name) => write!(
                f,
                "`{name}` is an error of meaning, which is always an error"
            ),
        }
    }
}

impl std::error::Error for LevelError {}

impl CommandLine {
    pub fn new(deny_warnings: bool) -> Self {
        Self {
            rules: HashMap::new(),
            deny_warnings,
        }
    }

    /// Sets a rule's level; later calls win over earlier ones, as later flags do.
    pub fn set(&mut self, name: &str, word: LevelWord) -> Result<(), LevelError> {
        self.rules.insert(guardrail(name)?.name, level(word));
        Ok(())
    }
}

/// The guardrail named `name`: only guardrails have a level to set from outside.
pub fn guardrail(name: &str) -> Result<&'static RuleMeta, LevelError> {
    let rule = rules::find(name).ok_or_else(|| LevelError::UnknownRule {
        name: name.to_owned(),
        suggestions: rules::suggestions(name),
    })?;
    if rule.kind == Kind::Meaning {
        return Err(LevelError::Meaning(rule.name));
    }
    Ok(rule)
}

fn level(word: LevelWord) -> Level {
    match word {
        LevelWord::Allow => Level::Allow,
        LevelWord::Warn => Level::Warning,
        LevelWord::Deny => Level::Error,
    }
}

/// Checks a program's directives, then sets each diagnostic's severity and drops those
/// allowed. Reports directives naming no rule, or an error of meaning.
pub fn apply(directives: &[Directive], levels: &Levels, diagnostics: &mut Vec<Diagnostic>) {
    let Levels {
        project,
        command_line,
    } = levels;
    let set = valid_directives(directives, diagnostics);
    diagnostics.retain_mut(|diagnostic| {
        let Some(rule) = rules::find(diagnostic.rule) else {
            return true;
        };
        if rule.kind == Kind::Meaning {
            return true;
        }
        let level = command_line
            .rules
            .get(rule.name)
            .copied()
            .or_else(|| innermost(&set, rule, diagnostic.primary.location))
            .or_else(|| project.rules.get(rule.name).copied())
            .unwrap_or(rule.default_level);
        match level.severity() {
            None => false,
            Some(severity) => {
                diagnostic.severity = match severity {
                    Severity::Warning if command_line.deny_warnings => Severity::Error,
                    other => other,
                };
                true
            }
        }
    });
}

/// The directives that name a guardrail, by rule; the others are reported.
fn valid_directives<'d>(
    directives: &'d [Directive],
    diagnostics: &mut Vec<Diagnostic>,
) -> HashMap<&'static str, Vec<&'d Directive>> {
    let mut set: HashMap<&'static str, Vec<&Directive>> = HashMap::new();
    for directive in directives {
        let at = directive.name;
        let Some(rule) = rules::find(&directive.rule) else {
            let suggestions = rules::suggestions(&directive.rule);
            diagnostics.push(meaning::unknown_rule::diagnostic(
                at,
                &directive.rule,
                &suggestions,
            ));
            continue;
        };
        if rule.kind == Kind::Meaning {
            if directive.level != LevelWord::Deny {
                diagnostics.push(meaning::unknown_rule::not_a_guardrail(at, rule.name));
            }
            continue;
        }
        let rule_directives = set.entry(rule.name).or_default();
        if let Some(first) = rule_directives.iter().find(|d| d.scope == directive.scope) {
            diagnostics.push(meaning::duplicate_definition::rule_level(
                at, rule.name, first.name,
            ));
            continue;
        }
        rule_directives.push(directive);
    }
    set
}

/// The level set by the innermost scope holding `anchor`.
fn innermost(
    set: &HashMap<&'static str, Vec<&Directive>>,
    rule: &RuleMeta,
    anchor: Location,
) -> Option<Level> {
    set.get(rule.name)?
        .iter()
        .filter(|d| holds(d.scope, anchor))
        .max_by_key(|d| depth(d.scope))
        .map(|d| level(d.level))
}

fn holds(scope: Scope, anchor: Location) -> bool {
    match scope {
        Scope::File(file) => file == anchor.file,
        Scope::Block(file, span) | Scope::Session(file, span) => {
            file == anchor.file && span.contains(anchor.span)
        }
    }
}

fn depth(scope: Scope) -> u8 {
    match scope {
        Scope::File(_) => 0,
        Scope::Block(..) => 1,
        Scope::Session(..) => 2,
    }
}
