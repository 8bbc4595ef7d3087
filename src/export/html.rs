//! The guide as one self-contained HTML page: inline CSS with a print
//! stylesheet (A4 landscape, compact), no script, no remote resource
//! (links are plain hrefs the reader may follow, nothing is fetched when
//! the page opens). Web addresses are never split across lines.

use std::fmt::Write;

use super::{GuidanceBlock, Guide, Row, Section};
use crate::card::{Look, Piece};
use crate::catalog::Risk;
use crate::text;

/// Longest address kept in the tool's cell; a longer one gets the row's
/// full width, so that it is never cut.
const URL_IN_CELL: usize = 34;

/// The page's style, kept in its own file.
const STYLE: &str = include_str!("guide.css");

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

/// Text with its web addresses kept whole (never split across lines).
fn text_with_urls(out: &mut String, text: &str) {
    let mut first = true;
    for word in text.split(' ') {
        if !first {
            out.push(' ');
        }
        first = false;
        if word.starts_with("http://") || word.starts_with("https://") {
            let _ = write!(out, "<span class=\"url\">{}</span>", esc(word));
        } else {
            out.push_str(&esc(word));
        }
    }
}

/// Pieces of the card in HTML, by their look.
fn pieces(out: &mut String, pieces: &[Piece]) {
    for p in pieces {
        match p.look {
            Look::Id => {}
            Look::Plain => text_with_urls(out, &p.text),
            Look::Title => {
                let _ = write!(out, "<strong>{}</strong>", esc(&p.text));
            }
            Look::Dated => {
                let _ = write!(out, "<span class=\"date\">{}</span>", esc(&p.text));
            }
            // Who a fact comes from (a layer, a colleague) reads apart from
            // the sources' words, like the other asides.
            Look::Dim | Look::Origin => {
                out.push_str("<span class=\"dim\">");
                text_with_urls(out, &p.text);
                out.push_str("</span>");
            }
            Look::Risk(level) => {
                let _ = write!(
                    out,
                    "<span class=\"{}\">{}</span>",
                    level.id(),
                    esc(&p.text)
                );
            }
            Look::Link => {
                let _ = write!(out, "<span class=\"url\">{}</span>", esc(&p.text));
            }
            Look::Blank => {
                let _ = write!(out, "<span class=\"champ\">{}</span>", esc(&p.text));
            }
        }
    }
}

fn paragraphs(out: &mut String, list: &[Vec<Piece>], class: &str) {
    for p in list {
        let _ = write!(out, "<p class=\"{class}\">");
        pieces(out, p);
        out.push_str("</p>");
    }
}

fn bullets(out: &mut String, list: &[Vec<Piece>]) {
    if list.is_empty() {
        return;
    }
    out.push_str("<ul>");
    for p in list {
        out.push_str("<li>");
        pieces(out, p);
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}

fn url_cell(out: &mut String, url: &str) {
    if url.starts_with("https://") || url.starts_with("http://") {
        let _ = write!(
            out,
            "<a class=\"url\" href=\"{}\">{}</a>",
            esc(&href(url)),
            esc(url)
        );
    } else {
        let _ = write!(out, "<span class=\"url\">{}</span>", esc(url));
    }
}

fn row(out: &mut String, row: &Row) {
    let _ = write!(
        out,
        "<tbody class=\"tool\"><tr><td><strong>{}</strong>",
        esc(&row.name)
    );
    if row.evaluated {
        let _ = write!(
            out,
            " <span class=\"badge\">{}</span>",
            esc(text::LOCAL_BADGE)
        );
    }
    let _ = write!(
        out,
        "<br><span class=\"niveau {}\">{}</span>",
        row.level.id(),
        esc(&row.level_label)
    );
    let long_url = row
        .url
        .as_deref()
        .filter(|u| u.chars().count() > URL_IN_CELL);
    if let Some(url) = row.url.as_deref().filter(|_| long_url.is_none()) {
        out.push_str("<br>");
        url_cell(out, url);
    }
    out.push_str("</td><td>");
    paragraphs(out, &row.about, "small");
    paragraphs(out, &row.sources, "small");
    paragraphs(out, &row.reason, "small");
    out.push_str("</td><td>");
    if row.precautions.is_empty() {
        out.push('—');
    }
    bullets(out, &row.precautions);
    if !row.alternatives.is_empty() {
        let _ = write!(
            out,
            "<p class=\"small\"><strong>{} :</strong> ",
            esc(text::ALTERNATIVES_HEADING)
        );
        for (n, alternative) in row.alternatives.iter().enumerate() {
            if n > 0 {
                out.push_str(" ; ");
            }
            pieces(out, alternative);
        }
        out.push_str("</p>");
    }
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
    out.push('>');
    if let Some(heading) = &row.families_heading {
        let _ = write!(out, "<p class=\"small\">{}</p>", esc(heading));
    }
    if row.families.is_empty() {
        out.push('—');
    }
    paragraphs(out, &row.families, "message");
    paragraphs(out, &row.families_notes, "small");
    out.push_str("</td></tr>");
    if let Some(url) = long_url {
        out.push_str("<tr><td class=\"longurl\" colspan=\"4\">");
        url_cell(out, url);
        out.push_str("</td></tr>");
    }
    out.push_str("</tbody>\n");
}

fn section(out: &mut String, section: &Section) {
    let _ = write!(
        out,
        "<section class=\"besoin\" id=\"besoin-{}\">\n<h2>{}</h2>\n<p class=\"need\">{}</p>\n<table>\n<colgroup><col class=\"tool\"><col class=\"prov\"><col class=\"prec\"><col class=\"fam\"></colgroup>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n",
        esc(&section.id),
        esc(&section.label),
        esc(&section.description),
        esc(text::GUIDE_COLUMN_TOOL),
        esc(text::GUIDE_COLUMN_PROVENANCE),
        esc(text::GUIDE_COLUMN_PRECAUTIONS),
        esc(text::GUIDE_COLUMN_FAMILIES),
    );
    for r in &section.rows {
        row(out, r);
    }
    out.push_str("</table>\n");
    if !section.also.is_empty() {
        let _ = write!(
            out,
            "<p class=\"also\"><strong>{} :</strong> ",
            esc(text::GUIDE_ALSO_HERE)
        );
        let names: Vec<String> = section
            .also
            .iter()
            .map(|a| {
                format!(
                    "{} <span class=\"niveau {}\">{}</span> (<a href=\"#besoin-{}\">{}</a>)",
                    esc(&a.name),
                    a.level.id(),
                    esc(&text::risk_badge(a.level)),
                    esc(&a.need_id),
                    esc(&a.need_label)
                )
            })
            .collect();
        out.push_str(&names.join(" ; "));
        out.push_str("</p>\n");
    }
    out.push_str("</section>\n");
}

fn guidance_block(out: &mut String, block: &GuidanceBlock) {
    let _ = write!(
        out,
        "<section class=\"repere\" id=\"repere-{}\">\n<h3>{}</h3>\n",
        esc(&block.id),
        esc(&block.title)
    );
    paragraphs(out, &block.notes, "small");
    bullets(out, &block.items);
    paragraphs(out, &block.sources, "small");
    out.push_str("\n</section>\n");
}

fn contents(out: &mut String, guide: &Guide) {
    let _ = write!(out, "<nav>\n<h2>{}</h2>\n<ol>", esc(text::GUIDE_CONTENTS));
    for s in &guide.sections {
        let _ = write!(
            out,
            "<li><a href=\"#besoin-{}\">{}</a></li>",
            esc(&s.id),
            esc(&s.label)
        );
    }
    let _ = write!(
        out,
        "<li><a href=\"#reperes\">{}</a><ol>",
        esc(text::GUIDE_GUIDANCE_HEADING)
    );
    for r in &guide.guidance {
        let _ = write!(
            out,
            "<li><a href=\"#repere-{}\">{}</a></li>",
            esc(&r.id),
            esc(&r.title)
        );
    }
    out.push_str("</ol></li></ol>\n</nav>\n");
}

/// The page.
pub fn render(guide: &Guide) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n<p class=\"meta\">{} {} ",
        esc(&guide.title),
        esc(&guide.title),
        esc(&text::guide_edited(&guide.date)),
        esc(text::GUIDE_LEVELS),
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
    let _ = writeln!(
        out,
        ". <span class=\"date\">[{}]</span> {} <span class=\"champ\">[…]</span> {} <span class=\"local\">{}</span></p>",
        esc(text::DATED_WORDING),
        esc(text::GUIDE_LEGEND_DATED),
        esc(text::GUIDE_LEGEND_BLANK),
        esc(&text::guide_legend_local(guide.with_notes)),
    );
    contents(&mut out, guide);
    let _ = write!(
        out,
        "<section class=\"sources\">\n<h2>{}</h2>\n",
        esc(text::GUIDE_SOURCES_HEADING)
    );
    bullets(&mut out, &guide.sources);
    out.push_str("\n</section>\n");
    for s in &guide.sections {
        section(&mut out, s);
    }
    let _ = write!(
        out,
        "<section class=\"reperes\" id=\"reperes\">\n<h2>{}</h2>\n",
        esc(text::GUIDE_GUIDANCE_HEADING)
    );
    for r in &guide.guidance {
        guidance_block(&mut out, r);
    }
    out.push_str("</section>\n</body>\n</html>\n");
    out
}
