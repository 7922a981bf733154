//! Tests about the rules themselves: their documentation is complete, their names read
//! well, and the examples in their docs do what the docs say.

mod support;

use support::NoFiles;

use std::collections::HashSet;

use wodc::levels::Levels;
use wodc::rule::{Kind, section};
use wodc::source::SourceMap;

/// The rules reported for a program, by name.
fn reported(program: &str) -> Vec<&'static str> {
    let mut sources = SourceMap::new();
    let analysis = wodc::check(
        &mut sources,
        "example.wod",
        None,
        program.as_bytes(),
        &NoFiles,
        &Levels::default(),
    );
    analysis.diagnostics.iter().map(|d| d.rule).collect()
}

/// The ```wod blocks of a section.
fn programs(section: &str) -> Vec<String> {
    let mut programs = Vec::new();
    let mut current: Option<String> = None;
    for line in section.lines() {
        match (&mut current, line.trim_end()) {
            (None, "```wod") => current = Some(String::new()),
            (Some(_), "```") => programs.extend(current.take()),
            (Some(program), text) => {
                program.push_str(text);
                program.push('\n');
            }
            (None, _) => {}
        }
    }
    programs
}

#[test]
fn every_rule_has_every_section() {
    for rule in wodc::rules::all() {
        let explanation = rule.explanation();
        for name in ["What it checks", "Why", "Example", "Fix"] {
            let text = section(&explanation, name).unwrap_or_default();
            assert!(
                !text.trim().is_empty(),
                "{}: the section `## {name}` is missing or empty",
                rule.name
            );
        }
        assert!(
            !rule.summary().is_empty() && rule.summary().ends_with('.'),
            "{}: the summary is not a sentence: {:?}",
            rule.name,
            rule.summary()
        );
    }
}

#[test]
fn every_guardrail_cites_an_article() {
    let articles = [
        "000_16b862246f4cca0a.txt",
        "001_0a5e9ea24e371da4.txt",
        "002_58af7380838583ec.txt",
    ];
    for rule in wodc::rules::all().filter(|r| r.kind == Kind::Guardrail) {
        if rule.name == "shadowed-exercise" {
            // Not from the articles: it guards the catalog the other rules rely on.
            continue;
        }
        let explanation = rule.explanation();
        let why = section(&explanation, "Why").unwrap_or_default();
        assert!(
            articles.iter().any(|a| why.contains(a)),
            "{}: `## Why` cites no article by its file name",
            rule.name
        );
    }
}

#[test]
fn names_are_unique_and_read_well_after_allow() {
    let mut names = HashSet::new();
    for rule in wodc::rules::all() {
        assert!(names.insert(rule.name), "{} is declared twice", rule.name);
        assert!(
            rule.name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{} is not kebab-case",
            rule.name
        );
        for prefix in ["avoid-", "use-", "prefer-", "no-", "dont-"] {
            assert!(
                !rule.name.starts_with(prefix),
                "`allow {}` reads badly: name the problem, not the advice",
                rule.name
            );
        }
    }
    assert_eq!(names.len(), 8 + 24, "8 errors of meaning and 24 guardrails");
}

#[test]
fn every_example_triggers_its_rule() {
    for rule in wodc::rules::all() {
        let explanation = rule.explanation();
        let examples = programs(section(&explanation, "Example").unwrap_or_default());
        assert!(!examples.is_empty(), "{}: no ```wod example", rule.name);
        for example in examples {
            let found = reported(&example);
            assert!(
                found.contains(&rule.name),
                "{}: the example does not trigger it (reported: {found:?}):\n{example}",
                rule.name
            );
        }
    }
}

#[test]
fn every_fix_checks_clean() {
    for rule in wodc::rules::all() {
        let explanation = rule.explanation();
        for fixed in programs(section(&explanation, "Fix").unwrap_or_default()) {
            let found = reported(&fixed);
            assert!(
                found.is_empty(),
                "{}: the fixed example still reports {found:?}:\n{fixed}",
                rule.name
            );
        }
    }
}
