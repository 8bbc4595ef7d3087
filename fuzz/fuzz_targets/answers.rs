#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| repere_fuzz::check_answers(data));
