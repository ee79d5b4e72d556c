//! Countries whose rules the wizard knows, and the languages it speaks.

/// The country whose law applies. It selects the rule set and the legal references.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Country {
    /// Sweden: socialtjänstlagen (SoL) and LSS.
    Se,
    /// Denmark: barnets lov and serviceloven.
    Dk,
}

impl Country {
    pub const ALL: [Country; 2] = [Country::Se, Country::Dk];

    /// Lower-case ISO 3166-1 alpha-2 code, used in ids, attributes and the payload.
    pub fn code(self) -> &'static str {
        match self {
            Country::Se => "se",
            Country::Dk => "dk",
        }
    }

    /// Reads `se`/`SE`/`dk`/`DK` (surrounding white space ignored).
    pub fn from_code(code: &str) -> Option<Country> {
        let code = code.trim();
        Country::ALL
            .into_iter()
            .find(|country| country.code().eq_ignore_ascii_case(code))
    }
}

/// A language of the user interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    Sv,
    Da,
    En,
}

impl Language {
    /// In the order the language switcher shows them.
    pub const ALL: [Language; 3] = [Language::Sv, Language::Da, Language::En];

    /// BCP 47 primary language subtag, as used in `lang` attributes and locale folders.
    pub fn tag(self) -> &'static str {
        match self {
            Language::Sv => "sv",
            Language::Da => "da",
            Language::En => "en",
        }
    }

    /// Reads a BCP 47 tag by its primary subtag: `sv`, `sv-SE`, `da-DK`, `en-GB`, `EN`.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Language::ALL
            .into_iter()
            .find(|language| language.tag().eq_ignore_ascii_case(primary))
    }

    /// The first of the user's preferred languages (e.g. `navigator.languages`) that we speak.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Option<Language> {
        preferred.into_iter().find_map(Language::from_tag)
    }

    /// The language to start in: the municipality's choice, else the browser's preference,
    /// else the language of the municipality's country, else Swedish.
    pub fn initial<'a>(
        configured: Option<Language>,
        preferred: impl IntoIterator<Item = &'a str>,
        country: Option<Country>,
    ) -> Language {
        configured
            .or_else(|| Language::negotiate(preferred))
            .unwrap_or(match country {
                Some(Country::Dk) => Language::Da,
                Some(Country::Se) | None => Language::Sv,
            })
    }
}
