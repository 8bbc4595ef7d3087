//! A colleague's file that keeps real quotes but fakes what they mean:
//! a level given « by » a source, a reading of a source that is the
//! colleague's, a territory sentence credited to a source. Whatever a
//! layer says is shown as the layer's, never as the documents'.

use super::{Machine, checked};
use std::path::{Path, PathBuf};

/// The bundled version of `id`, as JSON to edit.
fn bundled_tool(id: &str) -> serde_json::Value {
    let bundled = repere::catalog::embedded().unwrap();
    serde_json::to_value(bundled.tool(id).unwrap()).unwrap()
}

/// A file of `author`'s layer holding `tools`.
fn layer_file(dir: &Path, author: &str, tools: &[serde_json::Value]) -> PathBuf {
    let file = dir.join(format!("{}.json", author.to_lowercase()));
    std::fs::write(
        &file,
        serde_json::json!({
            "layer": { "author": author, "date": "2026-03-10" },
            "tools": tools,
        })
        .to_string(),
    )
    .unwrap();
    file
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// WhatsApp made institutional by Dan, resting on a real sentence of the
/// Ministry read as « institutional »: the verdict names Dan, never the
/// Ministry (it said « Oui : service institutionnel (Ministère) »), in
/// show, --json and the guide.
#[test]
fn a_level_a_colleague_gives_is_never_credited_to_a_source() {
    let me = Machine::new();
    let mut whatsapp = bundled_tool("whatsapp");
    let presented = whatsapp["statements"][1].clone();
    assert_eq!(presented["source"], "men-2020");
    whatsapp["risk"]["level"] = "institutional".into();
    whatsapp["risk"]["rationale"] = "Le ministère le présente.".into();
    whatsapp["risk"]["evidence"] = serde_json::json!([{
        "basis": "institutional",
        "text": presented["text"],
        "source": "men-2020",
        "loc": presented["loc"],
    }]);
    let file = layer_file(me.sandbox.root(), "Dan", &[whatsapp]);
    let data = file.to_str().unwrap();
    let card = flat(&me.ok(&["--data", data, "show", "whatsapp"]));
    let verdict = card
        .split("Modifié hors des sources")
        .next()
        .unwrap()
        .to_owned();
    assert!(!verdict.contains("(Ministère)"), "{verdict}");
    assert!(verdict.contains("selon Dan (fichier partagé"), "{verdict}");
    assert!(verdict.contains("pas selon les sources"), "{verdict}");
    let json: serde_json::Value =
        serde_json::from_str(&me.ok(&["--data", data, "show", "whatsapp", "--json"])).unwrap();
    let said = json["verdict"].as_str().unwrap();
    assert!(
        !said.contains("(Ministère)") && said.contains("selon Dan"),
        "{said}"
    );
    let guide = flat(&me.ok(&["--data", data, "export", "--format", "md"]));
    assert!(!guide.contains("Oui : service institutionnel (Ministère)"));
    assert!(
        guide.contains("selon Dan (fichier partagé"),
        "no verdict by Dan"
    );
}

/// A local evaluation's level is the adviser's: its verdict does not
/// credit the document its grid quotes (it said « Oui, avec précautions :
/// Où sont situés les serveurs… (FWB) »).
#[test]
fn a_local_evaluations_verdict_names_the_evaluation() {
    let me = Machine::new();
    let grid = std::fs::read_to_string(super::fixture("evaluation-digipad.json")).unwrap();
    let mut input: serde_json::Value = serde_json::from_str(&grid).unwrap();
    input["nom"] = "Mur Libre".into();
    input["niveau"] = "precautions".into();
    input["raison"] = "Hébergé en France selon l'éditeur".into();
    let answers = me.sandbox.root().join("mur.json");
    std::fs::write(&answers, input.to_string()).unwrap();
    let output = me
        .command(&["evaluate", "--reponses", answers.to_str().unwrap()])
        .env("REPERE_AUTEUR", "Claire")
        .output()
        .unwrap();
    checked(&output, &["evaluate"]);
    let card = flat(&me.ok(&["show", "mur-libre"]));
    let verdict = &card[..card.find("Niveau de risque").unwrap()];
    assert!(verdict.contains("Oui, avec précautions selon"), "{verdict}");
    assert!(verdict.contains("évaluation locale"), "{verdict}");
}

/// Fred keeps WhatsApp proscribed but adds a « reading » of the Ministry
/// as institutional: the disagreement shown is his, not the sources'
/// (it said « autre lecture Institutionnel (Ministère) » unsigned).
#[test]
fn a_reading_a_colleague_adds_is_signed_in_the_disagreement() {
    let me = Machine::new();
    let mut whatsapp = bundled_tool("whatsapp");
    let presented = whatsapp["statements"][1].clone();
    whatsapp["risk"]["evidence"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "basis": "institutional",
            "text": presented["text"],
            "source": "men-2020",
            "loc": presented["loc"],
        }));
    let file = layer_file(me.sandbox.root(), "Fred", &[whatsapp]);
    let data = file.to_str().unwrap();
    let card = flat(&me.ok(&["--data", data, "show", "whatsapp"]));
    let top = &card[..card.find("Niveau de risque").unwrap()];
    assert!(
        !top.contains("autre lecture Institutionnel (Ministère) ;")
            && !top.ends_with("autre lecture Institutionnel (Ministère) "),
        "{top}"
    );
    assert!(
        top.contains("Institutionnel (Ministère, lecture de Fred"),
        "{top}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&me.ok(&["--data", data, "show", "whatsapp", "--json"])).unwrap();
    let others = json["disagreement"]["others"].as_array().unwrap();
    let added = others
        .iter()
        .find(|o| o["basis"] == "institutional")
        .unwrap();
    assert_eq!(added["origin"]["author"], "Fred", "{added}");
    let sourced = others.iter().find(|o| o["basis"] == "vigilance").unwrap();
    assert_eq!(sourced["origin"]["kind"], "source", "{sourced}");
}

/// A territory sentence credited to the Ministry that it never wrote is
/// refused like any other quote, with file, place and nearest passage.
#[test]
fn a_made_up_territory_sentence_is_refused() {
    let me = Machine::new();
    let mut padlet = bundled_tool("padlet");
    padlet["territory"][0]["text"] =
        "PADLET nécessite un paramétrage précis des configurations, il est recommandé.".into();
    let file = layer_file(me.sandbox.root(), "Gil", &[padlet]);
    let output = me.run(&["check", file.to_str().unwrap()]);
    assert!(!output.status.success(), "a made-up territory passed");
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("gil.json"), "{said}");
    assert!(said.contains("outil « padlet », territoire 1"), "{said}");
    assert!(said.contains("passage le plus proche : « PADLET"), "{said}");
}

/// Eve's file rewrites TouteMonAnnée's message to families (the source's
/// original kept): `message` says it is hers before printing it, --json
/// gives its origin, and `check` lists the change.
#[test]
fn a_colleagues_family_message_is_announced_as_theirs() {
    let me = Machine::new();
    let mut tool = bundled_tool("toutemonannee");
    tool["family_message"]["text"] = "Mme. M. un espace a été créé sur le site TouteMonAnnée : mot de passe {mot_de_passe}. Vos données sont entièrement protégées.".into();
    let file = layer_file(me.sandbox.root(), "Eve", &[tool]);
    let data = file.to_str().unwrap();
    let args = [
        "--data",
        data,
        "message",
        "toutemonannee",
        "--set",
        "mot_de_passe=x",
    ];
    let output = me.run(&args);
    let printed = checked(&output, &args);
    assert!(printed.contains("entièrement protégées"), "{printed}");
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.contains("Message aux familles modifié par Eve (fichier partagé, 10/03/2026)"),
        "{said}"
    );
    let mut with_json = args.to_vec();
    with_json.push("--json");
    let json: serde_json::Value = serde_json::from_str(&me.ok(&with_json)).unwrap();
    assert_eq!(json["origin"]["author"], "Eve", "{json}");
    // The sources' message: no notice, origin the sources.
    let plain = me.run(&args[2..]);
    assert!(!String::from_utf8_lossy(&plain.stderr).contains("modifié par"));
    let json: serde_json::Value = serde_json::from_str(&me.ok(&[
        "message",
        "toutemonannee",
        "--set",
        "mot_de_passe=x",
        "--json",
    ]))
    .unwrap();
    assert_eq!(json["origin"]["kind"], "source", "{json}");
    let report = me.ok(&["check", data]);
    assert!(report.contains("message aux familles modifié"), "{report}");
}

/// Kim retitles the « services à proscrire » repère and adds a point: the
/// sources' title stays in view (check, the repère), and `guide --json`
/// gives the repère's origin and each point's.
#[test]
fn a_repere_retitled_and_extended_shows_the_sources_title_and_origins() {
    let me = Machine::new();
    let bundled = repere::catalog::embedded().unwrap();
    let sourced = bundled
        .guidance
        .iter()
        .find(|g| g.id == "services-a-proscrire")
        .unwrap();
    let mut list = serde_json::to_value(sourced).unwrap();
    list["title"] = "Services à éviter (liste indicative)".into();
    let whatsapp = bundled.tool("whatsapp").unwrap();
    let risks = &whatsapp.statements[2];
    assert_eq!(risks.source, "men-2020");
    list["items"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({ "text": risks.text, "source": "men-2020", "loc": risks.loc }));
    let file = me.sandbox.root().join("kim.json");
    std::fs::write(
        &file,
        serde_json::json!({ "layer": { "author": "Kim", "date": "2026-03-10" }, "guidance": [list] })
            .to_string(),
    )
    .unwrap();
    let data = file.to_str().unwrap();
    let title = format!("titre selon les sources : « {} »", sourced.title);
    let report = flat(&me.ok(&["check", data]));
    assert!(report.contains(&title), "{report}");
    assert!(report.contains("1 point(s) ajouté(s)"), "{report}");
    let shown = flat(&me.ok(&["--data", data, "guide", "services-a-proscrire"]));
    assert!(shown.contains(&title), "{shown}");
    let json: serde_json::Value =
        serde_json::from_str(&me.ok(&["--data", data, "guide", "services-a-proscrire", "--json"]))
            .unwrap();
    assert_eq!(json["origin"]["author"], "Kim", "{json}");
    assert_eq!(json["sourced_title"], sourced.title.as_str(), "{json}");
    let items = json["items"].as_array().unwrap();
    assert_eq!(items[0]["origin"]["kind"], "source", "{json}");
    assert_eq!(items.last().unwrap()["origin"]["author"], "Kim", "{json}");
    let plain: serde_json::Value =
        serde_json::from_str(&me.ok(&["guide", "services-a-proscrire", "--json"])).unwrap();
    assert_eq!(plain["origin"]["kind"], "source", "{plain}");
    // Searched, it is listed as Kim's, in the list and in --json.
    let listed = me.ok(&["--data", data, "search", "liste indicative"]);
    let line = listed
        .lines()
        .find(|l| l.contains("services-a-proscrire"))
        .unwrap_or_default();
    assert!(line.contains("[modifié par Kim]"), "{listed}");
    let hits: serde_json::Value =
        serde_json::from_str(&me.ok(&["--data", data, "search", "liste indicative", "--json"]))
            .unwrap();
    let hit = hits
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == "services-a-proscrire")
        .unwrap();
    assert_eq!(hit["origin"]["author"], "Kim", "{hit}");
}

/// A quote slightly altered in its first words (« aucun » made « un »):
/// refused, and the nearest passage shown from where the quote would
/// begin, never from the middle of a word (it showed « n cadre
/// réglementaire… »).
#[test]
fn a_quote_altered_in_its_first_words_shows_the_passage_from_its_start() {
    let me = Machine::new();
    let mut whatsapp = bundled_tool("whatsapp");
    let first = whatsapp["statements"][0]["text"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(first.starts_with("Whatsapp : aucun cadre"));
    whatsapp["statements"][0]["text"] = first.replace("aucun cadre", "un cadre").into();
    let file = layer_file(me.sandbox.root(), "Ivan", &[whatsapp]);
    let output = me.run(&["check", file.to_str().unwrap()]);
    assert!(!output.status.success(), "an altered quote passed");
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("outil « whatsapp », affirmation 1"), "{said}");
    assert!(
        said.contains("passage le plus proche : « Whatsapp"),
        "{said}"
    );
}

/// Lea's file says Padlet is available in the académie de Grenoble only
/// (a real sentence of the Ministry, its place made up): the place is
/// marked as hers, the sources' kept in view, listed by `check` and given
/// an origin in --json (it read « Disponible : académie de Grenoble » as
/// the sources').
#[test]
fn a_place_a_colleague_gives_is_marked_as_theirs() {
    let me = Machine::new();
    let mut padlet = bundled_tool("padlet");
    let sentence = padlet["territory"][0].clone();
    padlet["territory"] = serde_json::json!([{
        "scope": "academie",
        "code": "grenoble",
        "text": sentence["text"],
        "source": sentence["source"],
        "loc": sentence["loc"],
    }]);
    let file = layer_file(me.sandbox.root(), "Lea", &[padlet]);
    let data = file.to_str().unwrap();
    let card = flat(&me.ok(&["--data", data, "show", "padlet"]));
    assert!(
        card.contains("Disponible : académie de Grenoble — ajouté par Lea"),
        "{card}"
    );
    assert!(
        card.contains("selon les sources : Disponible : toute école"),
        "{card}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&me.ok(&["--data", data, "show", "padlet", "--json"])).unwrap();
    assert_eq!(json["territory_origin"]["author"], "Lea", "{json}");
    let report = me.ok(&["check", data]);
    assert!(report.contains("territoire modifié"), "{report}");
    let sourced: serde_json::Value =
        serde_json::from_str(&me.ok(&["show", "padlet", "--json"])).unwrap();
    assert_eq!(sourced["territory_origin"]["kind"], "source", "{sourced}");
}
