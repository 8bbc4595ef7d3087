//! The names written in the tables and lists of the five source documents
//! (tests/fixtures/seeds), document by document, each with what a person
//! would type and the catalogue id it must lead to.

/// (as the document writes it, what a person would type, expected id)
pub type Named = (&'static str, &'static str, &'static str);

/// DSDEN 74 (000): the services to proscribe.
pub const DSDEN74_PROSCRIBED: &[Named] = &[
    ("Klassroom", "klassroom", "klassroom"),
    ("Discord", "discord", "discord"),
    ("Zoom", "zoom", "zoom"),
    ("Whatsapp", "whatsapp", "whatsapp"),
];

/// DSDEN 74 (000): the rows of every table, in document order.
pub const DSDEN74_TABLES: &[Named] = &[
    (
        "Messagerie professionnelle",
        "messagerie professionnelle",
        "messagerie-academique",
    ),
    (
        "https://webmail.ac-grenoble.fr",
        "webmail",
        "messagerie-academique",
    ),
    (
        "Service de liste de diffusion de Grenoble",
        "liste de diffusion",
        "listes-diffusion",
    ),
    ("Filesender", "filesender", "filesender"),
    ("Tribu", "tribu", "tribu"),
    (
        "Site internet de l'école",
        "site internet de l'école",
        "site-ecole",
    ),
    ("TouteMonAnnée", "toute mon année", "toutemonannee"),
    ("Beneyluschool", "beneyluschool", "beneylu-school"),
    ("ONE Espace Numérique de Travail", "ONE", "one"),
    ("Rendez-vous", "rendez-vous", "rendez-vous"),
    ("Visio du CNED", "visio du CNED", "cned-classe-virtuelle"),
    ("Quizinière", "quizinière", "quiziniere"),
    ("Rallye-lecture", "rallye lecture", "rallye-lecture"),
    (
        "Ma classe numérique",
        "ma classe numérique",
        "ma-classe-numerique",
    ),
    ("Pad Picsoft", "pad picsoft", "pad-picasoft"),
    ("Pad Picsoft (Picasoft)", "picasoft", "pad-picasoft"),
    ("Pad Colibris", "pad colibris", "pad-colibris"),
    ("Pad Snopyta", "pad snopyta", "pad-snopyta"),
    ("Pad Aquilenet", "pad aquilenet", "pad-aquilenet"),
    ("Cryptpad", "cryptpad", "cryptpad"),
    ("EtherCalc Snopyta", "ethercalc", "ethercalc-snopyta"),
    ("CryptSheet", "cryptsheet", "cryptpad-sheet"),
    ("Padlet", "padlet", "padlet"),
    ("Scrumblr", "scrumblr", "scrumblr"),
    ("Pinup", "pinup", "pinup"),
    ("Kanban", "kanban", "cryptpad-kanban"),
    ("Kwartz", "kwartz", "kwartz"),
];

/// Académie 2021 (001): the rows of the three tables.
pub const ACADEMIE_2021: &[Named] = &[
    ("Classe virtuelle VIA", "classe virtuelle VIA", "via"),
    (
        "Jitsi (hébergé sur le site de l'académie)",
        "jitsi académie",
        "jitsi-academie",
    ),
    (
        "Web-Conférence ODE",
        "web conférence ODE",
        "web-conference-ode",
    ),
    ("RENAVISIO", "renavisio", "renavisio"),
    (
        "Scaleway pour l'éducation",
        "scaleway",
        "scaleway-education",
    ),
    (
        "Big Blue Button par Apps Education",
        "big blue button",
        "big-blue-button",
    ),
    ("Tribu", "tribu", "tribu"),
    ("Filesender", "filesender", "filesender"),
    (
        "Espace documentaire",
        "espace documentaire",
        "ent-espace-documentaire",
    ),
    ("Apps Education", "apps education", "apps-education"),
    (
        "Classe virtuelle du CNED",
        "classe virtuelle du CNED",
        "cned-classe-virtuelle",
    ),
    (
        "Blog / Actualités / Forum",
        "blog actualités forum",
        "ent-blog",
    ),
    (
        "Pages (ODE) / Rubriques portail (SN62)",
        "pages ODE",
        "ent-pages-portail",
    ),
    (
        "Pages (ODE) / Rubriques portail (SN62)",
        "rubriques portail",
        "ent-pages-portail",
    ),
    ("Messagerie (ENT 1D/2D)", "messagerie ENT", "ent-messagerie"),
    (
        "Carnet de liaison",
        "carnet de liaison",
        "ent-carnet-liaison",
    ),
    ("Formulaire (SN62)", "formulaire SN62", "ent-formulaire"),
    (
        "Sites Web / Portails publics",
        "sites web portails publics",
        "ent-sites-web",
    ),
    (
        "Classeur pédagogique de l'ENT (SN62)",
        "classeur pédagogique",
        "ent-classeur-pedagogique",
    ),
    (
        "Exercices multimédia",
        "exercices multimédia",
        "ent-exercices",
    ),
    (
        "Les dossiers partagés",
        "dossiers partagés",
        "ent-dossiers-partages",
    ),
    ("Casier (ODE)", "casier", "ent-casier"),
    ("Cahier de textes", "cahier de textes", "ent-cahier-textes"),
];

/// Ministry, March 2020 (002): the focus, the doubts, the preferred
/// solution, the other possibilities and the tools named in passing.
pub const MINISTRY: &[Named] = &[
    ("Zoom", "zoom", "zoom"),
    ("KLASSROOM", "klassroom", "klassroom"),
    ("PADLET", "padlet", "padlet"),
    ("WHATSAPP", "whatsapp", "whatsapp"),
    (
        "classroom de google",
        "google classroom",
        "google-classroom",
    ),
    (
        "classroom de google",
        "classroom de google",
        "google-classroom",
    ),
    ("Google suite", "google suite", "g-suite"),
    ("Hangouts", "hangouts", "hangouts"),
    ("Starleaf", "starleaf", "starleaf"),
    ("Skype", "skype", "skype"),
    ("Teams", "teams", "microsoft-teams"),
    (
        "Ma classe à la maison CNED",
        "ma classe à la maison",
        "cned-classe-virtuelle",
    ),
    ("snapchat", "snapchat", "snapchat"),
    ("edu.tactileo.fr", "tactileo", "tactileo"),
    ("learningapps.org", "learningapps", "learningapps"),
    ("labomep.sesamath.net", "labomep", "labomep"),
    ("labomep.sesamath.net", "sésamath", "labomep"),
    ("framasoftware.org", "framasoft", "framasoft"),
    ("tixeo.com", "tixeo", "tixeo"),
    ("livestorm.co", "livestorm", "livestorm"),
    ("jitsi.org", "jitsi.org", "jitsi"),
    ("Osmose (numerique.gouv.fr)", "osmose", "osmose"),
    ("Plano (numerique.gouv.fr)", "plano", "plano"),
];

/// Fédération Wallonie-Bruxelles, 2019 (003): the product sheets of
/// chapter IX, and the social networks named as channels.
pub const FWB: &[Named] = &[
    ("CLAROLINE", "claroline", "claroline"),
    ("Smartschool", "smartschool", "smartschool"),
    ("SKORE (Smartschool)", "skore", "smartschool"),
    ("ApSchool", "apschool", "apschool"),
    ("Konecto App", "konecto", "konecto"),
    ("GOOGLE G SUITE EDUCATION", "G Suite", "g-suite"),
    ("MASHAREECOLE", "ma share école", "ma-share-ecole"),
    ("MASHAREECOLE", "mashareecole", "ma-share-ecole"),
    ("Pronote", "pronote", "pronote"),
    ("EDT-be 2017 (Index Éducation)", "EDT", "pronote"),
    ("Classroom (classroom.fr)", "classroom.fr", "classroom-fr"),
    ("Kidizz", "kidizz", "kidizz"),
    ("ARTHUR & LILA", "arthur et lila", "arthur-et-lila"),
    ("ARTHUR & LILA", "arthur & lila", "arthur-et-lila"),
    ("ZippSlip", "zippslip", "zippslip"),
    ("ZippGrams", "zippgrams", "zippslip"),
    ("ZEUS-edu & THOT - SIO2.be", "zeus edu", "zeus-edu-thot"),
    ("ZEUS-edu & THOT - SIO2.be", "thot", "zeus-edu-thot"),
    (
        "ISIS - ECOLE EN LIGNE",
        "isis école en ligne",
        "isis-ecole-en-ligne",
    ),
    ("ISIS - SMS", "isis sms", "isis-sms"),
    ("ClassDojo", "classdojo", "classdojo"),
    ("Beneylu School", "beneylu school", "beneylu-school"),
    ("Liberscol", "liberscol", "liberscol"),
    ("Office 365", "office 365", "office-365"),
    ("NetÉcole", "netécole", "netecole"),
    ("NetCollège", "netcollège", "netecole"),
    ("ONE-NEO", "ONE-NEO", "one"),
    ("NEO", "neo", "one"),
    ("Remind", "remind", "remind"),
    ("Facebook", "facebook", "facebook"),
    ("Twitter", "twitter", "twitter"),
];

/// Académie de Poitiers, 2020 (004): the services of each heading.
pub const POITIERS: &[Named] = &[
    ("ENT Beneylu", "ENT beneylu", "beneylu-school"),
    ("ENT One", "ENT one", "one"),
    ("Blogs Wordpress", "blog wordpress", "blog-academique"),
    (
        "Site ou blog académique",
        "blog académique",
        "blog-academique",
    ),
    (
        "Sites (SPIP) : sitesecoles",
        "sitesecoles",
        "sites-ecoles-poitiers",
    ),
    ("webecole", "webecole", "sites-ecoles-poitiers"),
    (
        "Boîte aux lettres électronique",
        "boîte aux lettres",
        "messagerie-academique-poitiers",
    ),
    (
        "https://bal.ac-poitiers.fr/",
        "bal.ac-poitiers.fr",
        "messagerie-academique-poitiers",
    ),
    (
        "Convergence",
        "convergence",
        "messagerie-academique-poitiers",
    ),
    (
        "Ma classe à la maison (CNED)",
        "ma classe à la maison",
        "cned-classe-virtuelle",
    ),
    ("RENATER-Rendez-vous", "renater rendez-vous", "rendez-vous"),
    ("VIA", "VIA", "via"),
    (
        "Services Nationaux Partagés",
        "services nationaux partagés",
        "apps-education",
    ),
    (
        "https://apps.education.fr/",
        "apps.education.fr",
        "apps-education",
    ),
    ("FileSender", "FileSender", "filesender"),
    ("Téléphone", "téléphone", "telephone"),
    ("appels anonymes", "appels anonymes", "telephone"),
];
