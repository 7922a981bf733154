//! `--format sarif`: a SARIF 2.1.0 log with one run, for code-scanning tools.
//!
//! Columns are counted in Unicode code points, as the other formats do, and the run
//! says so (`columnKind`), since SARIF's default is UTF-16 code units. A rule's page
//! (`wodc explain`) is its `help`, in Markdown, which code scanning shows beside a
//! result. `tests/sarif.rs` validates the log against the SARIF 2.1.0 schema.

use serde::Serialize;

use super::Position;
use crate::diagnostic::{Diagnostic, Fix, Severity};
use crate::rule::{Level, RuleMeta};
use crate::rules;
use crate::source::SourceMap;
use crate::span::{self, FileId};

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    short_description: Text,
    full_description: Text,
    help: Help,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

/// A `multiformatMessageString`: plain text, and the same in Markdown for viewers
/// that render it.
#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
    enabled: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    /// Absent for a rule the registry does not hold (SARIF's default, -1, means so).
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    level: &'static str,
    message: Text,
    locations: [Location; 1],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<SarifFix>,
}

/// A fix: its edits grouped by file. SARIF has no word for a fix's safety; it stands
/// in the property bag, as `applicability`, with the values of the JSON format.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifFix {
    description: Text,
    artifact_changes: Vec<ArtifactChange>,
    properties: FixProperties,
}

#[derive(Serialize)]
struct FixProperties {
    applicability: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange {
    artifact_location: ArtifactLocation,
    replacements: Vec<Replacement>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement {
    deleted_region: Region,
    inserted_content: Text,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
}

pub fn render(sources: &SourceMap, diagnostics: &[Diagnostic]) -> String {
    let registry: Vec<&RuleMeta> = rules::all().collect();
    let results = diagnostics
        .iter()
        .map(|diagnostic| SarifResult {
            rule_id: diagnostic.rule,
            rule_index: registry.iter().position(|r| r.name == diagnostic.rule),
            level: level(diagnostic.severity),
            message: Text {
                text: match &diagnostic.help {
                    Some(help) => format!("{}\nhelp: {help}", diagnostic.message),
                    None => diagnostic.message.clone(),
                },
            },
            locations: [location(sources, &diagnostic.primary)],
            related_locations: diagnostic
                .secondary
                .iter()
                .map(|label| location(sources, label))
                .collect(),
            fixes: diagnostic.fixes.iter().map(|f| fix(sources, f)).collect(),
        })
        .collect();
    let log = Log {
        schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "wodc",
                    version: env!("CARGO_PKG_VERSION"),
                    rules: registry
                        .iter()
                        .map(|rule| Rule {
                            id: rule.name,
                            short_description: Text {
                                text: rule.summary(),
                            },
                            full_description: Text {
                                text: what_it_checks(rule),
                            },
                            help: Help {
                                text: rule.explanation(),
                                markdown: rule.explanation(),
                            },
                            default_configuration: Configuration {
                                level: match rule.default_level {
                                    Level::Allow | Level::Advice => "note",
                                    Level::Warning => "warning",
                                    Level::Error => "error",
                                },
                                enabled: rule.default_level != Level::Allow,
                            },
                        })
                        .collect(),
                },
            },
            column_kind: "unicodeCodePoints",
            results,
        }],
    };
    let mut out = serde_json::to_string_pretty(&log).expect("the log is plain data");
    out.push('\n');
    out
}

/// The whole `## What it checks` section of a rule's page, in one paragraph per line.
fn what_it_checks(rule: &RuleMeta) -> String {
    let explanation = rule.explanation();
    let section = crate::rule::section(&explanation, "What it checks").unwrap_or_default();
    section
        .split("\n\n")
        .map(|paragraph| paragraph.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n")
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Advice => "note",
    }
}

fn location(sources: &SourceMap, label: &crate::diagnostic::Label) -> Location {
    Location {
        physical_location: PhysicalLocation {
            artifact_location: artifact(sources, label.location.file),
            region: region(sources, label.location),
        },
        message: label.text.as_ref().map(|text| Text { text: text.clone() }),
    }
}

fn artifact(sources: &SourceMap, file: FileId) -> ArtifactLocation {
    ArtifactLocation {
        uri: uri_reference(sources.name(file)),
    }
}

fn region(sources: &SourceMap, location: span::Location) -> Region {
    let position = Position::at(sources, location);
    Region {
        start_line: position.line,
        start_column: position.column,
        end_line: position.end_line,
        end_column: position.end_column,
    }
}

/// A fix, its edits in the order of their files' first edit.
fn fix(sources: &SourceMap, fix: &Fix) -> SarifFix {
    let mut changes: Vec<(FileId, Vec<Replacement>)> = Vec::new();
    for edit in &fix.edits {
        let replacement = Replacement {
            deleted_region: region(sources, edit.location),
            inserted_content: Text {
                text: edit.replacement.clone(),
            },
        };
        let file = edit.location.file;
        match changes.iter_mut().find(|(f, _)| *f == file) {
            Some((_, replacements)) => replacements.push(replacement),
            None => changes.push((file, vec![replacement])),
        }
    }
    SarifFix {
        description: Text {
            text: fix.title.clone(),
        },
        artifact_changes: changes
            .into_iter()
            .map(|(file, replacements)| ArtifactChange {
                artifact_location: artifact(sources, file),
                replacements,
            })
            .collect(),
        properties: FixProperties {
            applicability: fix.applicability.as_str(),
        },
    }
}

/// A file name as a relative URI reference: the characters a path may hold that a URI
/// may not are percent-encoded.
fn uri_reference(name: &str) -> String {
    let mut uri = String::with_capacity(name.len());
    for byte in name.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                uri.push(char::from(byte))
            }
            b'\\' => uri.push('/'),
            _ => uri.push_str(&format!("%{byte:02X}")),
        }
    }
    uri
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_names_become_uri_references() {
        assert_eq!(
            super::uri_reference("my plans/week 1.wod"),
            "my%20plans/week%201.wod"
        );
    }
}
