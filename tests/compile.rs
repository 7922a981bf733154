//! `wodc compile`: every backend's output read back by an independent parser, snapshots
//! of every example, and the command's promise to lose nothing.

mod support;

use support::Disk;

use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::Command;

use wodc::backends::{self, Target};
use wodc::levels::Levels;
use wodc::source::SourceMap;

const WODC: &str = env!("CARGO_BIN_EXE_wodc");

/// The clean example programs (not the library, not the broken ones).
fn examples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("examples/ exists")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "wod"))
        .collect();
    files.sort();
    assert!(files.len() >= 4, "the examples are missing");
    files
}

/// Compiles `program` (named `name`, read from `path`) to `target`.
fn compile(
    name: &str,
    path: Option<&Path>,
    program: &str,
    target: Target,
) -> Result<String, backends::Missing> {
    let mut sources = SourceMap::new();
    let analysis = wodc::check(
        &mut sources,
        name,
        path,
        program.as_bytes(),
        &Disk,
        &Levels::default(),
    );
    assert!(
        !analysis.has_errors(),
        "{name}: {:#?}",
        analysis.diagnostics
    );
    let plan = wodc::plan::build(&analysis.model).expect("the examples are small");
    let input = backends::Input {
        plan: &plan,
        sources: &sources,
        diagnostics: &analysis.diagnostics,
        // A fixed time, so the calendars' DTSTAMP is the same in every snapshot.
        made_at: "2026-01-01T00:00:00Z".parse().unwrap(),
    };
    let mut out = Vec::new();
    match backends::render(target, &input, &mut out) {
        Ok(()) => Ok(String::from_utf8(out).expect("every backend writes UTF-8")),
        Err(backends::Failure::Missing(missing)) => Err(missing),
        Err(backends::Failure::Write(error)) => panic!("writing to memory failed: {error}"),
    }
}

fn compile_example(path: &Path, target: Target) -> String {
    let name = format!("examples/{}", path.file_name().unwrap().to_string_lossy());
    let program = std::fs::read_to_string(path).unwrap();
    compile(&name, Some(path), &program, target).unwrap_or_else(|m| panic!("{name}: {m:?}"))
}

fn snapshot_name(path: &Path, extension: &str) -> String {
    format!(
        "{}.{extension}",
        path.file_stem().unwrap().to_string_lossy()
    )
}

#[test]
fn json_of_every_example_follows_the_schema() {
    let schema_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/wod.schema.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(schema_path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema");
    for path in examples() {
        let json = compile_example(&path, Target::Json);
        let document: serde_json::Value = serde_json::from_str(&json).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&document)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
        assert_eq!(document["format_version"], 1);
        insta::assert_snapshot!(snapshot_name(&path, "json"), json);
    }
}

#[test]
fn the_schema_rejects_what_it_should() {
    let schema_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/wod.schema.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(schema_path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let path = &examples()[0];
    let mut document: serde_json::Value =
        serde_json::from_str(&compile_example(path, Target::Json)).unwrap();
    document["weeks"][0]["sessions"][0]["exercises"][0]["sets"][0]["reps"] =
        serde_json::json!({ "min": 0 });
    assert!(
        !validator.is_valid(&document),
        "reps without `max` must be rejected"
    );
}

#[test]
fn markdown_has_one_table_per_session_occurrence() {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    for path in examples() {
        let markdown = compile_example(&path, Target::Markdown);
        let json: serde_json::Value =
            serde_json::from_str(&compile_example(&path, Target::Json)).unwrap();
        let occurrences: usize = json["weeks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w["sessions"].as_array().unwrap().len())
            .sum();
        let mut tables = 0;
        let mut cells_in_row = 0;
        for event in Parser::new_ext(&markdown, Options::ENABLE_TABLES) {
            match event {
                Event::Start(Tag::Table(alignments)) => {
                    tables += 1;
                    assert_eq!(
                        alignments.len(),
                        9,
                        "{}: a table has 9 columns",
                        path.display()
                    );
                }
                Event::Start(Tag::TableRow | Tag::TableHead) => cells_in_row = 0,
                Event::Start(Tag::TableCell) => cells_in_row += 1,
                Event::End(TagEnd::TableRow | TagEnd::TableHead) => {
                    assert_eq!(
                        cells_in_row,
                        9,
                        "{}: every row has its 9 cells",
                        path.display()
                    )
                }
                _ => {}
            }
        }
        assert_eq!(
            tables,
            occurrences,
            "{}: one table per session occurrence",
            path.display()
        );
        insta::assert_snapshot!(snapshot_name(&path, "md"), markdown);
    }
}

/// The events of a calendar, parsed by the `ical` crate.
fn events(ics: &str) -> Vec<ical::parser::ical::component::IcalEvent> {
    let mut parser = ical::IcalParser::new(BufReader::new(ics.as_bytes()));
    let calendar = parser
        .next()
        .expect("one calendar")
        .expect("a valid calendar");
    assert!(parser.next().is_none(), "only one calendar");
    let property = |name: &str| {
        calendar
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
    };
    assert_eq!(property("VERSION").as_deref(), Some("2.0"));
    assert!(property("PRODID").is_some());
    calendar.events
}

fn value<'e>(event: &'e ical::parser::ical::component::IcalEvent, name: &str) -> Option<&'e str> {
    event
        .properties
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.as_deref())
}

#[test]
fn ics_of_every_example_is_valid_and_complete() {
    for path in examples() {
        let ics = compile_example(&path, Target::Ics);
        for line in ics.split_inclusive('\n') {
            assert!(
                line.ends_with("\r\n"),
                "{}: a line without CRLF: {line:?}",
                path.display()
            );
            assert!(
                line.len() - 2 <= 75,
                "{}: a line over 75 octets: {line:?}",
                path.display()
            );
        }
        let events = events(&ics);
        let json: serde_json::Value =
            serde_json::from_str(&compile_example(&path, Target::Json)).unwrap();
        let dated = json["weeks"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|w| w["sessions"].as_array().unwrap())
            .filter(|s| !s["date"].is_null())
            .count();
        assert_eq!(
            events.len(),
            dated,
            "{}: one event per dated occurrence",
            path.display()
        );
        let mut uids = std::collections::HashSet::new();
        for event in &events {
            for name in [
                "UID",
                "DTSTAMP",
                "DTSTART",
                "DTEND",
                "SUMMARY",
                "DESCRIPTION",
            ] {
                assert!(
                    value(event, name).is_some(),
                    "{}: an event without {name}",
                    path.display()
                );
            }
            assert!(
                uids.insert(value(event, "UID").unwrap().to_owned()),
                "{}: a UID twice",
                path.display()
            );
        }
        assert!(ics.contains("DTSTAMP:20260101T000000Z\r\n"));
        insta::assert_snapshot!(snapshot_name(&path, "ics"), ics.replace("\r\n", "\n"));
    }
}

const ROME: &str = r#"program "Rome"
start 2026-10-19
timezone Europe/Rome
block "A" weeks 1-2 {
  session "Evening" on mon at 19:00 for 1h {
    Leg Press: 3 x 10 @ 100kg
  }
  session "Anytime" on wed {
    Leg Press: 3 x 10 @ 100kg
  }
}
"#;

#[test]
fn timed_events_are_in_utc_across_a_daylight_saving_change() {
    // Europe/Rome leaves summer time on 2026-10-25: 19:00 is 17:00Z on the 19th and
    // 18:00Z on the 26th.
    let ics = compile("rome.wod", None, ROME, Target::Ics).unwrap();
    let events = events(&ics);
    let starts: Vec<_> = events.iter().filter_map(|e| value(e, "DTSTART")).collect();
    assert!(starts.contains(&"20261019T170000Z"), "{starts:?}");
    assert!(starts.contains(&"20261026T180000Z"), "{starts:?}");
    let evening = events
        .iter()
        .find(|e| value(e, "DTSTART") == Some("20261019T170000Z"))
        .unwrap();
    assert_eq!(value(evening, "DTEND"), Some("20261019T180000Z"));
    // An all-day event ends the next day.
    let anytime = events
        .iter()
        .find(|e| value(e, "DTSTART") == Some("20261021"))
        .unwrap();
    assert_eq!(value(anytime, "DTEND"), Some("20261022"));
    let summary = value(anytime, "SUMMARY").unwrap();
    assert_eq!(summary, "Anytime — week 1");
}

#[test]
fn timed_events_without_a_zone_are_floating() {
    let program = ROME.replace("timezone Europe/Rome\n", "");
    let events = events(&compile("floating.wod", None, &program, Target::Ics).unwrap());
    let starts: Vec<_> = events.iter().filter_map(|e| value(e, "DTSTART")).collect();
    assert!(starts.contains(&"20261019T190000"), "{starts:?}");
}

#[test]
fn uids_survive_recompiling_and_unrelated_edits() {
    let uids = |program: &str| -> Vec<String> {
        let ics = compile("rome.wod", None, program, Target::Ics).unwrap();
        let mut uids: Vec<String> = events(&ics)
            .iter()
            .map(|e| value(e, "UID").unwrap().to_owned())
            .collect();
        uids.sort();
        uids
    };
    let before = uids(ROME);
    assert_eq!(before, uids(ROME), "the same program twice");
    let edited = ROME.replace(
        "Leg Press: 3 x 10 @ 100kg\n  }\n  session \"Anytime\"",
        "Leg Press: 4 x 8 @ 110kg\n  }\n  session \"Anytime\"",
    );
    assert_ne!(edited, ROME);
    assert_eq!(
        before,
        uids(&edited),
        "an edit to a session's lines keeps every UID"
    );
}

#[test]
fn a_calendar_needs_a_start_and_days() {
    let no_start = ROME.replace("start 2026-10-19\n", "");
    let missing = compile("no-start.wod", None, &no_start, Target::Ics).unwrap_err();
    assert!(
        missing.message.contains("no `start` date"),
        "{}",
        missing.message
    );
    let no_day = ROME.replace("session \"Anytime\" on wed {", "session \"Anytime\" {");
    let missing = compile("no-day.wod", None, &no_day, Target::Ics).unwrap_err();
    assert!(
        missing.message.contains("no `on` days"),
        "{}",
        missing.message
    );
    assert_eq!(
        missing.at.len(),
        1,
        "the session without a day is pointed at"
    );
}

/// A scratch directory with a program that has an error and one that has none.
fn scratch() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("good.wod"), ROME).unwrap();
    std::fs::write(dir.path().join("bad.wod"), ROME.replace("3 x 10", "0 x 10")).unwrap();
    dir
}

#[test]
fn a_failing_compile_leaves_the_output_untouched() {
    let dir = scratch();
    let out = dir.path().join("plan.json");
    std::fs::write(&out, "previous output").unwrap();
    let status = Command::new(WODC)
        .args(["compile", "bad.wod", "--to", "json", "-o", "plan.json"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(status.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "previous output");
    let stderr = String::from_utf8_lossy(&status.stderr);
    assert!(
        stderr.contains("invalid-value") && stderr.contains("nothing was written"),
        "{stderr}"
    );
}

#[test]
fn a_compile_replaces_the_output_whole_and_leaves_no_temporary_file() {
    let dir = scratch();
    std::fs::write(dir.path().join("plan.ics"), "previous output").unwrap();
    let status = Command::new(WODC)
        .args(["compile", "good.wod", "--to", "ics", "-o", "plan.ics"])
        .current_dir(dir.path())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0));
    let written = std::fs::read_to_string(dir.path().join("plan.ics")).unwrap();
    assert!(written.starts_with("BEGIN:VCALENDAR\r\n") && written.ends_with("END:VCALENDAR\r\n"));
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    assert_eq!(names, ["bad.wod", "good.wod", "plan.ics"]);
}

#[test]
fn an_unwritable_destination_is_exit_2() {
    let dir = scratch();
    let output = Command::new(WODC)
        .args([
            "compile",
            "good.wod",
            "--to",
            "md",
            "-o",
            "no/such/dir/plan.md",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot write no/such/dir/plan.md"));
}

#[test]
fn ics_without_dates_is_exit_1_with_the_reason() {
    let dir = scratch();
    std::fs::write(
        dir.path().join("undated.wod"),
        ROME.replace("start 2026-10-19\n", ""),
    )
    .unwrap();
    let output = Command::new(WODC)
        .args(["compile", "undated.wod", "--to", "ics"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("no `start` date") && stderr.contains("help: add a line such as `start"),
        "{stderr}"
    );
}
