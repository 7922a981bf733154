//! `wodc check` with every `--format`: parse, resolve, model, rules, then each renderer.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let checked = wodc_fuzz_harness::check(bytes);
    wodc_fuzz_harness::render_all(&checked, &mut |_| true);
});
