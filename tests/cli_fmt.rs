//! `wodc fmt` as scripts, CI and editors see it (`cli.md`, `format.md`): exit status,
//! standard output and standard error, and what happens to the files.
//!
//! Each test works in a temporary directory of its own, with relative paths, so the
//! snapshots are the same on every machine.

use std::fs;
use std::path::PathBuf;

use insta_cmd::assert_cmd_snapshot;

mod support;
use support::workspace::{directory, mode, read, run, run_with_stdin, set_mode, wodc};

/// A formatted program.
const FORMATTED: &str = "program \"P\"\nathlete intermediate // who\n\nblock \"A\" weeks 1-4 {\n  session \"S\" on mon {\n    Bench Press: 4 x 8 @ 80kg // top set\n    Lat Pulldown: 3 x 10      // light\n  }\n}\n";

/// The same program, written loosely.
const LOOSE: &str = "program \"P\"\nathlete intermediate  // who\n\n\nblock \"A\" weeks 1-4 {\n session \"S\" on Mon {\n\tBench Press: 4×8 @80.0kg // top set\n    Lat Pulldown: 3 x 10 // light\n  }\n}";

/// A program with a syntax error (the colon is missing) and loose layout.
const BROKEN: &str = "program \"P\"\nblock \"A\" weeks 1-4 {\n  session \"S\" on mon {\n    Leg Press 3 x 8\n      Bench Press: 4×8\n  }\n}\n";

/// Snapshots go to `tests/snapshots/cli_fmt/`.
fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots/cli_fmt");
    settings.set_prepend_module_to_snapshot(false);
    settings
}

#[test]
fn check_names_each_file_that_would_change_and_writes_nothing() {
    let dir = directory(&[
        ("loose.wod", LOOSE),
        ("formatted.wod", FORMATTED),
        ("sub/loose.wod", LOOSE),
    ]);
    settings().bind(|| assert_cmd_snapshot!(wodc(dir.path(), &["fmt", "--check", "."])));
    assert_eq!(
        run(dir.path(), &["fmt", "--check", "."]).status.code(),
        Some(1)
    );
    assert_eq!(read(dir.path(), "loose.wod"), LOOSE);
    assert_eq!(read(dir.path(), "sub/loose.wod"), LOOSE);
    let clean = run(dir.path(), &["fmt", "--check", "formatted.wod"]);
    assert_eq!(clean.status.code(), Some(0));
    assert!(
        clean.stdout.is_empty() && clean.stderr.is_empty(),
        "{clean:?}"
    );
}

#[test]
fn diff_prints_a_unified_diff_and_exits_like_check() {
    let dir = directory(&[("loose.wod", LOOSE), ("formatted.wod", FORMATTED)]);
    settings().bind(|| assert_cmd_snapshot!(wodc(dir.path(), &["fmt", "--diff", "."])));
    assert_eq!(read(dir.path(), "loose.wod"), LOOSE);
    // The diff applies: `patch` on the file gives what `fmt` writes.
    let output = run(dir.path(), &["fmt", "--diff", "loose.wod"]);
    assert_eq!(output.status.code(), Some(1));
    let diff = String::from_utf8(output.stdout).unwrap();
    assert!(diff.starts_with("--- loose.wod\n+++ loose.wod\n"), "{diff}");
    assert!(
        diff.contains("+    Bench Press: 4 x 8 @ 80kg // top set"),
        "{diff}"
    );
    let clean = run(dir.path(), &["fmt", "--diff", "formatted.wod"]);
    assert_eq!(clean.status.code(), Some(0));
    assert!(clean.stdout.is_empty(), "{clean:?}");
}

#[test]
fn rewrites_files_in_place_keeping_their_mode() {
    let dir = directory(&[("loose.wod", LOOSE), ("formatted.wod", FORMATTED)]);
    #[cfg(unix)]
    set_mode(&dir.path().join("loose.wod"), 0o640);
    let output = run(dir.path(), &["fmt", "loose.wod", "formatted.wod"]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(
        output.stdout.is_empty() && output.stderr.is_empty(),
        "{output:?}"
    );
    assert_eq!(read(dir.path(), "loose.wod"), FORMATTED);
    assert_eq!(read(dir.path(), "formatted.wod"), FORMATTED);
    #[cfg(unix)]
    assert_eq!(mode(&dir.path().join("loose.wod")), 0o640);
    // No temporary file is left beside them.
    let names: Vec<PathBuf> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| PathBuf::from(e.unwrap().file_name()))
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[cfg(unix)]
#[test]
fn a_file_already_formatted_is_not_rewritten() {
    use std::os::unix::fs::MetadataExt;
    let dir = directory(&[("formatted.wod", FORMATTED)]);
    let path = dir.path().join("formatted.wod");
    let before = fs::metadata(&path).unwrap().ino();
    assert_eq!(
        run(dir.path(), &["fmt", "formatted.wod"]).status.code(),
        Some(0)
    );
    assert_eq!(
        fs::metadata(&path).unwrap().ino(),
        before,
        "replaced all the same"
    );
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_is_followed_and_kept() {
    let dir = directory(&[("real.wod", LOOSE)]);
    std::os::unix::fs::symlink("real.wod", dir.path().join("link.wod")).unwrap();
    assert_eq!(run(dir.path(), &["fmt", "link.wod"]).status.code(), Some(0));
    assert!(
        fs::symlink_metadata(dir.path().join("link.wod"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(read(dir.path(), "real.wod"), FORMATTED);
}

#[test]
fn a_file_with_syntax_errors_is_left_untouched() {
    let dir = directory(&[("broken.wod", BROKEN), ("loose.wod", LOOSE)]);
    #[cfg(unix)]
    set_mode(&dir.path().join("broken.wod"), 0o600);
    settings().bind(|| assert_cmd_snapshot!(wodc(dir.path(), &["fmt", "broken.wod", "loose.wod"])));
    assert_eq!(read(dir.path(), "broken.wod"), BROKEN);
    #[cfg(unix)]
    assert_eq!(mode(&dir.path().join("broken.wod")), 0o600);
    // The other file was formatted all the same.
    assert_eq!(read(dir.path(), "loose.wod"), FORMATTED);
    for flags in [&["--check"][..], &["--diff"], &[]] {
        let args: Vec<&str> = ["fmt"]
            .iter()
            .chain(flags)
            .chain(&["broken.wod"])
            .copied()
            .collect();
        let output = run(dir.path(), &args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}: {output:?}");
        assert_eq!(read(dir.path(), "broken.wod"), BROKEN);
    }
}

#[test]
fn standard_input_is_formatted_to_standard_output() {
    let dir = directory(&[]);
    settings().bind(|| {
        assert_cmd_snapshot!("stdin", wodc(dir.path(), &["fmt", "-"]).pass_stdin(LOOSE));
        assert_cmd_snapshot!(
            "stdin_broken",
            wodc(dir.path(), &["fmt", "-"]).pass_stdin(BROKEN)
        );
    });
    let output = run_with_stdin(dir.path(), &["fmt", "-"], LOOSE);
    assert_eq!(String::from_utf8(output.stdout).unwrap(), FORMATTED);
    let check = run_with_stdin(dir.path(), &["fmt", "--check", "-"], LOOSE);
    assert_eq!(check.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(check.stdout).unwrap(),
        "would reformat <stdin>\n"
    );
    let clean = run_with_stdin(dir.path(), &["fmt", "--check", "-"], FORMATTED);
    assert_eq!(clean.status.code(), Some(0));
}

#[test]
fn what_cannot_be_read_exits_2() {
    let dir = directory(&[("notes.txt", "not a program"), ("loose.wod", LOOSE)]);
    fs::create_dir(dir.path().join("empty")).unwrap();
    settings().bind(|| {
        assert_cmd_snapshot!(
            "unreadable",
            wodc(
                dir.path(),
                &["fmt", "--check", "missing.wod", "empty", "loose.wod"]
            )
        )
    });
    for args in [
        &["fmt", "missing.wod"][..],
        &["fmt", "empty"],
        &["fmt", "--frobnicate"],
    ] {
        assert_eq!(run(dir.path(), args).status.code(), Some(2), "{args:?}");
    }
    // A file that could not be read does not stop the others from being formatted.
    assert_eq!(
        run(dir.path(), &["fmt", "missing.wod", "loose.wod"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(read(dir.path(), "loose.wod"), FORMATTED);
}

#[test]
fn crlf_and_a_byte_order_mark() {
    let crlf = FORMATTED.replace('\n', "\r\n");
    let dir = directory(&[
        ("crlf.wod", &crlf),
        ("bom.wod", &format!("\u{FEFF}{FORMATTED}")),
    ]);
    let output = run(dir.path(), &["fmt", "--check", "crlf.wod", "bom.wod"]);
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "would reformat bom.wod\n"
    );
    assert_eq!(run(dir.path(), &["fmt", "bom.wod"]).status.code(), Some(0));
    assert_eq!(read(dir.path(), "bom.wod"), FORMATTED);
}
