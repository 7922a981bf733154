//! Hostile input and faults (issue 7): no panic, no leak, nothing destroyed, bounded
//! cost. One test per hole an attacker found, each with the input that found it (the
//! big ones generated here), so that each would fail again were the hole reopened.

mod support;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use insta_cmd::get_cargo_bin;
use serde_json::Value;
use wodc::backends::{self, Target};
use wodc::diagnostic::Diagnostic;
use wodc::levels::Levels;
use wodc::render;
use wodc::resolve::{FileKey, LoadError, Loaded, Loader};
use wodc::source::SourceMap;

use support::NoFiles;

fn check(text: &str) -> (SourceMap, wodc::Analysis) {
    check_with(text, &NoFiles)
}

fn check_with(text: &str, loader: &dyn Loader) -> (SourceMap, wodc::Analysis) {
    let mut sources = SourceMap::new();
    let analysis = wodc::check(
        &mut sources,
        "hostile.wod",
        Some(Path::new("hostile.wod")),
        text.as_bytes(),
        loader,
        &Levels::default(),
    );
    (sources, analysis)
}

fn rules(analysis: &wodc::Analysis) -> Vec<&'static str> {
    analysis.diagnostics.iter().map(|d| d.rule).collect()
}

fn human(sources: &SourceMap, diagnostics: &[Diagnostic]) -> String {
    let style = render::human::Style {
        color: false,
        width: 100,
    };
    render::human::render(sources, diagnostics, style)
}

/// Every diagnostic format, one after the other.
fn every_format(sources: &SourceMap, diagnostics: &[Diagnostic]) -> String {
    [
        human(sources, diagnostics),
        render::short::render(sources, diagnostics),
        render::json::render(sources, 1, diagnostics),
        render::github::render(sources, diagnostics),
        render::sarif::render(sources, diagnostics),
    ]
    .concat()
}

fn wodc(args: &[&str], dir: &Path) -> Output {
    Command::new(get_cargo_bin("wodc"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("wodc runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

const CLEAN: &str = "program \"Clean\"\nstart 2026-01-05\n\nblock \"A\" weeks 1-2 {\n  session \"Legs\" on mon {\n    Leg Press: 3 x 10 @ 100kg\n  }\n}\n";

// 1. Panics found by fuzzing ---------------------------------------------------------

#[test]
fn a_label_past_column_65535_is_drawn_cut_short() {
    for line in [
        format!("{}z", " ".repeat(65_536)),
        format!("{}z", "\t".repeat(16_384)),
    ] {
        let (sources, analysis) = check(&line);
        let report = human(&sources, &analysis.diagnostics);
        assert!(report.contains("found `z`"), "{report}");
        // The real position, in characters, stays in the header...
        let column = line.chars().count();
        assert!(
            report.contains(&format!("hostile.wod:1:{column}]")),
            "{report}"
        );
        // ...but only a window of the line is drawn.
        assert!(report.len() < 2_000, "{} bytes drawn", report.len());
    }
}

#[test]
fn a_calendar_past_9999_is_an_invalid_value_at_start() {
    let text = CLEAN.replace("2026-01-05", "9999-12-31");
    let (_, analysis) = check(&text);
    assert_eq!(rules(&analysis), ["invalid-value"]);
    let diagnostic = &analysis.diagnostics[0];
    assert_eq!(
        &text[diagnostic.span().start..diagnostic.span().end],
        "9999-12-31"
    );
    assert!(diagnostic.message.contains("past the end of the calendar"));
}

#[test]
fn a_block_that_leaves_the_calendar_is_reported_at_its_header() {
    let text = CLEAN
        .replace("2026-01-05", "9999-12-01")
        .replace("weeks 1-2", "weeks 1-9");
    let (_, analysis) = check(&text);
    assert_eq!(rules(&analysis), ["invalid-value"]);
    let span = analysis.diagnostics[0].span();
    assert!(text[span.start..].starts_with("block \"A\""));
}

// 2. Output that fails -----------------------------------------------------------------

#[test]
fn a_full_disk_is_exit_2_and_one_line_never_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("clean.wod"), CLEAN).unwrap();
    let full = fs::File::options().write(true).open("/dev/full");
    let Ok(full) = full else {
        eprintln!("no /dev/full here: skipped");
        return;
    };
    for args in [
        &["check", "clean.wod"][..],
        &["rules"],
        &["explain", "drop-size"],
        &["catalog"],
        &["stats", "clean.wod"],
        &["compile", "clean.wod", "--to", "json"],
    ] {
        let output = Command::new(get_cargo_bin("wodc"))
            .args(args)
            .current_dir(dir.path())
            .stdout(full.try_clone().unwrap())
            .output()
            .unwrap();
        let said = stderr(&output);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {said}");
        assert_eq!(said.lines().count(), 1, "{args:?}: {said}");
        assert!(said.contains("No space left on device"), "{args:?}: {said}");
    }
    // Standard error full too: still exit 2, never 101.
    let output = Command::new(get_cargo_bin("wodc"))
        .args(["check", "missing.wod"])
        .current_dir(dir.path())
        .stderr(full)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_reader_that_goes_away_ends_the_command_quietly() {
    let dir = tempfile::tempdir().unwrap();
    // Outputs larger than a pipe's buffer, so the writer meets the closed pipe.
    let broken = "program \"B\"\n".to_owned() + &"zz\n".repeat(20_000);
    fs::write(dir.path().join("broken.wod"), broken).unwrap();
    let long = CLEAN.replace("weeks 1-2", "weeks 1-200");
    fs::write(dir.path().join("long.wod"), long).unwrap();
    for args in [
        &["check", "broken.wod"][..],
        &["compile", "long.wod", "--to", "json"],
    ] {
        let mut child = Command::new(get_cargo_bin("wodc"))
            .args(args)
            .current_dir(dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 1];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        // The pipe's reader is gone: the next write fails with EPIPE.
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(141), "{args:?}");
        assert!(output.stderr.is_empty(), "{args:?}: {}", stderr(&output));
    }
}

// 3. compile -o never destroys what it should not touch ------------------------------

#[test]
fn compile_output_keeps_devices_links_modes_and_the_input() {
    use std::os::unix::fs::{FileTypeExt, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let at = dir.path();
    fs::write(at.join("clean.wod"), CLEAN).unwrap();
    let compile = |out: &str| wodc(&["compile", "clean.wod", "--to", "json", "-o", out], at);

    // A device is written in place, not replaced by a file.
    assert_eq!(compile("/dev/null").status.code(), Some(0));
    assert!(
        fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );

    // A symbolic link is followed: its target replaced, the link kept.
    fs::write(at.join("target.json"), "old").unwrap();
    fs::set_permissions(at.join("target.json"), fs::Permissions::from_mode(0o640)).unwrap();
    std::os::unix::fs::symlink("target.json", at.join("link.json")).unwrap();
    assert_eq!(compile("link.json").status.code(), Some(0));
    assert!(
        fs::symlink_metadata(at.join("link.json"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let replaced = fs::read_to_string(at.join("target.json")).unwrap();
    assert!(replaced.starts_with('{'));
    // An existing file keeps its mode.
    let mode = fs::metadata(at.join("target.json"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o640);

    // A new file gets the mode a plain write gives: 0666 less the umask.
    let output = Command::new("sh")
        .args([
            "-c",
            "umask 027; exec \"$0\" compile clean.wod --to json -o new.json",
        ])
        .arg(get_cargo_bin("wodc"))
        .current_dir(at)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let mode = fs::metadata(at.join("new.json"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o640);

    // The input itself is refused, and left as it was.
    let output = compile("clean.wod");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("cannot write clean.wod: it is the program"));
    assert_eq!(fs::read_to_string(at.join("clean.wod")).unwrap(), CLEAN);

    // An error names the destination, never a temporary file.
    let output = compile("no/such/dir/out.json");
    assert_eq!(output.status.code(), Some(2));
    let said = stderr(&output);
    assert!(said.contains("cannot write no/such/dir/out.json"), "{said}");
    assert!(!said.contains(".tmp") && !said.contains(".wodc-"), "{said}");

    // A directory is refused.
    assert_eq!(compile(".").status.code(), Some(2));

    // `-o -` is standard output.
    let output = compile("-");
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.starts_with(b"{"));
    assert!(!at.join("-").exists());
}

#[test]
fn a_failing_compile_leaves_an_existing_output_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let at = dir.path();
    // No `start`: a calendar cannot be made.
    fs::write(
        at.join("undated.wod"),
        CLEAN.replace("start 2026-01-05\n", ""),
    )
    .unwrap();
    fs::write(at.join("plan.ics"), "precious").unwrap();
    let output = wodc(
        &["compile", "undated.wod", "--to", "ics", "-o", "plan.ics"],
        at,
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(fs::read_to_string(at.join("plan.ics")).unwrap(), "precious");
    let leftovers = fs::read_dir(at).unwrap().count();
    assert_eq!(leftovers, 2, "no temporary file is left behind");
}

// 4. Imports cannot leak files ---------------------------------------------------------

/// A project in a temporary directory (it has a `wodc.toml`), with a secret beside it.
struct Project {
    _dir: tempfile::TempDir,
    root: PathBuf,
}

impl Project {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("project");
        fs::create_dir_all(root.join("lib")).unwrap();
        fs::write(root.join("wodc.toml"), "").unwrap();
        fs::write(dir.path().join("secret.wod"), "TOP-SECRET-LINE\n").unwrap();
        fs::write(root.join("lib/notes.txt"), "TOP-SECRET-LINE\n").unwrap();
        Self { _dir: dir, root }
    }

    fn program(&self, import: &str) -> Output {
        let program = format!("import \"{import}\"\n");
        fs::write(self.root.join("plan.wod"), program).unwrap();
        wodc(&["check", "plan.wod"], &self.root)
    }
}

#[test]
fn imports_stay_inside_the_project() {
    let project = Project::new();
    std::os::unix::fs::symlink("../../secret.wod", project.root.join("lib/link.wod")).unwrap();
    std::os::unix::fs::symlink("notes.txt", project.root.join("lib/notes.wod")).unwrap();
    let cases = [
        ("/etc/passwd", "absolute path"),
        ("/proc/self/environ", "absolute path"),
        ("../secret.wod", "outside the project"),
        ("lib/link.wod", "outside the project"),
        ("lib/notes.txt", "not a `.wod` file"),
        ("lib/notes.wod", "not a `.wod` file"),
    ];
    for (import, why) in cases {
        let output = project.program(import);
        let out = String::from_utf8_lossy(&output.stdout);
        assert_eq!(output.status.code(), Some(1), "{import}: {out}");
        assert!(out.contains(why), "{import}: {out}");
        assert!(
            !out.contains("TOP-SECRET") && !out.contains("root:"),
            "{import}: {out}"
        );
    }
}

#[test]
fn a_file_reached_by_two_paths_is_read_once() {
    let project = Project::new();
    let lib = "exercise \"Pendulum Squat\" {\n  equipment machine\n  mechanic compound\n  muscles quads, glutes\n}\n";
    fs::write(project.root.join("lib/a.wod"), lib).unwrap();
    fs::hard_link(
        project.root.join("lib/a.wod"),
        project.root.join("lib/b.wod"),
    )
    .unwrap();
    std::os::unix::fs::symlink("a.wod", project.root.join("lib/c.wod")).unwrap();
    let program = "import \"lib/a.wod\"\nimport \"lib/b.wod\"\nimport \"lib/c.wod\"\n";
    fs::write(project.root.join("plan.wod"), program).unwrap();
    let output = wodc(&["check", "plan.wod", "--format", "short"], &project.root);
    // Read three times, the definition would clash with itself.
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
}

/// Serves `count` files of `size` bytes each, honouring the limit it is given.
struct BigFiles {
    size: usize,
}

impl Loader for BigFiles {
    fn load(&self, _: &Path, limit: u64) -> Result<Loaded, LoadError> {
        if self.size as u64 > limit {
            return Err(LoadError::TooLarge { limit });
        }
        // One comment line: cheap to parse, however long.
        let mut bytes = b"//".to_vec();
        bytes.resize(self.size, b'x');
        Ok(Loaded {
            key: FileKey::of_name(Path::new(&format!("{limit}"))),
            bytes,
        })
    }

    fn key(&self, _: &Path) -> Option<FileKey> {
        None
    }
}

#[test]
fn the_imports_of_a_program_hold_at_most_64_mib() {
    let text = "import \"a.wod\"\nimport \"b.wod\"\n";
    let (_, analysis) = check_with(text, &BigFiles { size: 33 << 20 });
    assert_eq!(rules(&analysis), ["import"]);
    let diagnostic = &analysis.diagnostics[0];
    assert!(diagnostic.message.contains("at most 64 MiB in all"));
    assert!(text[diagnostic.span().start..].starts_with("\"b.wod\""));
}

// 5. Bounded cost ------------------------------------------------------------------------

#[test]
fn a_program_past_a_million_sets_is_refused_before_it_is_expanded() {
    let lines: String = (0..40)
        .map(|_| "    Leg Extension: 99 x 5, drop 10% 10% 10%\n")
        .collect();
    let text = format!(
        "program \"Huge\"\nallow drop-size\nallow too-many-techniques\nallow weekly-drop-set-limit\n\
         block \"All\" weeks 1-520 {{\n  session \"Every day\" on mon, tue, wed, thu, fri, sat, sun {{\n{lines}  }}\n}}\n"
    );
    assert!(text.len() < 3_000);
    let (_, analysis) = check(&text);
    let refused = wodc::plan::build(&analysis.model).expect_err("too large to expand");
    assert_eq!(refused.sets, 520 * 7 * 40 * 99);
    assert!(refused.to_string().contains("more than the 1000000"));
}

#[test]
fn a_long_line_is_quoted_short() {
    let text = format!("program \"P\"\n{}\n", "x".repeat(1 << 20));
    let (sources, analysis) = check(&text);
    let output = every_format(&sources, &analysis.diagnostics);
    // Five formats of one diagnostic (SARIF carries every rule's page besides).
    assert!(output.len() < 100_000, "{} bytes", output.len());
    assert!(
        !output.contains(&"x".repeat(300)),
        "the line is printed whole"
    );
    let quoted = format!("`{}…`", "x".repeat(wodc::text::SHOWN_CHARS));
    assert_eq!(output.matches(&quoted).count(), 5, "{output}");
}

#[test]
fn definitions_past_the_limit_are_one_report() {
    let count = 65_536 + 3;
    let text: String = (0..count)
        .map(|i| {
            format!("exercise \"E{i}\" {{\n  equipment machine\n  mechanic isolation\n  muscles quads\n}}\n")
        })
        .collect();
    let (_, analysis) = check(&text);
    assert_eq!(rules(&analysis), ["invalid-value"]);
    assert!(
        analysis.diagnostics[0]
            .message
            .starts_with("3 exercise definitions"),
        "{}",
        analysis.diagnostics[0].message
    );
}

// 6. Numbers -------------------------------------------------------------------------------

#[test]
fn masses_steps_and_rounding_have_ranges() {
    let huge = "9".repeat(400);
    let cases = [
        format!("    Leg Press: 3 x 10 @ 100kg, progress +{huge}kg/week"),
        format!("    Leg Press: 3 x 10 @ {huge}kg"),
        "    Leg Press: 3 x 10 @ 1001kg".to_owned(),
        "    Leg Press: 3 x 10 @ 100kg, progress +60kg/week".to_owned(),
        "    Leg Press: 3 x 10 @ BW+600kg".to_owned(),
        "    Leg Press: 3 x 10 @ 100kg, rest 2h".to_owned(),
    ];
    for line in cases {
        let text = CLEAN.replace("    Leg Press: 3 x 10 @ 100kg", &line);
        let (_, analysis) = check(&text);
        assert_eq!(rules(&analysis), ["invalid-value"], "{line}");
    }
    for round in ["round 0.001kg", "round 30kg"] {
        let text = CLEAN.replace("start", &format!("{round}\nstart"));
        let (_, analysis) = check(&text);
        assert_eq!(rules(&analysis), ["invalid-value"], "{round}");
    }
}

#[test]
fn no_computed_value_is_infinite() {
    // The heaviest steps allowed, for the longest program allowed.
    let text = "program \"Heavy\"\nround 0.01kg\n\nblock \"A\" weeks 1-520 {\n  session \"Legs\" on mon {\n    Leg Press: 1 x 10 @ 1000kg, progress +50kg/week\n    Leg Curl: 1 x 10 @ 100%, progress +100%/week\n  }\n}\n";
    let (sources, analysis) = check(text);
    assert!(!analysis.has_errors(), "{:#?}", analysis.diagnostics);
    let plan = wodc::plan::build(&analysis.model).unwrap();
    let input = backends::Input {
        plan: &plan,
        sources: &sources,
        diagnostics: &analysis.diagnostics,
        made_at: jiff::Timestamp::UNIX_EPOCH,
    };
    let mut out = Vec::new();
    backends::render(Target::Json, &input, &mut out).unwrap();
    let json: Value = serde_json::from_slice(&out).unwrap();
    let loads: Vec<&Value> = json["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|w| w["sessions"][0]["exercises"].as_array().unwrap())
        .flat_map(|e| e["sets"].as_array().unwrap())
        .map(|set| &set["load"])
        .collect();
    assert_eq!(loads.len(), 2 * 520);
    for load in loads {
        let number = load.get("value").or_else(|| load.get("percent_1rm"));
        assert!(number.is_some_and(Value::is_number), "{load}");
    }
}

// 7. Text a person cannot see --------------------------------------------------------------

#[test]
fn hidden_characters_are_named_in_every_format() {
    let text = "program \"P\"\n\nblock \"A\" weeks 1-2 {\n  session \"S\" on mon {\n    Leg\u{200B}Press\u{202E}: 3 x 10\n    Curl\u{1B}[2J: 3 x 10\n  }\n}\n";
    let (sources, analysis) = check(text);
    assert_eq!(rules(&analysis), ["unknown-exercise", "unknown-exercise"]);
    let output = every_format(&sources, &analysis.diagnostics);
    for hidden in ['\u{200B}', '\u{202E}', '\u{1B}'] {
        assert!(!output.contains(hidden), "{hidden:?} passed raw");
    }
    for named in ["<U+200B>", "<U+202E>", "<U+001B>"] {
        assert!(output.contains(named), "{named} missing:\n{output}");
    }
}

#[test]
fn hidden_characters_are_named_on_printed_sheets_and_calendars() {
    let text = CLEAN
        .replace("\"Legs\"", "\"Le\u{202E}gs\"")
        .replace("@ 100kg", "@ 100kg, note \"push\u{1B}[2J\u{200B}\"");
    let (sources, analysis) = check(&text);
    assert!(!analysis.has_errors(), "{:#?}", analysis.diagnostics);
    let plan = wodc::plan::build(&analysis.model).unwrap();
    let input = backends::Input {
        plan: &plan,
        sources: &sources,
        diagnostics: &analysis.diagnostics,
        made_at: jiff::Timestamp::UNIX_EPOCH,
    };
    for target in [Target::Markdown, Target::Html, Target::Ics] {
        let mut out = Vec::new();
        backends::render(target, &input, &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        for hidden in ['\u{202E}', '\u{1B}', '\u{200B}'] {
            assert!(!out.contains(hidden), "{target:?}: {hidden:?} passed raw");
        }
        assert!(out.contains("U+202E"), "{target:?}: the character is named");
    }
}

#[test]
fn a_look_alike_is_named_where_ascii_was_expected() {
    let cases = [
        (
            "    Leg Press: 3 \u{445} 10",
            "found `х` (U+0445 CYRILLIC SMALL LETTER HA) where `x` was expected",
        ),
        (
            "    Leg Press\u{FF1A} 3 x 10",
            "(U+FF1A FULLWIDTH COLON) where `:` was expected",
        ),
        (
            "  s\u{435}ssion \"B\" on wed {",
            "(U+0435 CYRILLIC SMALL LETTER IE) where `e` was expected",
        ),
        (
            "    Leg Press: 3 x\u{A0}10",
            "(U+00A0 NO-BREAK SPACE) where a space was expected",
        ),
        (
            "    Leg Press: 3 x 10\u{200B}",
            "found an invisible U+200B ZERO WIDTH SPACE",
        ),
    ];
    for (line, message) in cases {
        let text = CLEAN
            .replace("    Leg Press: 3 x 10 @ 100kg", line)
            .replace(
                "  session \"Legs\" on mon {",
                if line.starts_with("  s") {
                    line
                } else {
                    "  session \"Legs\" on mon {"
                },
            );
        let (_, analysis) = check(&text);
        let said: Vec<&str> = analysis
            .diagnostics
            .iter()
            .map(|d| d.message.as_str())
            .collect();
        assert!(
            said.iter().any(|m| m.contains(message)),
            "{line:?}: {said:#?}"
        );
    }
    let (_, analysis) = check(&CLEAN.replace("Leg Press", "L\u{435}g Press"));
    let message = &analysis.diagnostics[0].message;
    assert!(
        message.contains("its `е` is U+0435 CYRILLIC SMALL LETTER IE, not `e`"),
        "{message}"
    );
}

#[test]
fn carriage_returns_alone_get_one_clear_diagnostic() {
    let (_, analysis) = check(&CLEAN.replace('\n', "\r"));
    assert_eq!(rules(&analysis), ["syntax"]);
    assert!(
        analysis.diagnostics[0]
            .message
            .contains("carriage return alone")
    );
}

#[test]
fn an_invalid_byte_is_one_syntax_diagnostic() {
    let mut bytes = b"program \"P\"\n\xFF\n".to_vec();
    bytes.extend_from_slice(b"block \"A\" weeks 1-2\n");
    let mut sources = SourceMap::new();
    let analysis = wodc::check(
        &mut sources,
        "bad.wod",
        None,
        &bytes,
        &NoFiles,
        &Levels::default(),
    );
    let at_the_byte: Vec<_> = analysis
        .diagnostics
        .iter()
        .filter(|d| d.span().start == 12)
        .collect();
    assert_eq!(at_the_byte.len(), 1, "{:#?}", analysis.diagnostics);
    assert!(at_the_byte[0].message.contains("not valid UTF-8"));
}

// 8. CI safety -----------------------------------------------------------------------------

#[test]
fn a_path_without_wod_files_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("empty")).unwrap();
    fs::write(dir.path().join("empty/notes.txt"), "not a program").unwrap();
    let output = wodc(&["check", "empty"], dir.path());
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("no `.wod` files in empty"));
}

#[test]
fn an_unreadable_file_is_its_error_and_no_summary() {
    let dir = tempfile::tempdir().unwrap();
    let output = wodc(&["check", "nope.wod"], dir.path());
    assert_eq!(output.status.code(), Some(2));
    assert!(
        output.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert!(stderr(&output).contains("cannot read nope.wod"));
}
