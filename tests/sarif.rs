//! `wodc check --format sarif` against the SARIF 2.1.0 JSON schema of OASIS, vendored in
//! `tests/data/sarif/` (see its README). The schema names the draft-07 meta-schema,
//! which `jsonschema` carries within it, and refers to nothing else: it is checked
//! offline, formats (`uri`, `uri-reference`) included.

use std::path::{Path, PathBuf};
use std::process::Command;

use insta_cmd::get_cargo_bin;
use serde_json::Value;

mod support;
use support::workspace::feed;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The pattern of `run.language` as OASIS wrote it: the `]` before `?` closes no class.
/// ECMA-262 (Annex B), which JSON Schema patterns follow, reads such a `]` as itself;
/// `jsonschema` checks a schema's patterns strictly and refuses it.
const LANGUAGE_PATTERN: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";

/// The same pattern with that `]` escaped: it means what ECMA-262 reads.
const LANGUAGE_PATTERN_ESCAPED: &str = r"^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\]?$";

fn validator() -> jsonschema::Validator {
    let path = root().join("tests/data/sarif/sarif-schema-2.1.0.json");
    let text = std::fs::read_to_string(&path).expect("the vendored schema");
    let mut schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    // `run.language`, `toolComponent.language`, `translationMetadata`...
    assert!(
        escape_language_patterns(&mut schema) > 0,
        "the schema changed"
    );
    jsonschema::draft7::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema is a valid draft-07 JSON Schema")
}

/// Escapes the `]` of every `language` pattern; returns how many it escaped.
fn escape_language_patterns(schema: &mut Value) -> usize {
    match schema {
        Value::Object(object) => object
            .iter_mut()
            .map(|(key, value)| {
                if key == "pattern" && value == LANGUAGE_PATTERN {
                    *value = LANGUAGE_PATTERN_ESCAPED.into();
                    1
                } else {
                    escape_language_patterns(value)
                }
            })
            .sum(),
        Value::Array(items) => items.iter_mut().map(escape_language_patterns).sum(),
        _ => 0,
    }
}

/// The SARIF log of `wodc check --format sarif ARGS...`, run in `dir`.
fn sarif(dir: &Path, args: &[&str], stdin: Option<&str>) -> Value {
    let mut command = Command::new(get_cargo_bin("wodc"));
    command
        .args(["check", "--format", "sarif"])
        .args(args)
        .current_dir(dir);
    let output = match stdin {
        None => command.output().expect("wodc runs"),
        Some(text) => feed(command, text.as_bytes()),
    };
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "wodc check {args:?}: {output:?}"
    );
    serde_json::from_slice(&output.stdout).expect("the log is JSON")
}

fn violations(validator: &jsonschema::Validator, log: &Value) -> Vec<String> {
    validator
        .iter_errors(log)
        .map(|error| format!("{error} at {}", error.instance_path()))
        .collect()
}

/// Every kind of diagnostic the examples hold: errors of meaning with related
/// locations, guardrails at each level, clean files with no result at all.
#[test]
fn every_log_follows_the_schema() {
    let validator = validator();
    let cases: [(&str, &[&str]); 4] = [
        ("examples", &["broken", "misuse"]),
        ("examples", &["."]),
        ("tests/fixtures/cli", &["errors.wod", "latin1.wod", "tree"]),
        ("tests/fixtures/cli", &["clean.wod"]),
    ];
    let mut results = 0;
    for (dir, args) in cases {
        let log = sarif(&root().join(dir), args, None);
        let found = violations(&validator, &log);
        assert!(found.is_empty(), "{dir} {args:?}: {found:#?}");
        results += log["runs"][0]["results"].as_array().map_or(0, Vec::len);
    }
    assert!(results > 20, "the cases hold many results: {results}");
}

/// A name that is no plain path still makes a valid URI reference.
#[test]
fn odd_file_names_make_valid_uris() {
    let validator = validator();
    let text = std::fs::read_to_string(root().join("tests/fixtures/cli/errors.wod")).unwrap();
    for name in ["my plans/week #1.wod", "100% [draft].wod", "é?.wod"] {
        let log = sarif(
            &root().join("tests/fixtures/cli"),
            &["--stdin-filename", name],
            Some(&text),
        );
        let found = violations(&validator, &log);
        assert!(found.is_empty(), "{name}: {found:#?}");
        let uri = &log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
            ["uri"];
        assert!(
            uri.as_str().is_some_and(|uri| !uri.contains(' ')),
            "{name}: {uri}"
        );
    }
    let log = sarif(&root().join("tests/fixtures/cli"), &["-"], Some(&text));
    let found = violations(&validator, &log);
    assert!(found.is_empty(), "<stdin>: {found:#?}");
}

/// The validator is not one that passes everything: a log broken in the ways a writer
/// could break it is rejected.
#[test]
fn the_schema_rejects_broken_logs() {
    let validator = validator();
    let log = sarif(&root().join("tests/fixtures/cli"), &["errors.wod"], None);
    assert!(violations(&validator, &log).is_empty());
    type Breakage = fn(&mut Value);
    let breakages: [(&str, Breakage); 4] = [
        ("an unknown level", |log| {
            log["runs"][0]["results"][0]["level"] = "fatal".into();
        }),
        ("a column of 0", |log| {
            log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startColumn"] =
                0.into();
        }),
        ("an unknown property", |log| {
            log["runs"][0]["tool"]["driver"]["colour"] = "red".into();
        }),
        ("another version", |log| {
            log["version"] = "2.0.0".into();
        }),
    ];
    for (what, breakage) in breakages {
        let mut broken = log.clone();
        breakage(&mut broken);
        assert!(!validator.is_valid(&broken), "{what} is accepted");
    }
}

/// Code scanning shows a rule's `help` beside its results: it is the rule's page.
#[test]
fn every_rule_carries_its_page_as_help() {
    let log = sarif(&root().join("tests/fixtures/cli"), &["errors.wod"], None);
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules");
    let registry: Vec<_> = wodc::rules::all().collect();
    assert_eq!(rules.len(), registry.len());
    for (rule, meta) in rules.iter().zip(registry) {
        assert_eq!(rule["id"], meta.name);
        assert_eq!(
            rule["help"]["markdown"],
            meta.explanation(),
            "{}",
            meta.name
        );
        assert_eq!(
            rule["shortDescription"]["text"],
            meta.summary(),
            "{}",
            meta.name
        );
    }
}
