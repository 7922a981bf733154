//! The `wodc` binary as scripts and CI see it (`cli.md`): exit status, stdout and
//! stderr, in every output format.
//!
//! Every command runs in `tests/fixtures/cli`, so the paths in its output are short and
//! the same on every machine. The fixtures only hold errors of meaning, so nothing here
//! depends on the guardrails.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::{Command, Output};

use insta_cmd::{assert_cmd_snapshot, get_cargo_bin};
use serde_json::Value;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cli")
}

/// `wodc ARGS...` in the fixture directory, without colour.
fn wodc(args: &[&str]) -> Command {
    let mut command = Command::new(get_cargo_bin("wodc"));
    command
        .args(args)
        .current_dir(fixtures())
        .env("NO_COLOR", "1");
    command
}

/// Snapshots go to `tests/snapshots/cli/`.
fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots/cli");
    settings.set_prepend_module_to_snapshot(false);
    settings
}

fn run(args: &[&str]) -> Output {
    wodc(args).output().expect("wodc runs")
}

/// `wodc ARGS...` with `text` on standard input.
fn run_with_stdin(args: &[&str], text: &str) -> Output {
    use std::io::Write;
    let mut child = wodc(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("wodc runs");
    let mut stdin = child.stdin.take().expect("stdin");
    // wodc may end before reading it all (bad arguments): that is not the test's failure.
    let _ = stdin.write_all(text.as_bytes());
    drop(stdin);
    child.wait_with_output().expect("wodc runs")
}

fn stdout_json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|error| {
        panic!(
            "stdout is not JSON ({error}):\n{}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

#[test]
fn clean_file_exits_0() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["check", "clean.wod"])));
    assert_eq!(run(&["check", "clean.wod"]).status.code(), Some(0));
}

#[test]
fn file_with_errors_exits_1() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["check", "errors.wod"])));
    assert_eq!(run(&["check", "errors.wod"]).status.code(), Some(1));
}

#[test]
fn missing_path_exits_2_with_a_message_on_stderr() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["check", "no-such-file.wod"])));
    let output = run(&["check", "no-such-file.wod"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("no-such-file.wod"),
        "stderr names the path: {stderr}"
    );
}

#[test]
fn a_missing_path_does_not_stop_the_others() {
    let output = run(&[
        "check",
        "--format",
        "short",
        "no-such-file.wod",
        "errors.wod",
    ]);
    assert_eq!(output.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        stdout.lines().count(),
        3,
        "errors.wod is still checked:\n{stdout}"
    );
}

#[test]
fn bad_arguments_exit_2() {
    settings().bind(|| {
        assert_cmd_snapshot!(
            "unknown_format",
            wodc(&["check", "--format", "xml", "clean.wod"])
        );
        assert_cmd_snapshot!("unknown_command", wodc(&["chekc", "clean.wod"]));
        assert_cmd_snapshot!(
            "unknown_flag",
            wodc(&["check", "--frobnicate", "clean.wod"])
        );
    });
    for args in [
        &["check", "--format", "xml", "clean.wod"][..],
        &["chekc", "clean.wod"],
        &["check", "--frobnicate", "clean.wod"],
        &["check", "--deny", "everything", "clean.wod"],
        &[],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "wodc {args:?}");
        assert!(
            !output.stderr.is_empty(),
            "wodc {args:?} says why on stderr"
        );
    }
}

#[test]
fn allowing_an_unknown_rule_exits_2() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["check", "-A", "no-such-rule", "clean.wod"])));
    assert_eq!(
        run(&["check", "-A", "no-such-rule", "clean.wod"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn allowing_an_error_of_meaning_exits_2() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["check", "-A", "syntax", "errors.wod"])));
    for flag in ["-A", "-W"] {
        let output = run(&["check", flag, "syntax", "errors.wod"]);
        assert_eq!(output.status.code(), Some(2), "{flag} syntax");
        assert!(output.stdout.is_empty(), "nothing is checked: {output:?}");
    }
}

#[test]
fn standard_input() {
    let text = std::fs::read_to_string(fixtures().join("errors.wod")).expect("fixture");
    settings().bind(|| {
        assert_cmd_snapshot!(
            "stdin",
            wodc(&["check", "--format", "short", "-"]).pass_stdin(text.clone())
        )
    });
    settings().bind(|| {
        let clean = std::fs::read_to_string(fixtures().join("clean.wod")).expect("fixture");
        assert_cmd_snapshot!("stdin_clean", wodc(&["check", "-"]).pass_stdin(clean))
    });
}

#[test]
fn a_directory_means_every_wod_file_below_it() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["check", "--format", "short", "tree"])));
    let output = run(&["check", "--format", "json", "tree"]);
    assert_eq!(output.status.code(), Some(1));
    let json = stdout_json(&output);
    // tree/a.wod and tree/sub/b.wod; not tree/.hidden/c.wod, not tree/notes.txt.
    assert_eq!(json["files"], 2);
    let files: BTreeSet<&str> = json["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| d["file"].as_str().expect("file"))
        .collect();
    assert_eq!(files, BTreeSet::from(["tree/sub/b.wod"]));
}

#[test]
fn invalid_utf8_is_a_syntax_error_not_a_read_failure() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["check", "latin1.wod"])));
    let output = run(&["check", "--format", "json", "latin1.wod"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stderr.is_empty(), "{output:?}");
    let json = stdout_json(&output);
    let diagnostics = json["diagnostics"].as_array().expect("diagnostics");
    assert_eq!(diagnostics.len(), 1, "{json:#}");
    // "// caf" then the byte 0xE9: line 2, column 7.
    assert_eq!(diagnostics[0]["rule"], "syntax");
    assert_eq!(diagnostics[0]["line"], 2);
    assert_eq!(diagnostics[0]["column"], 7);
}

#[test]
fn format_human() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["check", "--format", "human", "errors.wod"])));
    // The default format is human.
    assert_eq!(
        run(&["check", "errors.wod"]).stdout,
        run(&["check", "--format", "human", "errors.wod"]).stdout
    );
}

#[test]
fn format_short() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["check", "--format", "short", "errors.wod"])));
    let output = run(&["check", "--format", "short", "errors.wod"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "errors.wod:6:5: error[unknown-exercise]: unknown exercise `Bench Pres`\n\
         errors.wod:7:22: error[invalid-value]: the rep range 12-8 is reversed\n\
         errors.wod:8:17: error[syntax]: expected `:` after the exercise name\n"
    );
}

#[test]
fn format_github() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["check", "--format", "github", "errors.wod"])));
    let output = run(&["check", "--format", "github", "errors.wod"]);
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(
        lines[0].starts_with("::error file=errors.wod,line=6,col=5,")
            && lines[0].contains("title=unknown-exercise::unknown exercise `Bench Pres`"),
        "{}",
        lines[0]
    );
}

/// A JSON diagnostic's rule, severity, file, line, column, end line, end column and
/// message.
type Row<'a> = (&'a str, &'a str, &'a str, u64, u64, u64, u64, &'a str);

/// The JSON document has exactly the fields `cli.md` shows, with their values.
#[test]
fn format_json() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["check", "--format", "json", "errors.wod"])));
    let output = run(&["check", "--format", "json", "errors.wod"]);
    assert_eq!(output.status.code(), Some(1));
    let json = stdout_json(&output);
    let object = json.as_object().expect("a JSON object");
    for key in ["version", "files", "errors", "warnings", "diagnostics"] {
        assert!(object.contains_key(key), "no `{key}` in {json:#}");
    }
    assert_eq!(json["version"], 1);
    assert_eq!(json["files"], 1);
    assert_eq!(json["errors"], 3);
    assert_eq!(json["warnings"], 0);
    let diagnostics = json["diagnostics"].as_array().expect("diagnostics");
    let keys = [
        "rule",
        "severity",
        "file",
        "line",
        "column",
        "end_line",
        "end_column",
        "message",
        "help",
    ];
    for diagnostic in diagnostics {
        for key in keys {
            assert!(
                diagnostic.get(key).is_some(),
                "no `{key}` in {diagnostic:#}"
            );
        }
        for key in ["line", "column", "end_line", "end_column"] {
            assert!(
                diagnostic[key].as_u64().is_some_and(|n| n >= 1),
                "`{key}` counts from 1: {diagnostic:#}"
            );
        }
        assert!(diagnostic["help"].is_string() || diagnostic["help"].is_null());
    }
    let found: Vec<Row> = diagnostics
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap(),
                d["severity"].as_str().unwrap(),
                d["file"].as_str().unwrap(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
                d["end_line"].as_u64().unwrap(),
                d["end_column"].as_u64().unwrap(),
                d["message"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "unknown-exercise",
                "error",
                "errors.wod",
                6,
                5,
                6,
                15,
                "unknown exercise `Bench Pres`"
            ),
            (
                "invalid-value",
                "error",
                "errors.wod",
                7,
                22,
                7,
                26,
                "the rep range 12-8 is reversed"
            ),
            (
                "syntax",
                "error",
                "errors.wod",
                8,
                17,
                8,
                17,
                "expected `:` after the exercise name"
            ),
        ]
    );
    assert_eq!(diagnostics[1]["help"], "write the lower number first: 8-12");
}

#[test]
fn format_sarif() {
    let output = run(&["check", "--format", "sarif", "errors.wod"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stderr.is_empty(), "{output:?}");
    let sarif = stdout_json(&output);
    assert_eq!(sarif["version"], "2.1.0");
    let runs = sarif["runs"].as_array().expect("runs");
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    assert_eq!(run["tool"]["driver"]["name"], "wodc");
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    assert!(!rules.is_empty());
    let ids: Vec<&str> = rules
        .iter()
        .map(|r| r["id"].as_str().expect("id"))
        .collect();
    let results = run["results"].as_array().expect("results");
    assert_eq!(results.len(), 3);
    for result in results {
        let id = result["ruleId"].as_str().expect("ruleId");
        let index = ids
            .iter()
            .position(|&r| r == id)
            .unwrap_or_else(|| panic!("`{id}` is not in tool.driver.rules"));
        assert_eq!(result["ruleIndex"], index, "ruleIndex of {id}");
        assert_eq!(result["level"], "error");
    }
    // Only the results are snapshotted: the rule list carries every rule's page.
    let results = serde_json::to_string_pretty(results).expect("JSON");
    settings().bind(|| insta::assert_snapshot!("format_sarif_results", results));
}

#[test]
fn explain_a_rule() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["explain", "unknown-exercise"])));
    let output = run(&["explain", "unknown-exercise"]);
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn explain_an_unknown_rule_exits_2() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["explain", "nope"])));
    let output = run(&["explain", "nope"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
}

#[test]
fn rules_lists_every_rule() {
    let output = run(&["rules"]);
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let listed: Vec<&str> = stdout
        .lines()
        .map(|line| line.split_whitespace().next().unwrap_or_default())
        .collect();
    let registry: Vec<&str> = wodc::rules::all().map(|rule| rule.name).collect();
    assert_eq!(listed, registry);
    for (line, rule) in stdout.lines().zip(wodc::rules::all()) {
        let level = line.split_whitespace().nth(1).unwrap_or_default();
        assert_eq!(level, rule.default_level.as_str(), "{line}");
        assert!(
            line.split_whitespace().count() > 2,
            "a line on what it checks: {line}"
        );
    }
}

#[test]
fn help_shows_examples() {
    settings().bind(|| {
        assert_cmd_snapshot!("help", wodc(&["--help"]));
        assert_cmd_snapshot!("check_help", wodc(&["check", "--help"]));
    });
    for args in [&["--help"][..], &["check", "--help"]] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert!(
            String::from_utf8_lossy(&output.stdout).contains("Example"),
            "{args:?}"
        );
    }
}

#[test]
fn stats_prints_the_weekly_figures() {
    settings().bind(|| assert_cmd_snapshot!(wodc(&["stats", "clean.wod"])));
    let output = run(&["stats", "clean.wod", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0));
    let json = stdout_json(&output);
    let weeks = json["weeks"].as_array().expect("weeks");
    assert_eq!(weeks.len(), 4);
    // Bench Press (4 sets) is the only line that hits chest; Back Squat (4) and Leg
    // Curl (3, Lying Leg Curl: hamstrings) split the legs.
    let week = &weeks[0];
    assert_eq!(week["block"], "Base");
    assert_eq!(week["muscles"]["chest"]["hard_sets"], 4);
    assert_eq!(week["muscles"]["quads"]["hard_sets"], 4);
    assert_eq!(week["muscles"]["hamstrings"]["fatigue_units"], 3);
    assert_eq!(week["muscles"]["chest"]["intensified_sets"], 0);
}

#[test]
fn stats_of_a_file_with_errors_exits_1() {
    let output = run(&["stats", "errors.wod"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("has errors"));
}

#[test]
fn catalog_finds_exercises_by_any_of_their_names() {
    let output = run(&["catalog", "lat pull-down"]);
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.starts_with("Lat Pulldown  (Cable, Compound: lats, upper-back)"),
        "{stdout}"
    );
    assert_eq!(run(&["catalog", "no such exercise"]).status.code(), Some(1));
}

/// The commands `wodc --help` lists, but `help`.
fn commands() -> Vec<String> {
    let help = String::from_utf8(run(&["--help"]).stdout).expect("UTF-8");
    let commands: Vec<String> = help
        .lines()
        .skip_while(|line| *line != "Commands:")
        .skip(1)
        .take_while(|line| line.starts_with("  "))
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_owned)
        .collect();
    assert!(commands.len() >= 8, "{help}");
    commands
}

#[test]
fn completions_name_every_command() {
    let commands = commands();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let output = run(&["completions", shell]);
        assert_eq!(output.status.code(), Some(0), "{shell}: {output:?}");
        assert!(output.stderr.is_empty(), "{shell}: {output:?}");
        let script = String::from_utf8(output.stdout).expect("UTF-8");
        assert!(!script.trim().is_empty(), "{shell}");
        // As words: `man` inside `command` does not count.
        let words: BTreeSet<&str> = script
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .collect();
        for command in &commands {
            assert!(words.contains(command.as_str()), "{shell}: no `{command}`");
        }
        // The options of the commands too, not only their names (fish writes them
        // without their dashes).
        for option in ["--stdin-filename", "--force-exclude", "--quiet", "--config"] {
            assert!(
                words.contains(option) || words.contains(&option[2..]),
                "{shell}: no `{option}`"
            );
        }
    }
    let output = run(&["completions", "tcsh"]);
    assert_eq!(output.status.code(), Some(2));
}

/// The bash script, sourced by bash, completes `wodc` and its commands.
#[test]
fn the_bash_completion_completes() {
    let script = String::from_utf8(run(&["completions", "bash"]).stdout).expect("UTF-8");
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("wodc.bash");
    std::fs::write(&path, script).expect("script written");
    // What bash's programmable completion does on `wodc ch<TAB>`.
    let probe = format!(
        "source '{}' && COMP_WORDS=(wodc ch) COMP_CWORD=1 COMP_LINE='wodc ch' COMP_POINT=7 && _wodc wodc ch wodc && printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        path.display()
    );
    let output = Command::new("bash")
        .args(["--norc", "-c", &probe])
        .output()
        .expect("bash runs");
    assert!(output.status.success(), "{output:?}");
    assert_eq!(String::from_utf8_lossy(&output.stdout), "check\n");
}

/// Renders `page` with groff, warnings on: what it says on stderr.
fn groff_warnings(page: &[u8]) -> Option<String> {
    use std::io::Write;
    let mut groff = Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-z"])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    groff
        .stdin
        .take()
        .expect("stdin")
        .write_all(page)
        .expect("page written");
    let output = groff.wait_with_output().expect("groff runs");
    assert!(output.status.success(), "groff: {output:?}");
    Some(String::from_utf8_lossy(&output.stderr).into_owned())
}

#[test]
fn the_man_pages_are_valid_roff() {
    let mut pages = vec![(String::from("wodc"), run(&["man"]))];
    for command in commands() {
        pages.push((format!("wodc-{command}"), run(&["man", &command])));
    }
    for (name, output) in &pages {
        assert_eq!(output.status.code(), Some(0), "{name}: {output:?}");
        let page = String::from_utf8_lossy(&output.stdout);
        assert!(
            page.contains(&format!(".TH {name} 1")),
            "{name}: no title:\n{page}"
        );
    }
    let top = String::from_utf8_lossy(&pages[0].1.stdout);
    for section in [
        "SYNOPSIS",
        "SUBCOMMANDS",
        "EXIT STATUS",
        "FILES",
        "EXAMPLES",
    ] {
        assert!(
            top.contains(&format!(".SH {section}")) || top.contains(&format!(".SH \"{section}\"")),
            "no {section}"
        );
    }
    assert_eq!(run(&["man", "chekc"]).status.code(), Some(2));
    if Command::new("groff").arg("--version").output().is_err() {
        eprintln!(
            "SKIPPED the_man_pages_are_valid_roff (groff): no groff installed (CI installs Debian's groff-base)"
        );
        return;
    }
    for (name, output) in &pages {
        let warnings = groff_warnings(&output.stdout).expect("groff runs");
        assert!(warnings.is_empty(), "{name}: groff warns:\n{warnings}");
    }
}

#[test]
fn quiet_prints_only_the_diagnostics() {
    settings().bind(|| assert_cmd_snapshot!("quiet", wodc(&["check", "-q", "errors.wod"])));
    let loud = String::from_utf8(run(&["check", "errors.wod"]).stdout).expect("UTF-8");
    let quiet = run(&["check", "--quiet", "errors.wod"]);
    assert_eq!(quiet.status.code(), Some(1));
    let quiet = String::from_utf8(quiet.stdout).expect("UTF-8");
    let summary = "3 errors, 0 warnings in 1 file (3 fixable with `wodc check --fix`)\n";
    assert!(loud.ends_with(summary), "{loud}");
    assert_eq!(format!("{quiet}{summary}"), loud);
    let clean = run(&["check", "-q", "clean.wod"]);
    assert_eq!(clean.status.code(), Some(0));
    assert!(clean.stdout.is_empty(), "{clean:?}");
    // compile writes its diagnostics on stderr, with the same summary.
    let args = ["compile", "project/nested/plan.wod", "--to", "json"];
    let loud = run(&args);
    let quiet = run(&[&args[..], &["-q"]].concat());
    assert_eq!(quiet.status.code(), Some(0), "{quiet:?}");
    let loud_stderr = String::from_utf8_lossy(&loud.stderr);
    assert!(
        loud_stderr.ends_with("0 errors, 0 warnings, 1 piece of advice in 1 file\n"),
        "{loud_stderr}"
    );
    assert_eq!(
        format!(
            "{}0 errors, 0 warnings, 1 piece of advice in 1 file\n",
            String::from_utf8_lossy(&quiet.stderr)
        ),
        loud_stderr
    );
    assert_eq!(quiet.stdout, loud.stdout);
}

#[test]
fn stdin_filename_names_standard_input() {
    let text = std::fs::read_to_string(fixtures().join("errors.wod")).expect("fixture");
    let args = [
        "check",
        "--format",
        "short",
        "--stdin-filename",
        "plans/errors.wod",
    ];
    settings()
        .bind(|| assert_cmd_snapshot!("stdin_filename", wodc(&args).pass_stdin(text.clone())));
    // With `-` given, or alone: the same.
    for args in [&args[..], &[&args[..], &["-"]].concat()] {
        let output = run_with_stdin(args, &text);
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_eq!(stdout.lines().count(), 3, "{args:?}: {output:?}");
        assert!(
            stdout
                .lines()
                .all(|line| line.starts_with("plans/errors.wod:")),
            "{args:?}: {stdout}"
        );
    }
    // Paths without `-`: standard input is not read, so its name names nothing.
    let output = run(&["check", "--stdin-filename", "x.wod", "clean.wod"]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(output.stdout.is_empty());
}

/// Standard input named `DIR/NAME` is checked as the file would be: its imports are read
/// from `DIR`, inside its project, and `DIR`'s `wodc.toml` governs it.
#[test]
fn stdin_filename_is_where_imports_and_wodc_toml_are_read_from() {
    let fixture = |name: &str| std::fs::read_to_string(fixtures().join(name)).expect("fixture");
    let short = ["check", "--format", "short"];
    let sled = fixture("project/sled.wod");
    let named = run_with_stdin(
        &[&short[..], &["--stdin-filename", "project/sled.wod"]].concat(),
        &sled,
    );
    assert_eq!(named.status.code(), Some(0), "{named:?}");
    assert!(named.stdout.is_empty(), "{named:?}");
    // Unnamed, its imports are relative to the working directory, which has no lib/.
    let unnamed = run_with_stdin(&[&short[..], &["-"]].concat(), &sled);
    assert_eq!(unnamed.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&unnamed.stdout)
            .starts_with("<stdin>:4:8: error[import]: cannot import `lib/moves.wod`"),
        "{unnamed:?}"
    );
    // project/wodc.toml denies drop-size and allows drop-set-rep-range.
    let plan = fixture("project/plan.wod");
    let levels = |name: &str| {
        let output = run_with_stdin(&[&short[..], &["--stdin-filename", name]].concat(), &plan);
        String::from_utf8(output.stdout).expect("UTF-8")
    };
    assert_eq!(
        levels("project/plan.wod"),
        "project/plan.wod:7:5: error[drop-size]: Leg Extension: the drop cuts the load by 10%; the articles advise 20-30%\n"
    );
    let outside = levels("plan.wod");
    assert!(
        outside.contains("warning[drop-size]") && outside.contains("advice[drop-set-rep-range]"),
        "{outside}"
    );
    // --force-exclude applies to the name as to a file named.
    let excluded = run_with_stdin(
        &[
            "check",
            "--force-exclude",
            "--stdin-filename",
            "project/drafts/idea.wod",
        ],
        &fixture("project/drafts/idea.wod"),
    );
    assert_eq!(excluded.status.code(), Some(0), "{excluded:?}");
    assert_eq!(
        String::from_utf8_lossy(&excluded.stdout),
        "0 errors, 0 warnings in 0 files\n"
    );
}
