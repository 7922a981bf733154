//! A temporary project for the tests of commands that write files: `fmt`, `check
//! --fix`. Each test works in a directory of its own, with relative paths, so that
//! snapshots are the same on every machine.

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use insta_cmd::get_cargo_bin;

/// A temporary directory holding `files`.
pub fn directory(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    for (name, text) in files {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).unwrap();
        }
        fs::write(path, text).unwrap();
    }
    dir
}

/// `wodc ARGS...` in `dir`, without colour.
pub fn wodc(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(get_cargo_bin("wodc"));
    command.args(args).current_dir(dir).env("NO_COLOR", "1");
    command
}

pub fn run(dir: &Path, args: &[&str]) -> Output {
    wodc(dir, args).output().expect("wodc runs")
}

/// `wodc ARGS...` in `dir`, with `input` on standard input.
pub fn run_with_stdin(dir: &Path, args: &[&str], input: &str) -> Output {
    feed(wodc(dir, args), input.as_bytes())
}

/// Runs `command` with `input` on its standard input, and waits for its output.
pub fn feed(mut command: Command, input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("wodc runs");
    child
        .stdin
        .take()
        .expect("piped")
        .write_all(input)
        .expect("standard input written");
    child.wait_with_output().expect("wodc ends")
}

pub fn read(dir: &Path, name: &str) -> String {
    fs::read_to_string(dir.join(name)).unwrap()
}

#[cfg(unix)]
pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

#[cfg(unix)]
pub fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}
