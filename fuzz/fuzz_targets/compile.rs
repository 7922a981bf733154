//! `wodc compile` to every `--to` target, for the inputs that check without errors.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let checked = wodc_fuzz_harness::check(bytes);
    wodc_fuzz_harness::compile_all(&checked, &mut |_| true);
});
