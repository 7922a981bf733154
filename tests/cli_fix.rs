//! `wodc check --fix` (`cli.md`): the safe fixes applied, the file rewritten in place
//! (atomically, its mode kept) or standard input's text printed, then what is left
//! reported; a fix is never applied when it would make the file worse.

use std::fs;

use insta_cmd::assert_cmd_snapshot;

mod support;
use support::workspace::{directory, mode, read, run, run_with_stdin, set_mode, wodc};

/// One program with many mistakes a fix can mend: a misspelt statement, a missing
/// colon, a misspelt clause, a progression without its sign, drops split by a comma, a
/// Cyrillic `х`, a reversed range, a clause written twice, an exercise misspelt; and two
/// whose fixes are not safe (a drop too small, a pause too long), left for a look.
const FIXABLE: &str = r#"program "Fix me"
atlete intermediate

block "A" weeks 1-4 {
  session "Upper" on mon {
    Bench Pres: 4 x 8-6 @ 80kg, rest 3min, rest 3min
    Barbell Row 3 x 8 @ 60kg, rets 2min
    Lat Pulldown: 3 х 10 @ 50kg, progress 2.5kg/week
    Dumbbell Fly: 1 x 10-12 @ 20kg, drop 10%
  }
  session "Lower" on thu {
    Lying Leg Curl: 1 x 8 @ 40kg, rest-pause 2 x 3 pause 45s
    Cable Curl: 1 x 10 @ 25kg, drop 25%, 25%
  }
}
"#;

fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots/cli_fix");
    settings.set_prepend_module_to_snapshot(false);
    settings
}

#[test]
fn the_safe_fixes_are_applied_and_what_is_left_reported() {
    let dir = directory(&[("plan.wod", FIXABLE)]);
    settings().bind(|| {
        assert_cmd_snapshot!(wodc(
            dir.path(),
            &["check", "--fix", "--format", "short", "plan.wod"]
        ));
        insta::assert_snapshot!("fixed", read(dir.path(), "plan.wod"));
    });
    // Fixing again finds nothing more to do, and leaves the file alone.
    let again = run(dir.path(), &["check", "--fix", "plan.wod"]);
    assert!(
        !String::from_utf8_lossy(&again.stderr).contains("applied"),
        "{again:?}"
    );
}

#[test]
fn standard_input_gets_its_fixed_text_on_stdout_and_the_report_on_stderr() {
    let dir = directory(&[]);
    let fixed = run_with_stdin(
        dir.path(),
        &["check", "--fix", "--format", "short", "-"],
        FIXABLE,
    );
    let file = directory(&[("plan.wod", FIXABLE)]);
    let in_place = run(
        file.path(),
        &["check", "--fix", "--format", "short", "plan.wod"],
    );
    assert_eq!(
        String::from_utf8_lossy(&fixed.stdout),
        read(file.path(), "plan.wod")
    );
    let stderr = String::from_utf8_lossy(&fixed.stderr);
    assert!(stderr.contains("<stdin>: 9 fixes applied"), "{stderr}");
    assert!(stderr.contains("warning[drop-size]"), "{stderr}");
    assert_eq!(fixed.status.code(), in_place.status.code());
}

#[test]
fn a_file_with_nothing_safe_to_fix_is_left_as_it_is() {
    let unsafe_only = "program \"P\"\nathlete intermediate\n\nblock \"A\" weeks 1-4 {\n  session \"S\" on mon {\n    Dumbbell Fly: 1 x 10-12 @ 20kg, drop 10%\n  }\n}\n";
    let dir = directory(&[("plan.wod", unsafe_only)]);
    let path = dir.path().join("plan.wod");
    let before = fs::metadata(&path).unwrap().modified().unwrap();
    let output = run(dir.path(), &["check", "--fix", "plan.wod"]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(read(dir.path(), "plan.wod"), unsafe_only);
    assert_eq!(fs::metadata(&path).unwrap().modified().unwrap(), before);
    // The fix is still offered to editors and bots, marked for a look.
    let json = run(dir.path(), &["check", "--format", "json", "plan.wod"]);
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let fix = &json["diagnostics"][0]["fixes"][0];
    assert_eq!(fix["applicability"], "unsafe");
    assert_eq!(fix["edits"][0]["replacement"], "drop 20%");
}

#[cfg(unix)]
#[test]
fn the_rewritten_file_keeps_its_mode_and_a_bom_and_crlf_line_ends() {
    let text = format!("\u{feff}{}", FIXABLE.replace('\n', "\r\n"));
    let dir = directory(&[("plan.wod", &text)]);
    let path = dir.path().join("plan.wod");
    set_mode(&path, 0o640);
    run(dir.path(), &["check", "--fix", "plan.wod"]);
    assert_eq!(mode(&path), 0o640);
    let fixed = read(dir.path(), "plan.wod");
    assert!(fixed.starts_with('\u{feff}'), "{fixed:?}");
    assert!(fixed.contains("athlete intermediate\r\n"), "{fixed:?}");
    assert_eq!(fixed.matches('\n').count(), fixed.matches("\r\n").count());
}

#[cfg(unix)]
#[test]
fn a_file_that_cannot_be_written_is_left_whole_and_the_run_fails() {
    let dir = directory(&[("plan.wod", FIXABLE)]);
    // A directory without write permission: the temporary file cannot be made.
    set_mode(dir.path(), 0o555);
    let output = run(dir.path(), &["check", "--fix", "plan.wod"]);
    set_mode(dir.path(), 0o755);
    if output.status.code() == Some(2) {
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("cannot write plan.wod"), "{stderr}");
        assert_eq!(read(dir.path(), "plan.wod"), FIXABLE);
    } else {
        // Running as root, permissions do not stop the write: it must then be whole.
        assert!(!read(dir.path(), "plan.wod").contains("atlete"));
    }
}

#[test]
fn a_file_that_is_not_utf8_is_not_rewritten() {
    let dir = directory(&[]);
    let path = dir.path().join("plan.wod");
    let mut bytes = FIXABLE.as_bytes().to_vec();
    bytes.extend(b"// caf\xe9\n");
    fs::write(&path, &bytes).unwrap();
    let output = run(dir.path(), &["check", "--fix", "plan.wod"]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert_eq!(fs::read(&path).unwrap(), bytes);
}
