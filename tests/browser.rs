//! The HTML session sheets in a real browser, headless Chromium (Debian's `chromium`,
//! with `pdfinfo` from `poppler-utils` to count printed pages):
//!
//! - printed, every example takes one page per session occurrence;
//! - on a phone's screen (390 CSS pixels wide) every cell of a set reads on a line of its
//!   own, with its label, not one letter a line.
//!
//! Without Chromium these cannot run. This test has its own `main` (`harness = false`)
//! so that it says so in `cargo test`'s output whatever the capture settings:
//! `browser: SKIPPED ...` is printed where the results are.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const WODC: &str = env!("CARGO_BIN_EXE_wodc");

fn main() -> ExitCode {
    let Some(chromium) = [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .into_iter()
    .find(|p| Path::new(p).exists()) else {
        println!(
            "browser: SKIPPED: no Chromium installed (`apt-get install chromium poppler-utils`; CI installs them)"
        );
        return ExitCode::SUCCESS;
    };
    let browser = Browser::new(chromium);
    let mut failures = Vec::new();
    let examples = examples();
    for example in &examples {
        if let Err(failure) = browser.one_page_per_occurrence(example) {
            failures.push(failure);
        }
    }
    let phone = Path::new("examples/hypertrophy-conditioning.wod");
    if let Err(failure) = browser.reads_on_a_phone(phone) {
        failures.push(failure);
    }
    for failure in &failures {
        println!("browser: FAILED: {failure}");
    }
    println!(
        "browser: {} of {} checks passed ({} examples printed, one phone layout)",
        examples.len() + 1 - failures.len(),
        examples.len() + 1,
        examples.len()
    );
    if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Every example program, from the crate's directory.
fn examples() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir("examples")
        .expect("tests run in the crate's directory")
        .map(|e| e.expect("a readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "wod"))
        .collect();
    found.sort();
    found
}

struct Browser {
    chromium: &'static str,
    dir: tempfile::TempDir,
}

impl Browser {
    fn new(chromium: &'static str) -> Self {
        Self {
            chromium,
            dir: tempfile::tempdir().expect("a temporary directory"),
        }
    }

    /// The example's sheet, written to a file the browser can open.
    fn sheet(&self, example: &Path) -> Result<(String, PathBuf), String> {
        let output = Command::new(WODC)
            .args(["compile", "--to", "html"])
            .arg(example)
            .output()
            .map_err(|e| format!("wodc: {e}"))?;
        if !output.status.success() {
            return Err(format!("{}: wodc compile failed", example.display()));
        }
        let html = String::from_utf8(output.stdout).map_err(|e| e.to_string())?;
        if html.contains("http://") || html.contains("https://") {
            return Err(format!("{}: the page fetches something", example.display()));
        }
        let page = self.dir.path().join("sheet.html");
        std::fs::write(&page, &html).map_err(|e| e.to_string())?;
        Ok((html, page))
    }

    fn run(&self, args: &[String]) -> Result<String, String> {
        let output = Command::new(self.chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ])
            .arg(format!(
                "--user-data-dir={}",
                self.dir.path().join("profile").display()
            ))
            .args(args)
            .output()
            .map_err(|e| format!("chromium: {e}"))?;
        if !output.status.success() {
            return Err(format!(
                "chromium failed: {}",
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    }

    /// Printed, each session occurrence starts a page of its own and fits on it.
    fn one_page_per_occurrence(&self, example: &Path) -> Result<(), String> {
        let (html, page) = self.sheet(example)?;
        let occurrences = html.matches("<section class=\"session\">").count();
        let pdf = self.dir.path().join("sheet.pdf");
        self.run(&[
            "--no-pdf-header-footer".to_owned(),
            format!("--print-to-pdf={}", pdf.display()),
            format!("file://{}", page.display()),
        ])?;
        let info = Command::new("pdfinfo")
            .arg(&pdf)
            .output()
            .map_err(|e| format!("pdfinfo (poppler-utils) is needed beside Chromium: {e}"))?;
        let info = String::from_utf8_lossy(&info.stdout);
        let pages: usize = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .ok_or("pdfinfo printed no page count")?;
        if pages != occurrences {
            return Err(format!(
                "{}: {pages} printed pages for {occurrences} session occurrences",
                example.display()
            ));
        }
        Ok(())
    }

    /// At 390 CSS pixels, every cell shown takes the card's width and has its label.
    fn reads_on_a_phone(&self, example: &Path) -> Result<(), String> {
        let (html, page) = self.sheet(example)?;
        // The page measures itself once laid out, and leaves the result in its title.
        let probe = r#"<script>addEventListener('load', () => {
  const cells = [...document.querySelectorAll('td')].filter(td => td.getClientRects().length > 0);
  const narrow = cells.filter(td => td.getBoundingClientRect().width < 300).length;
  const unlabelled = cells.filter(td => !getComputedStyle(td, '::before').content.includes('"')).length;
  document.title = `cells=${cells.length} narrow=${narrow} unlabelled=${unlabelled}`;
});</script></body>"#;
        std::fs::write(&page, html.replace("</body>", probe)).map_err(|e| e.to_string())?;
        let dom = self.run(&[
            "--window-size=390,844".to_owned(),
            "--virtual-time-budget=5000".to_owned(),
            "--dump-dom".to_owned(),
            format!("file://{}", page.display()),
        ])?;
        let title = dom
            .split("<title>")
            .nth(1)
            .and_then(|t| t.split("</title>").next())
            .unwrap_or_default();
        let cells = title
            .strip_prefix("cells=")
            .and_then(|t| t.split(' ').next())
            .and_then(|n| n.parse::<usize>().ok());
        match cells {
            Some(cells) if cells > 0 && title.ends_with("narrow=0 unlabelled=0") => Ok(()),
            _ => Err(format!("{}: at 390px, {title}", example.display())),
        }
    }
}
