//! `repere schema [SORTIE]` (internal): the JSON Schema of the data files,
//! or of a `--json` output; both are committed and tested against.

use std::io::Write;

use color_eyre::eyre::{Result, eyre};

use crate::catalog::Catalog;
use crate::contract::{SCHEMAS, schema};
use crate::sanitize::clean_line;
use crate::text;

pub(super) fn write(out: &mut impl Write, output: Option<&str>) -> Result<()> {
    let schema = match output {
        None => schemars::schema_for!(Catalog),
        Some(name) => schema(name).ok_or_else(|| {
            let names: Vec<&str> = SCHEMAS.iter().map(|(n, _)| *n).collect();
            eyre!(text::unknown_output_schema(
                &clean_line(name),
                &names.join(", ")
            ))
        })?,
    };
    writeln!(out, "{}", serde_json::to_string_pretty(&schema)?)?;
    Ok(())
}
