//! The guide as one self-contained HTML page: inline CSS with a print
//! stylesheet, no script, no remote resource (links are plain text hrefs
//! the reader may follow, nothing is fetched when the page opens).

use std::fmt::Write;

use super::{Guide, Row};
use crate::catalog::Risk;
use crate::text;

const STYLE: &str = "
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; margin: 1.5em; color: #111; }
h1 { font-size: 16pt; margin-bottom: 0.2em; }
h2 { font-size: 13pt; margin-top: 1.6em; border-bottom: 2px solid #333; }
p.meta { color: #444; margin-top: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #888; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #e8e8e8; }
ul { margin: 0; padding-left: 1.1em; }
.niveau { font-weight: bold; white-space: nowrap; }
.institutional { background: #d8f0d8; color: #0b4f0b; }
.precautions { background: #fff0c8; color: #6b4a00; }
.doubtful { background: #ffe0c0; color: #7a3300; }
.forbidden { background: #f8d0d0; color: #7a0000; }
.local { border-left: 4px solid #5a3d99; padding-left: 4px; color: #3b2a66; }
.badge { display: inline-block; font-size: 8.5pt; border: 1px solid #5a3d99; color: #5a3d99; padding: 0 3px; }
.url { font-size: 9pt; word-break: break-all; }
@media print {
  body { margin: 0; font-size: 9.5pt; }
  section.besoin { page-break-before: always; break-before: page; }
  section.besoin:first-of-type { page-break-before: auto; break-before: auto; }
  section.repere { page-break-before: always; break-before: page; }
  thead { display: table-header-group; }
  tr { page-break-inside: avoid; break-inside: avoid; }
  th, .institutional, .precautions, .doubtful, .forbidden { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
";

/// Escapes text for HTML content and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("<br>"),
            _ => out.push(c),
        }
    }
    out
}

/// A URL with every character a URI may not hold percent-encoded
/// (brackets of « [nomdelecole] », accents), so validators accept it.
fn href(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for byte in url.bytes() {
        let allowed = byte.is_ascii_alphanumeric() || b"-._~:/?#@!$&'()*+,;=%".contains(&byte);
        if allowed {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

fn list(out: &mut String, items: &[String]) {
    if items.is_empty() {
        out.push('—');
        return;
    }
    out.push_str("<ul>");
    for item in items {
        let _ = write!(out, "<li>{}</li>", esc(item));
    }
    out.push_str("</ul>");
}

fn row(out: &mut String, row: &Row) {
    out.push_str("<tr>");
    let _ = write!(out, "<td><strong>{}</strong>", esc(&row.name));
    if row.evaluated {
        let _ = write!(
            out,
            " <span class=\"badge\">{}</span>",
            esc(text::LOCAL_BADGE)
        );
    }
    out.push_str("</td><td class=\"url\">");
    match &row.url {
        Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
            let _ = write!(out, "<a href=\"{}\">{}</a>", esc(&href(url)), esc(url));
        }
        Some(url) => out.push_str(&esc(url)),
        None => out.push('—'),
    }
    let _ = write!(
        out,
        "</td><td class=\"niveau {}\">{}",
        row.level.id(),
        esc(&text::risk_badge(row.level))
    );
    if let Some(availability) = &row.availability {
        let _ = write!(out, "<br><small>{}</small>", esc(availability));
    }
    out.push_str("</td><td>");
    list(out, &row.precautions);
    for (heading, body) in &row.local {
        let _ = write!(
            out,
            "<div class=\"local\"><strong>{}</strong> : {}</div>",
            esc(heading),
            esc(body)
        );
    }
    out.push_str("</td><td");
    if row.families_local {
        out.push_str(" class=\"local\"");
    }
    let _ = write!(out, ">{}</td><td>", esc(&row.families));
    list(out, &row.sources);
    out.push_str("</td></tr>\n");
}

/// The page.
pub fn render(guide: &Guide) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n<p class=\"meta\">Édité le {} avec repere. Niveaux : ",
        esc(&guide.title),
        esc(&guide.title),
        esc(&guide.date)
    );
    let legend: Vec<String> = Risk::ALL
        .iter()
        .map(|r| {
            format!(
                "<span class=\"niveau {}\">{}</span>",
                r.id(),
                esc(&text::risk_badge(*r))
            )
        })
        .collect();
    out.push_str(&legend.join(" "));
    out.push_str(
        ". Les passages <span class=\"local\">marqués d'un trait violet</span> sont des ajouts locaux (notes, évaluations, messages rédigés localement), pas des sources.</p>\n",
    );
    for section in &guide.sections {
        let _ = write!(
            out,
            "<section class=\"besoin\">\n<h2>{}</h2>\n<p>{}</p>\n<table>\n<thead><tr><th>Outil</th><th>Adresse</th><th>Niveau</th><th>Précautions</th><th>À transmettre aux familles</th><th>Sources (date, âge)</th></tr></thead>\n<tbody>\n",
            esc(&section.label),
            esc(&section.description)
        );
        for r in &section.rows {
            row(&mut out, r);
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
    }
    for (title, items) in &guide.guidance {
        let _ = write!(out, "<section class=\"repere\">\n<h2>{}</h2>\n", esc(title));
        list(&mut out, items);
        out.push_str("\n</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}
