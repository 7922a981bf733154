#[path = "../tests/support/program.rs"]
mod program;
use std::path::Path;
use std::time::Instant;
use wodc::resolve::{LoadError, Loaded, Loader};
use wodc::source::SourceMap;
struct Refuse;
impl Loader for Refuse {
    fn load(&self, _: &Path, _: u64) -> Result<Loaded, LoadError> { Err(LoadError::NotFound) }
}
fn main() {
    let text = (90..).map(|w| program::program(2026, w, 4)).find(|t| t.lines().count() >= 5000).unwrap();
    let n = 40;
    let mut t = [0.0f64; 6];
    for _ in 0..n {
        let mut sources = SourceMap::new();
        let file = sources.add("a.wod", text.clone());
        let a = Instant::now();
        let parsed = wodc::syntax::parse(file, &text);
        let b = Instant::now();
        let mut d = parsed.diagnostics;
        let prog = wodc::resolve::resolve(file, Some(Path::new("a.wod")), &parsed.file, &mut sources, &Refuse, &mut d);
        let c = Instant::now();
        let model = wodc::model::build(prog);
        let e = Instant::now();
        let r = wodc::rules::check(&model);
        let f = Instant::now();
        std::hint::black_box(r);
        let mut sources = SourceMap::new();
        let g = Instant::now();
        let an = wodc::check(&mut sources, "a.wod", Some(Path::new("a.wod")), text.as_bytes(), &Refuse, &Default::default());
        let h = Instant::now();
        let v = serde_json::Value::String(text.clone());
        let s: String = serde_json::from_value(v).unwrap();
        let i = Instant::now();
        std::hint::black_box((an.diagnostics.len(), s));
        for (k, x) in [(b-a),(c-b),(e-c),(f-e),(h-g),(i-h)].iter().enumerate() { t[k] += x.as_secs_f64(); }
    }
    let ms = |x: f64| x / n as f64 * 1000.0;
    println!("parse {:.2} resolve {:.2} model {:.2} rules {:.2} | check {:.2} | json {:.2} ms", ms(t[0]), ms(t[1]), ms(t[2]), ms(t[3]), ms(t[4]), ms(t[5]));
}
