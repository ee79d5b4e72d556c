//! Locale parity: every .ftl parses; sv, da and en have the same ids, variables and
//! attributes; every id is used; every domain code has a message.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use intake_wizard::domain::config::ConfigErrorCode;
use intake_wizard::domain::contact::{EmailError, NameError, PhoneError, PostalCodeError};
use intake_wizard::domain::field::Field;
use intake_wizard::domain::law::{Act, Verified};
use intake_wizard::domain::locale::Language;
use intake_wizard::domain::person_id::IdError;
use intake_wizard::domain::retry::SubmitError;
use intake_wizard::domain::rules::{
    CheckStatus, ConsentFlag, ConsentRole, Consenter, Measure, Outcome, ReasonCode,
    VolunteerOutcome, VolunteerRule,
};
use intake_wizard::domain::step::Step;
use intake_wizard::domain::validate::ErrorCode;

const LOCALES: [&str; 3] = ["sv", "da", "en"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// One message: its variables and its attributes.
#[derive(Debug, Default, PartialEq, Eq)]
struct Shape {
    variables: BTreeSet<String>,
    attributes: BTreeSet<String>,
}

fn collect_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, out);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => collect_inline(inline, out),
        Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for variant in variants {
                collect_variables(&variant.value, out);
            }
        }
    }
}

fn collect_inline(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, out),
        _ => {}
    }
}

fn ftl_path(locale: &str) -> PathBuf {
    root()
        .join("locales")
        .join(locale)
        .join("intake_wizard.ftl")
}

/// Parses one locale; any syntax error fails the test (at run time it would only be logged).
fn messages(locale: &str) -> BTreeMap<String, Shape> {
    let text = fs::read_to_string(ftl_path(locale)).unwrap_or_default();
    assert!(
        !text.is_empty(),
        "{locale}: no locale file at {}",
        ftl_path(locale).display()
    );
    let resource = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{locale}: Fluent syntax errors: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut shape = Shape::default();
            if let Some(value) = &message.value {
                collect_variables(value, &mut shape.variables);
            }
            for attribute in &message.attributes {
                shape.attributes.insert(attribute.id.name.to_owned());
                collect_variables(&attribute.value, &mut shape.variables);
            }
            let duplicate = out.insert(message.id.name.to_owned(), shape).is_some();
            assert!(
                !duplicate,
                "{locale}: message `{}` is defined twice",
                message.id.name
            );
        }
    }
    out
}

#[test]
fn every_locale_parses_and_has_the_same_ids_variables_and_attributes() {
    let reference = messages("en");
    for locale in ["sv", "da"] {
        let other = messages(locale);
        let missing: Vec<_> = reference
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        let surplus: Vec<_> = other
            .keys()
            .filter(|id| !reference.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{locale} lacks: {missing:?}");
        assert!(surplus.is_empty(), "{locale} has ids en lacks: {surplus:?}");
        for (id, shape) in &reference {
            assert_eq!(
                Some(shape),
                other.get(id),
                "{locale}: `{id}` differs from en in variables or attributes"
            );
        }
    }
}

/// Ids the code builds from domain data: (id, must exist). Built with the same functions as
/// the UI (`domain::message_id`), so a renamed id fails here.
fn built_ids() -> Vec<(String, bool)> {
    use intake_wizard::domain::message_id as id;
    let mut ids = Vec::new();
    let mut need = |id: String| ids.push((id, true));
    for step in Step::ALL {
        need(id::step_title(*step));
    }
    for field in Field::ALL {
        need(id::field_label(*field));
        if field.required() {
            need(id::field_error(*field, ErrorCode::Required.code()));
        }
        for option in field.options() {
            need(id::field_option(*field, option));
        }
    }
    for code in ErrorCode::all()
        .iter()
        .filter(|code| **code != ErrorCode::Required)
    {
        need(id::error(code.code()));
    }
    for language in Language::ALL {
        need(id::language_name(language));
    }
    for code in SubmitError::ALL {
        need(id::submit_error(code.code()));
    }
    for code in ConfigErrorCode::ALL {
        need(id::config_error(code.code()));
    }
    let identifier_codes = IdError::ALL
        .iter()
        .map(|code| code.code())
        .chain(PhoneError::ALL.iter().map(|code| code.code()))
        .chain(PostalCodeError::ALL.iter().map(|code| code.code()))
        .chain(EmailError::ALL.iter().map(|code| code.code()))
        .chain(NameError::ALL.iter().map(|code| code.code()));
    for code in identifier_codes {
        need(id::error(code));
    }
    for measure in Measure::ALL {
        need(id::measure(*measure));
        need(id::measure_description(*measure));
    }
    ReasonCode::ALL
        .iter()
        .for_each(|code| need(id::reason(*code)));
    Outcome::ALL
        .iter()
        .for_each(|code| need(id::outcome(*code)));
    Consenter::ALL
        .iter()
        .for_each(|code| need(id::consenter(*code)));
    ConsentRole::ALL
        .iter()
        .for_each(|code| need(id::consent_role(*code)));
    ConsentFlag::ALL
        .iter()
        .for_each(|code| need(id::consent_flag(*code)));
    Act::ALL.iter().for_each(|code| need(id::act(*code)));
    Verified::ALL
        .iter()
        .for_each(|code| need(id::verified(*code)));
    VolunteerRule::ALL
        .iter()
        .for_each(|code| need(id::volunteer_rule(*code)));
    CheckStatus::ALL
        .iter()
        .for_each(|code| need(id::volunteer_status(*code)));
    VolunteerOutcome::ALL
        .iter()
        .for_each(|code| need(id::volunteer_outcome(*code)));
    // Optional: page intros, hints, and field-specific overrides of shared error messages.
    for step in Step::ALL {
        ids.push((id::step_intro(*step), false));
    }
    for field in Field::ALL {
        ids.push((id::field_hint(*field), false));
        for option in field.options() {
            ids.push((id::field_option_hint(*field, option), false));
        }
        for code in ErrorCode::all() {
            ids.push((id::field_error(*field, code.code()), false));
        }
    }
    ids
}

/// Every `fl!("…")` id written in the source.
fn literal_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut stack = vec![root().join("src")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let text = fs::read_to_string(&path).unwrap_or_default();
                // `fl!("id")`, and the runtime lookups `message("id")`, `message_with("id", …)`,
                // `wording.text("id")` and `wording.text_with("id", …)`.
                for call in ["fl!(", "message(", "message_with(", ".text(", ".text_with("] {
                    for (at, _) in text.match_indices(call) {
                        let rest = text[at + call.len()..].trim_start();
                        if let Some(literal) = rest
                            .strip_prefix('"')
                            .and_then(|rest| rest.split('"').next())
                        {
                            ids.insert(literal.to_owned());
                        }
                    }
                }
                // Lists of ids: `const …_MESSAGES: &[&str] = &["volunteer-info-what", …];`.
                let mut in_list = false;
                for line in text.lines().map(str::trim) {
                    if line.contains("_MESSAGES: &[&str] = &[") {
                        in_list = true;
                        continue;
                    }
                    in_list &= line != "];";
                    if let Some(id) = line
                        .strip_prefix('"')
                        .and_then(|rest| rest.strip_suffix("\","))
                        .filter(|_| in_list)
                    {
                        ids.insert(id.to_owned());
                    }
                }
            }
        }
    }
    ids.remove("…");
    ids
}

#[test]
fn every_built_id_exists_in_every_locale() {
    for locale in LOCALES {
        let present = messages(locale);
        let missing: Vec<_> = built_ids()
            .into_iter()
            .filter(|(id, required)| *required && !present.contains_key(id))
            .map(|(id, _)| id)
            .collect();
        assert!(
            missing.is_empty(),
            "{locale} lacks messages for domain codes: {missing:?}"
        );
    }
}

#[test]
fn every_literal_id_in_the_source_exists_in_every_locale() {
    let literals = literal_ids();
    assert!(literals.len() > 10, "found the fl! calls: {literals:?}");
    for locale in LOCALES {
        let present = messages(locale);
        let missing: Vec<_> = literals
            .iter()
            .filter(|id| !present.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{locale} lacks: {missing:?}");
    }
}

/// Messages written ahead of the code that will use them, each with the reason.
const NOT_YET_USED: &[(&str, &str)] = &[];

#[test]
fn no_message_is_unused() {
    let used: BTreeSet<String> = built_ids()
        .into_iter()
        .map(|(id, _)| id)
        .chain(literal_ids())
        .chain(NOT_YET_USED.iter().map(|(id, _)| (*id).to_owned()))
        .collect();
    let unused: Vec<_> = messages("en")
        .into_keys()
        .filter(|id| !used.contains(id))
        .collect();
    assert!(
        unused.is_empty(),
        "messages no code uses (remove them or use them): {unused:?}"
    );
}

/// The source text of message `id` in `locale`: its first line and the indented lines after.
fn source(locale: &str, id: &str) -> String {
    let text = fs::read_to_string(ftl_path(locale)).unwrap_or_default();
    let mut lines = text
        .lines()
        .skip_while(|line| !line.starts_with(&format!("{id} =")));
    let first = lines.next().unwrap_or_default().to_owned();
    lines
        .take_while(|line| line.starts_with(' '))
        .fold(first, |all, line| all + "\n" + line)
}

#[test]
fn the_danish_notification_duty_is_worded_alike_on_every_page() {
    // Barnets lov ch. 16 (as serviceloven § 154 before it): anyone may notify, and anyone who
    // knows of neglect or danger to a child's health or development must. No page may say only
    // "should", or state a duty for everyone without that condition.
    let duty = [("sv", "skyldig"), ("da", "pligt"), ("en", "duty")];
    for (locale, word) in duty {
        for id in [
            "outcome-redirect-underretning",
            "reason-redirect-underretning",
        ] {
            let text = source(locale, id);
            assert!(text.contains(word), "{locale} {id}: {text}");
        }
        let third_party = source(locale, "third-party-body");
        let dk = third_party
            .lines()
            .find(|line| line.trim_start().starts_with("[dk]"))
            .unwrap_or_default();
        assert!(dk.contains(word), "{locale} third-party-body [dk]: {dk}");
    }
    for (locale, should) in [("sv", " bör "), ("da", " bør "), ("en", " should ")] {
        let text = source(locale, "reason-redirect-underretning");
        assert!(!text.contains(should), "{locale}: {text}");
    }
}

#[test]
fn no_message_types_a_citation_that_depends_on_the_date() {
    // Citations whose act changed (SoL 2001:453 → 2025:400, serviceloven → barnets lov § 32)
    // come from `domain::law` on the day, never from the message text.
    for locale in LOCALES {
        for id in [
            "third-party-professional",
            "measure-fast-kontaktperson-barn-description",
            "measure-fast-kontaktperson-familie-description",
        ] {
            let text = source(locale, id);
            for cite in ["2025:400", "2001:453", "§ 32", "§ 52", "19 kap."] {
                assert!(!text.contains(cite), "{locale} {id} types {cite}");
            }
        }
    }
}

/// What `script/trunk-post-build` ships as `locales/<lang>.ftl.txt`: no comment lines, one
/// space of indentation, no blank lines.
fn shipped(text: &str) -> String {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| match line.trim_start_matches(' ') {
            rest if rest.len() < line.len() => format!(" {rest}"),
            _ => line.to_owned(),
        })
        .filter(|line| !line.is_empty())
        .map(|line| line + "\n")
        .collect()
}

#[test]
fn the_shipped_messages_read_exactly_as_the_written_ones() {
    for locale in LOCALES {
        let text = fs::read_to_string(ftl_path(locale)).expect("readable");
        let written: String = text
            .lines()
            .filter(|line| !line.starts_with('#'))
            .map(|line| format!("{line}\n"))
            .collect();
        let small = shipped(&text);
        assert!(small.len() < written.len(), "{locale}: something to save");
        let parse = |source: &str| {
            fluent_syntax::parser::parse(source.to_owned())
                .unwrap_or_else(|(_, errors)| panic!("{locale}: {errors:?}"))
        };
        assert_eq!(
            parse(&small),
            parse(&written),
            "{locale}: one space of indentation and no blank lines change what Fluent reads"
        );
    }
}
