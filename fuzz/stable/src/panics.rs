//! Catching panics, and what each said and where, without the default hook's report
//! on standard error: a run that finds one panic ten thousand times stays readable.

use std::backtrace::Backtrace;
use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe, PanicHookInfo};
use std::path::PathBuf;
use std::sync::OnceLock;

/// What a caught panic said.
pub struct Panic {
    pub message: String,
    /// Where it was raised: `FILE:LINE:COLUMN`.
    pub location: String,
    /// The innermost frame in wodc's own source, when the panic was raised elsewhere
    /// (in the standard library or a dependency), for telling panics apart.
    pub in_wodc: Option<String>,
}

impl Panic {
    /// What tells one bug from another: where it was raised, and from where in wodc.
    pub fn signature(&self) -> String {
        match &self.in_wodc {
            Some(frame) if *frame != self.location => format!("{} via {frame}", self.location),
            _ => self.location.clone(),
        }
    }
}

thread_local! {
    /// Whether this thread is inside [`catch`]: panics elsewhere are reported as usual.
    static CATCHING: Cell<bool> = const { Cell::new(false) };
    static CAUGHT: RefCell<Option<Panic>> = const { RefCell::new(None) };
}

/// wodc's `src/` directory, as paths appear in backtraces.
static WODC_SRC: OnceLock<PathBuf> = OnceLock::new();

/// Installs the hook that records panics inside [`catch`]; `wodc_src` is wodc's `src/`
/// directory, to find its frames in backtraces.
pub fn install_hook(wodc_src: PathBuf) {
    WODC_SRC.get_or_init(|| wodc_src);
    let default = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        if CATCHING.get() {
            CAUGHT.set(Some(describe(info)));
        } else {
            default(info);
        }
    }));
}

/// Runs `f`, and returns the panic it raised, if any.
pub fn catch(f: impl FnOnce()) -> Result<(), Panic> {
    CATCHING.set(true);
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    CATCHING.set(false);
    result.map_err(|payload| {
        CAUGHT.take().unwrap_or_else(|| Panic {
            message: payload_text(payload.as_ref()),
            location: "unknown".to_owned(),
            in_wodc: None,
        })
    })
}

fn describe(info: &PanicHookInfo<'_>) -> Panic {
    let location = info.location().map_or_else(
        || "unknown".to_owned(),
        |at| format!("{}:{}:{}", shorten(at.file()), at.line(), at.column()),
    );
    Panic {
        message: payload_text(info.payload()),
        // The alternate form: the plain one prints paths under the working directory
        // relative to it, and would hide wodc's frames when run from the checkout.
        in_wodc: wodc_frame(&format!("{:#}", Backtrace::force_capture())),
        location,
    }
}

fn payload_text(payload: &(dyn std::any::Any + Send)) -> String {
    let text = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("(a panic without a message)");
    // A message may quote the input; a report line needs only its start.
    match text.char_indices().nth(200) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// The first `at FILE:LINE:COLUMN` of a backtrace's text that lies in wodc's `src/`.
fn wodc_frame(backtrace: &str) -> Option<String> {
    let src = WODC_SRC.get()?.to_str()?;
    backtrace.lines().find_map(|line| {
        let path = line.trim_start().strip_prefix("at ")?;
        path.starts_with(src).then(|| shorten(path))
    })
}

/// A source path as a report shows it: relative to wodc's root for its own files
/// (`src/render/human.rs`), from the crate's directory for a dependency's
/// (`miette-7.6.0/src/handlers/graphical.rs`), as it is otherwise.
fn shorten(path: &str) -> String {
    let root = WODC_SRC.get().and_then(|src| src.parent()?.to_str());
    if let Some(inside) = root.and_then(|root| path.strip_prefix(root)) {
        return inside.trim_start_matches('/').to_owned();
    }
    match path.split_once("/registry/src/") {
        Some((_, rest)) => rest
            .split_once('/')
            .map_or(rest, |(_, krate)| krate)
            .to_owned(),
        None => path.to_owned(),
    }
}
